/** How long clients are told to wait (Retry-After, seconds) while the database cannot be reached. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

// SQLSTATEs that mean "no usable connection", not "this statement is wrong":
// class 08 (connection exception), admin/crash shutdown, starting up or in recovery, out of
// connection slots, and a database that is gone (dropped or renamed while we run).
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '3D000']);
const CONNECTION_EXCEPTION_CLASS = '08';

// Socket errors while connecting to or talking with the server.
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE']);

// pg and pg-pool raise these as plain Errors without a code.
const POOL_MESSAGES = new Set([
  'timeout exceeded when trying to connect',
  'Connection terminated due to connection timeout',
  'Connection terminated unexpectedly',
  'Connection terminated',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
  'Cannot use a pool after calling end on the pool',
]);

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  driverError?: unknown;
  originalError?: unknown;
  thrownValue?: unknown;
  errors?: unknown;
}

function matches(error: ErrorLike): boolean {
  const code = typeof error.code === 'string' ? error.code : '';
  if (UNAVAILABLE_SQLSTATES.has(code) || (code.length === 5 && code.startsWith(CONNECTION_EXCEPTION_CLASS))) return true;
  if (SOCKET_CODES.has(code)) return true;
  return typeof error.message === 'string' && POOL_MESSAGES.has(error.message);
}

/**
 * True when an error means the database cannot be reached (down, restarting, refusing connections,
 * pool exhausted), so the client should retry later, rather than a fault of the request or a bug.
 * Looks through TypeORM's QueryFailedError (driverError), GraphQL's wrapping (originalError, and
 * thrownValue for a value that is not an Error of this realm) and AggregateError (a host with several
 * addresses); not through `cause`, so an HTTP call to some other
 * service that failed is not mistaken for the database.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (error === null || typeof error !== 'object' || depth > 4) return false;
  const candidate = error as ErrorLike;
  if (matches(candidate)) return true;
  const inner = [candidate.driverError, candidate.originalError, candidate.thrownValue, ...(Array.isArray(candidate.errors) ? candidate.errors : [])];
  return inner.some((next) => next !== error && isDatabaseUnavailable(next, depth + 1));
}
