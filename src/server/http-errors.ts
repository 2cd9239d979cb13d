import { STATUS_CODES } from 'node:http';
import { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { GraphQLError } from 'graphql';
import { ServiceUnavailableError } from '../core/errors/app-errors';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '../db/connection-errors';

/** HTTP status for the codes an express route may refuse with (GraphQL answers 200 for most of them). */
const STATUS_OF_CODE: Record<string, number> = {
  BAD_REQUEST: 400,
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  LOCKED: 423,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
};

const CODE_OF_STATUS: Record<number, string> = { 404: 'NOT_FOUND', 413: 'PAYLOAD_TOO_LARGE', 415: 'UNSUPPORTED_MEDIA_TYPE' };

/** Writes an error in the GraphQL shape, `{ errors: [{ message, extensions: { code, … } }] }`, with Retry-After when the error has one. */
export function sendJsonError(res: Response, status: number, message: string, extensions: Record<string, unknown>): void {
  if (typeof extensions.retryAfter === 'number') res.setHeader('Retry-After', String(extensions.retryAfter));
  res.locals.errorCode = extensions.code; // counted by the metrics (api_errors_total)
  res.status(status).json({ errors: [{ message, extensions }] });
}

/** Errors raised by express.json (body-parser): they carry a `type` and a 4xx `status`. */
interface BodyParserError {
  type?: unknown;
  status?: unknown;
  limit?: unknown;
}

function bodyParserRefusal(error: BodyParserError): { status: number; code: string; message: string } | null {
  switch (error.type) {
    case 'entity.parse.failed':
      return { status: 400, code: 'BAD_REQUEST', message: 'The request body is not valid JSON' };
    case 'entity.too.large':
      return { status: 413, code: 'PAYLOAD_TOO_LARGE', message: `The request body is larger than ${error.limit} bytes` };
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Send the body as UTF-8 JSON (gzip, deflate or br encoding at most)' };
  }
  const status = typeof error.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : null;
  return status ? { status, code: CODE_OF_STATUS[status] ?? 'BAD_REQUEST', message: STATUS_CODES[status] ?? 'Bad request' } : null;
}

/**
 * GraphQL takes JSON: a POST whose body express.json did not read (another content type) is refused
 * with 415 here, before Apollo answers it with a 500 about `req.body`. An empty POST goes on to
 * Apollo's own 400.
 */
export const requireJsonBody: RequestHandler = (req, res, next) => {
  if (req.method !== 'POST' || req.body !== undefined) return next();
  const hasBody = req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
  if (hasBody) return sendJsonError(res, 415, 'Send the request as Content-Type: application/json', { code: 'UNSUPPORTED_MEDIA_TYPE' });
  req.body = {};
  next();
};

/** Any route nobody answered. */
export const notFoundHandler: RequestHandler = (req, res) => {
  sendJsonError(res, 404, `No route for ${req.method} ${req.path}`, { code: 'NOT_FOUND' });
};

/**
 * The one express error handler: every failure outside GraphQL (auth middleware, report downloads,
 * body parsing) answers JSON in the GraphQL error shape. An unreachable database is 503 with
 * Retry-After; an error with a stable code keeps it; anything else is a logged 500 with no detail.
 */
export const jsonErrorHandler: ErrorRequestHandler = (error: unknown, req, res, next) => {
  // A download already under way cannot change its status; express closes the connection.
  if (res.headersSent) return next(error);
  const refusal = bodyParserRefusal(error as BodyParserError);
  if (refusal) return sendJsonError(res, refusal.status, refusal.message, { code: refusal.code });
  if (isDatabaseUnavailable(error)) {
    req.log.warn({ err: error }, 'database unavailable');
    const unavailable = new ServiceUnavailableError(DATABASE_RETRY_AFTER_SECONDS);
    return sendJsonError(res, 503, unavailable.message, unavailable.extensions);
  }
  const code = error instanceof GraphQLError ? error.extensions.code : undefined;
  if (typeof code === 'string' && STATUS_OF_CODE[code])
    return sendJsonError(res, STATUS_OF_CODE[code], (error as GraphQLError).message, (error as GraphQLError).extensions);
  req.log.error({ err: error }, 'unexpected error in HTTP route');
  sendJsonError(res, 500, 'Internal server error', { code: 'INTERNAL_SERVER_ERROR' });
};

/** HTTP status and Retry-After for GraphQL answers that carry one of these codes. */
export const RETRYABLE_STATUS: Record<string, number> = { RATE_LIMITED: 429, SERVICE_UNAVAILABLE: 503 };
