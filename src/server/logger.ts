import pino, { DestinationStream, Logger } from 'pino';
import { requestLogFields } from './request-log-scope';

/**
 * Structured JSON logs; secrets that may appear in headers are redacted. A line written while a
 * request is handled carries its `requestId` and, once known, its GraphQL `operationName`.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
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
