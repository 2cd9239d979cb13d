import { RequestHandler } from 'express';
import { Logger } from 'pino';
import { QueryTally, queryTallyStorage } from '../db/query-counter';

/**
 * What every log line written while a request is handled carries (see createLogger's mixin). It is
 * also the request's SQL statement tally: one AsyncLocalStorage scope per request instead of two.
 */
export interface RequestLogScope extends QueryTally {
  requestId: string;
  /** Set once GraphQL has resolved which operation runs (null for an anonymous one). */
  operationName?: string | null;
}

/** The scope of the request being handled here, if any (a bare tally outside a request is not one). */
export function currentRequestLogScope(): RequestLogScope | undefined {
  const store = queryTallyStorage.getStore();
  return store && 'requestId' in store ? (store as RequestLogScope) : undefined;
}

/** Runs the rest of the request inside its log scope; mounted right after pino-http (which sets `req.id`). */
export const requestLogScope: RequestHandler = (req, _res, next) => {
  const scope: RequestLogScope = { requestId: String(req.id), statements: 0 };
  queryTallyStorage.run(scope, next);
};

/**
 * pino `mixin`: adds `operationName` (once known) to every line written inside a request, and
 * `requestId` to lines from a logger that is not already bound to it (the root logger, e.g. the
 * error formatter's), so no line has it twice.
 */
export function requestLogFields(_mergeObject: object, _level: number, logger: Logger): Record<string, unknown> {
  const scope = currentRequestLogScope();
  if (!scope) return {};
  const fields: Record<string, unknown> = {};
  if (scope.operationName !== undefined) fields.operationName = scope.operationName;
  if (logger.bindings().requestId === undefined) fields.requestId = scope.requestId;
  return fields;
}
