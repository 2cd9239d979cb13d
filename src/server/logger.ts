import pino, { DestinationStream, Logger } from 'pino';
import { requestLogFields } from './request-log-scope';

/** A process's log lines are written to stdout once this many bytes are waiting, */
export const LOG_BATCH_BYTES = 4096;
/** or this many milliseconds after the last write, whichever comes first. */
export const LOG_FLUSH_MS = 25;

/**
 * Standard output, written in batches: under load one `write` carries a dozen lines instead of one
 * each (a write per line was the largest single cost of a small request after garbage collection).
 * A line waits at most LOG_FLUSH_MS. pino flushes what is waiting synchronously when the process
 * exits (process.exit, an uncaught exception, the end of the shutdown), so only a process killed
 * outright (SIGKILL, out of memory) loses the last LOG_FLUSH_MS of lines.
 */
export function batchedStdout(): DestinationStream {
  return pino.destination({ dest: process.stdout.fd ?? 1, sync: false, minLength: LOG_BATCH_BYTES, periodicFlush: LOG_FLUSH_MS });
}

/**
 * Structured JSON logs; secrets that may appear in headers are redacted. A line written while a
 * request is handled carries its `requestId` and, once known, its GraphQL `operationName`.
 * Without a destination: standard output, in batches (batchedStdout).
 */
export function createLogger(level: string, destination: DestinationStream = batchedStdout()): Logger {
  return pino(
    {
      level,
      base: { service: 'lowemission-api' },
      redact: ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers.cookie'],
      mixin: requestLogFields,
    },
    destination,
  );
}
