import { GraphQLError } from 'graphql';

/** The stable error codes clients may rely on (`extensions.code`). */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'LOCKED'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

export class AppError extends GraphQLError {
  constructor(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

/** Invalid argument or input field; `field` is the argument's name (or path, e.g. `filter.search`). */
export class BadUserInputError extends AppError {
  constructor(message: string, field: string, reason = 'INVALID') {
    super(message, 'BAD_USER_INPUT', { field, reason });
  }
}

export class NotFoundError extends AppError {
  constructor(entity: string, key: string) {
    super(`${entity} ${key} was not found`, 'NOT_FOUND', { entity });
  }
}
