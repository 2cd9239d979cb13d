import { AsyncLocalStorage } from 'node:async_hooks';
import { AbstractLogger, LogLevel, LogMessage, QueryRunner } from 'typeorm';

/** Per-request tally of SQL statements, so each request's log line can show N+1 regressions (the request's log scope holds it). */
export interface QueryTally {
  statements: number;
}

export const queryTallyStorage = new AsyncLocalStorage<QueryTally>();

/** TypeORM logger that counts every statement sent in the current request's async context. */
export class CountingQueryLogger extends AbstractLogger {
  override logQuery(): void {
    const tally = queryTallyStorage.getStore();
    if (tally) tally.statements += 1;
  }

  protected writeLog(_level: LogLevel, _message: LogMessage | LogMessage[], _runner?: QueryRunner): void {
    // Errors surface as exceptions and are logged by the request logger; nothing to write here.
  }
}
