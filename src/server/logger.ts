import pino, { DestinationStream, Logger } from 'pino';

/** Structured JSON logs; secrets that may appear in headers are redacted. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'lowemission-api' },
      redact: ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers.cookie'],
    },
    destination,
  );
}
