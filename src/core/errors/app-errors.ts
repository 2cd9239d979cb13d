import { GraphQLError } from 'graphql';

/** The stable error codes clients may rely on (`extensions.code`). */
export type ErrorCode =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'LOCKED' | 'RATE_LIMITED' | 'SERVICE_UNAVAILABLE' | 'INTERNAL_SERVER_ERROR';

export class AppError extends GraphQLError {
  constructor(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

/** Invalid argument or input field; `field` is the argument's name (or path, e.g. `filter.search`). */
export class BadUserInputError extends AppError {
  constructor(message: string, field: string, reason = 'INVALID', extensions: Record<string, unknown> = {}) {
    super(message, 'BAD_USER_INPUT', { ...extensions, field, reason });
  }
}

/** `extensions` may name the input field that held the key (`field`). */
export class NotFoundError extends AppError {
  constructor(entity: string, key: string, extensions: Record<string, unknown> = {}) {
    super(`${entity} ${key} was not found`, 'NOT_FOUND', { ...extensions, entity });
  }
}

/** No credentials, or credentials that are not valid (never says which part was wrong). */
export class UnauthenticatedError extends AppError {
  constructor(message = 'Authentication required', reason = 'LOGIN_REQUIRED') {
    super(message, 'UNAUTHENTICATED', { reason });
  }
}

/** Known caller, not allowed to do this. */
export class ForbiddenError extends AppError {
  constructor(message = 'Not allowed', reason = 'NOT_PERMITTED', extensions: Record<string, unknown> = {}) {
    super(message, 'FORBIDDEN', { ...extensions, reason });
  }
}

/** The write lost a race or edits a stale version; the client should reload and retry. */
export class ConflictError extends AppError {
  constructor(message: string, reason = 'STALE_VERSION', extensions: Record<string, unknown> = {}) {
    super(message, 'CONFLICT', { ...extensions, reason });
  }
}

/** The record is locked by an approval or a verification; it must be reopened before it can change. */
export class LockedError extends AppError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, 'LOCKED', extensions);
  }
}

export class RateLimitedError extends AppError {
  constructor(retryAfterSeconds: number) {
    super(`Too many requests; retry after ${retryAfterSeconds} s`, 'RATE_LIMITED', { retryAfter: retryAfterSeconds });
  }
}

/** The service cannot answer now (e.g. the database is unreachable); nothing was done, retry later. */
export class ServiceUnavailableError extends AppError {
  constructor(retryAfterSeconds: number) {
    super(`The service is temporarily unavailable; retry after ${retryAfterSeconds} s`, 'SERVICE_UNAVAILABLE', { retryAfter: retryAfterSeconds });
  }
}
