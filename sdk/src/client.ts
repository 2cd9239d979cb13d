import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { ApiError, GraphQLErrorShape } from './errors';
import { CurrentUserFragment, LoginDocument, LogoutDocument, RefreshTokenDocument } from './generated/graphql';

/** What a signed-in app keeps between starts (e.g. in secure storage on a phone). */
export interface Session {
  accessToken: string;
  refreshToken: string;
  /** When the access token stops working (ISO 8601). */
  expiresAt: string | null;
}

/** Where the client keeps the session; the default keeps it in memory only. */
export interface SessionStore {
  get(): Session | null | Promise<Session | null>;
  set(session: Session | null): void | Promise<void>;
}

export interface ClientOptions {
  /** The GraphQL endpoint, e.g. `https://api.example.vn/graphql`. */
  url: string;
  /** Partner systems and the national inventory: the key sent as `X-API-Key` (no session then). */
  apiKey?: string;
  /** Web and mobile apps: where the session lives; in memory when omitted. */
  sessionStore?: SessionStore;
  /**
   * Send only the document's SHA-256 hash (trusted documents / automatic persisted queries); true by
   * default. A server that does not know the hash answers PERSISTED_QUERY_NOT_FOUND and the client
   * sends the text once more. Required when the server runs with PERSISTED_OPERATIONS=only.
   */
  persisted?: boolean;
  /** A fresh request id per logical request (sent as X-Request-Id and kept across its retries). */
  requestId?: () => string;
  /** Extra headers on every request. */
  headers?: Record<string, string>;
  /** A fetch implementation; the global one by default (Node 20, browsers, React Native). */
  fetch?: typeof fetch;
}

export interface RequestOptions {
  /** Reuse a request id, e.g. the one stored with a queued write. */
  requestId?: string;
  signal?: AbortSignal;
}

interface GraphQLBody {
  data?: unknown;
  errors?: GraphQLErrorShape[];
}

interface DocumentMeta {
  __meta__?: { hash?: string };
}

/** The SHA-256 hash a generated document carries (its id in the persisted-operation manifest). */
export function persistedHash(document: object): string | undefined {
  return (document as DocumentMeta).__meta__?.hash;
}

export function operationName(document: TypedDocumentNode<unknown, never>): string | undefined {
  for (const definition of document.definitions) {
    if (definition.kind === 'OperationDefinition') return definition.name?.value;
  }
  return undefined;
}

class MemorySessionStore implements SessionStore {
  private session: Session | null = null;
  get(): Session | null {
    return this.session;
  }
  set(session: Session | null): void {
    this.session = session;
  }
}

const randomId = (): string => globalThis.crypto.randomUUID();

/**
 * A thin typed client: `request(document, variables)` sends one of the SDK's documents and returns
 * its data or throws ApiError. With a session it sends the access token and, when the API answers
 * UNAUTHENTICATED, renews it once with the refresh token (one renewal at a time: refresh tokens
 * rotate) and repeats the request.
 */
export class ApiClient {
  private readonly fetchImpl: typeof fetch;
  private readonly sessions: SessionStore;
  private refreshing: Promise<boolean> | null = null;

  constructor(private readonly options: ClientOptions) {
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.sessions = options.sessionStore ?? new MemorySessionStore();
  }

  async request<T, V>(document: TypedDocumentNode<T, V>, variables?: V, options: RequestOptions = {}): Promise<T> {
    const requestId = options.requestId ?? this.newRequestId();
    const session = this.options.apiKey ? null : await this.sessions.get();
    try {
      return await this.send(document, variables, requestId, session?.accessToken, options.signal);
    } catch (error) {
      const expired = error instanceof ApiError && error.code === 'UNAUTHENTICATED' && session !== null && document !== (RefreshTokenDocument as unknown);
      if (!expired || !(await this.refresh(session))) throw error;
      const renewed = await this.sessions.get();
      return this.send(document, variables, requestId, renewed?.accessToken, options.signal);
    }
  }

  /** Signs in and keeps the session; a wrong password throws ApiError with code USER_ERRORS. */
  async login(email: string, password: string): Promise<CurrentUserFragment> {
    // Sent without the old session's token: an expired one would be refused before the login runs.
    const { login } = await this.send(LoginDocument, { input: { email, password } }, this.newRequestId(), undefined);
    if (login.userErrors.length > 0 || !login.accessToken || !login.refreshToken || !login.user) {
      throw new ApiError(login.userErrors.map((e) => e.message).join('; ') || 'Login failed', { code: 'USER_ERRORS', userErrors: login.userErrors });
    }
    await this.sessions.set({ accessToken: login.accessToken, refreshToken: login.refreshToken, expiresAt: login.expiresAt });
    return login.user;
  }

  /** Ends the session on the server (its refresh token stops working) and forgets it here. */
  async logout(): Promise<void> {
    const session = await this.sessions.get();
    if (!session) return;
    try {
      await this.send(LogoutDocument, { input: { refreshToken: session.refreshToken } }, this.newRequestId(), undefined);
    } finally {
      await this.sessions.set(null);
    }
  }

  /** The session in use, e.g. to store it; null when signed out. */
  async session(): Promise<Session | null> {
    return this.sessions.get();
  }

  /**
   * Renews the access token with the refresh token; false (and the session forgotten) when the
   * refresh token is no longer valid. Concurrent callers share one renewal.
   */
  refresh(current?: Session | null): Promise<boolean> {
    this.refreshing ??= this.renew(current).finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async renew(current?: Session | null): Promise<boolean> {
    const session = await this.sessions.get();
    if (!session) return false;
    // Another request renewed the session while this one waited: use the new token.
    if (current && session.accessToken !== current.accessToken) return true;
    let renewed;
    try {
      renewed = (await this.send(RefreshTokenDocument, { input: { refreshToken: session.refreshToken } }, this.newRequestId(), undefined)).refreshToken;
    } catch (error) {
      // Refused (e.g. the account was deactivated): the session is over. Anything else (no network)
      // keeps it for the next try.
      if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') {
        await this.sessions.set(null);
        return false;
      }
      throw error;
    }
    if (!renewed.accessToken || !renewed.refreshToken) {
      await this.sessions.set(null);
      return false;
    }
    await this.sessions.set({ accessToken: renewed.accessToken, refreshToken: renewed.refreshToken, expiresAt: renewed.expiresAt });
    return true;
  }

  private newRequestId(): string {
    return (this.options.requestId ?? randomId)();
  }

  private async send<T, V>(
    document: TypedDocumentNode<T, V>,
    variables: V | undefined,
    requestId: string,
    accessToken: string | undefined,
    signal?: AbortSignal,
  ) {
    const hash = persistedHash(document);
    const name = operationName(document);
    if (hash && this.options.persisted !== false) {
      const extensions = { persistedQuery: { version: 1, sha256Hash: hash } };
      try {
        return await this.post<T>({ operationName: name, variables, extensions }, requestId, accessToken, signal);
      } catch (error) {
        if (!(error instanceof ApiError && error.code === 'PERSISTED_QUERY_NOT_FOUND')) throw error;
      }
    }
    return this.post<T>({ operationName: name, query: print(document), variables }, requestId, accessToken, signal);
  }

  private async post<T>(body: Record<string, unknown>, requestId: string, accessToken: string | undefined, signal?: AbortSignal): Promise<T> {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-request-id': requestId, ...this.options.headers };
    if (this.options.apiKey) headers['x-api-key'] = this.options.apiKey;
    else if (accessToken) headers.authorization = `Bearer ${accessToken}`;
    let response: Response;
    try {
      response = await this.fetchImpl(this.options.url, { method: 'POST', headers, body: JSON.stringify(body), signal });
    } catch (cause) {
      throw new ApiError(`The API could not be reached: ${String(cause)}`, { code: 'NETWORK_ERROR', requestId, cause });
    }
    const answeredId = response.headers.get('x-request-id') ?? requestId;
    let json: GraphQLBody;
    try {
      json = (await response.json()) as GraphQLBody;
    } catch (cause) {
      throw new ApiError(`The API answered ${response.status} without a GraphQL body`, {
        code: 'BAD_RESPONSE',
        status: response.status,
        requestId: answeredId,
        cause,
      });
    }
    if (json.errors?.length) {
      const code = json.errors[0].extensions?.code ?? 'INTERNAL_SERVER_ERROR';
      throw new ApiError(json.errors[0].message, { code, status: response.status, requestId: answeredId, errors: json.errors });
    }
    if (json.data === undefined || json.data === null) {
      throw new ApiError(`The API answered ${response.status} without data`, { code: 'BAD_RESPONSE', status: response.status, requestId: answeredId });
    }
    return json.data as T;
  }
}
