import { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { Logger } from 'pino';
import { ServiceUnavailableError } from '../core/errors/app-errors';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '../db/connection-errors';

/** Codes whose messages are safe to show; anything else is an unexpected failure. */
const CLIENT_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'LOCKED',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'CLIENT_CLOSED_REQUEST', // the client left; logged with the operation, never a server fault
]);

export interface ErrorFormatterOptions {
  /** Introspection is off: no "Did you mean …" naming types, fields or enum values either. */
  hideSchemaDetails?: boolean;
}

// graphql-js ends a message with one suggestion sentence; names cannot contain "?".
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * Keeps expected errors as they are, turns an unreachable database into SERVICE_UNAVAILABLE (the
 * client may retry) and everything else (SQL errors, bugs) into a generic INTERNAL_SERVER_ERROR,
 * logging the original, so no SQL or stack trace reaches a client.
 */
export function createErrorFormatter(logger: Logger, exposeDetails: boolean, options: ErrorFormatterOptions = {}) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code as string | undefined;
    if (code && CLIENT_CODES.has(code)) {
      // Apollo strips suggestions from validation errors only; variable coercion errors keep them.
      if (options.hideSchemaDetails) formatted = { ...formatted, message: formatted.message.replace(SUGGESTION, '') };
      if (code === 'BAD_USER_INPUT' && !formatted.extensions?.field) return withValidationField(formatted, error);
      return formatted;
    }
    const original = unwrapResolverError(error);
    if (isDatabaseUnavailable(original)) {
      logger.warn({ err: original, path: formatted.path }, 'database unavailable');
      const unavailable = new ServiceUnavailableError(DATABASE_RETRY_AFTER_SECONDS);
      return { message: unavailable.message, path: formatted.path, locations: formatted.locations, extensions: unavailable.extensions };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error in GraphQL operation');
    return {
      message: 'Internal server error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR', ...(exposeDetails ? { detail: String(original) } : {}) },
    };
  };
}

/** class-validator failures come from type-graphql without a `field`; name the first invalid property. */
function withValidationField(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error) as { extensions?: { validationErrors?: { property?: string }[] } };
  const field = original?.extensions?.validationErrors?.[0]?.property;
  return field ? { ...formatted, extensions: { ...formatted.extensions, field } } : formatted;
}
