/** One entry of a mutation payload's `userErrors`: an expected refusal, e.g. a code already taken. */
export interface UserError {
  field: string[];
  code: string;
  message: string;
}

/** An error as the API sends it: `extensions.code` is stable, `field` and `reason` say what to fix. */
export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; reason?: string; [key: string]: unknown };
}

/**
 * Thrown by the client for every failure: API errors (`code` from `extensions.code`, e.g.
 * UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT, CONFLICT, RATE_LIMITED), a payload's userErrors
 * (`code` USER_ERRORS), a network failure (NETWORK_ERROR) or an answer that is not GraphQL (BAD_RESPONSE).
 */
export class ApiError extends Error {
  readonly code: string;
  /** The input field at fault, e.g. `input.startDate`, when the API names one. */
  readonly field: string | undefined;
  readonly reason: string | undefined;
  /** HTTP status; null when no answer arrived. */
  readonly status: number | null;
  /** The request id the server logged (X-Request-Id), for support. */
  readonly requestId: string | null;
  readonly errors: GraphQLErrorShape[];
  readonly userErrors: UserError[];

  constructor(
    message: string,
    details: { code: string; status?: number | null; requestId?: string | null; errors?: GraphQLErrorShape[]; userErrors?: UserError[]; cause?: unknown },
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'ApiError';
    const first = details.errors?.[0]?.extensions;
    this.code = details.code;
    this.field = typeof first?.field === 'string' ? first.field : details.userErrors?.[0]?.field.join('.');
    this.reason = typeof first?.reason === 'string' ? first.reason : undefined;
    this.status = details.status ?? null;
    this.requestId = details.requestId ?? null;
    this.errors = details.errors ?? [];
    this.userErrors = details.userErrors ?? [];
  }

  /**
   * Worth sending again unchanged (with the same idempotency key): no answer, an answer that is not
   * GraphQL (a proxy's error page), an overloaded, failing or restarting server.
   */
  get retryable(): boolean {
    return RETRYABLE.has(this.code) || (this.status !== null && this.status >= 500);
  }
}

const RETRYABLE = new Set(['NETWORK_ERROR', 'BAD_RESPONSE', 'RATE_LIMITED', 'SERVICE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR']);

/** Returns a mutation payload, or throws ApiError (code USER_ERRORS) when it carries userErrors. */
export function withoutUserErrors<P extends { userErrors: UserError[] }>(payload: P): P {
  if (payload.userErrors.length > 0) {
    throw new ApiError(payload.userErrors.map((e) => e.message).join('; '), { code: 'USER_ERRORS', userErrors: payload.userErrors });
  }
  return payload;
}
