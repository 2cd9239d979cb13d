// The SDK client's HTTP behaviour against a scripted fetch: headers by mode, the hash first and the
// text after PERSISTED_QUERY_NOT_FOUND, one shared renewal, and errors mapped to ApiError codes.
import { ApiClient, ApiError, MeDocument, PlanDocument, Session, persistedHash } from '@daklak-lowemission/client';

interface Sent {
  headers: Record<string, string>;
  body: { operationName?: string; query?: string; extensions?: { persistedQuery?: { sha256Hash: string } }; variables?: unknown };
}

/** A fetch answering from a script; it records what was sent. */
function scripted(answer: (sent: Sent) => { status?: number; body: unknown } | Error) {
  const sent: Sent[] = [];
  const impl: typeof fetch = async (_url, init) => {
    const request: Sent = { headers: init!.headers as Record<string, string>, body: JSON.parse(String(init!.body)) };
    sent.push(request);
    const reply = answer(request);
    if (reply instanceof Error) throw reply;
    const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
    return new Response(text, { status: reply.status ?? 200, headers: { 'x-request-id': request.headers['x-request-id'] } });
  };
  return { impl, sent };
}

const ME = { me: { id: 'VXNlcjox', email: 'a@example.test', displayName: 'A', role: 'VIEWER', administrativeUnit: null, agency: null } };
const unauthenticated = { status: 401, body: { errors: [{ message: 'Token expired', extensions: { code: 'UNAUTHENTICATED' } }] } };

describe('ApiClient', () => {
  it('sends the hash alone, then the text once when the server does not know it', async () => {
    const { impl, sent } = scripted((s) =>
      s.body.query
        ? { body: { data: { plan: { code: 'P' } } } }
        : { body: { errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] } },
    );
    const client = new ApiClient({ url: 'http://api.test/graphql', fetch: impl, requestId: () => 'req-1' });
    expect(await client.request(PlanDocument)).toEqual({ plan: { code: 'P' } });
    expect(sent.map((s) => [s.body.extensions?.persistedQuery?.sha256Hash ?? null, s.body.query?.startsWith('query Plan') ?? false])).toEqual([
      [persistedHash(PlanDocument), false],
      [null, true],
    ]);
    expect(sent.every((s) => s.headers['x-request-id'] === 'req-1' && s.body.operationName === 'Plan')).toBe(true);
  });

  it('sends X-API-Key in key mode and never a session token', async () => {
    const { impl, sent } = scripted(() => ({ body: { data: ME } }));
    const sessionStore = { get: (): Session => ({ accessToken: 'a', refreshToken: 'r', expiresAt: null }), set: () => undefined };
    await new ApiClient({ url: 'http://api.test/graphql', fetch: impl, apiKey: 'lek_x_y', sessionStore }).request(MeDocument);
    expect(sent[0].headers).toMatchObject({ 'x-api-key': 'lek_x_y' });
    expect(sent[0].headers.authorization).toBeUndefined();
  });

  it('renews an expired token once for concurrent requests, then repeats them with the new one', async () => {
    let session: Session | null = { accessToken: 'old', refreshToken: 'r1', expiresAt: null };
    const sessionStore = { get: () => session, set: (s: Session | null) => void (session = s) };
    const { impl, sent } = scripted((s) => {
      if (s.body.operationName === 'RefreshToken')
        return { body: { data: { refreshToken: { accessToken: 'new', refreshToken: 'r2', expiresAt: null, userErrors: [] } } } };
      return s.headers.authorization === 'Bearer new' ? { body: { data: ME } } : unauthenticated;
    });
    const client = new ApiClient({ url: 'http://api.test/graphql', fetch: impl, sessionStore });
    const answers = await Promise.all([client.request(MeDocument), client.request(MeDocument), client.request(MeDocument)]);
    expect(answers).toEqual([ME, ME, ME]);
    expect(sent.filter((s) => s.body.operationName === 'RefreshToken')).toHaveLength(1);
    expect(sent.find((s) => s.body.operationName === 'RefreshToken')!.headers.authorization).toBeUndefined();
    expect(session).toEqual({ accessToken: 'new', refreshToken: 'r2', expiresAt: null });
  });

  it('forgets the session when the refresh token is refused, and throws the first UNAUTHENTICATED', async () => {
    let session: Session | null = { accessToken: 'old', refreshToken: 'spent', expiresAt: null };
    const sessionStore = { get: () => session, set: (s: Session | null) => void (session = s) };
    const { impl } = scripted((s) =>
      s.body.operationName === 'RefreshToken'
        ? {
            body: {
              data: {
                refreshToken: { accessToken: null, refreshToken: null, expiresAt: null, userErrors: [{ field: ['input'], code: 'INVALID', message: 'x' }] },
              },
            },
          }
        : unauthenticated,
    );
    const client = new ApiClient({ url: 'http://api.test/graphql', fetch: impl, sessionStore });
    await expect(client.request(MeDocument)).rejects.toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
    expect(session).toBeNull();
  });

  it.each([
    ['no answer', new TypeError('fetch failed'), 'NETWORK_ERROR', true],
    ['a proxy error page', { status: 502, body: '<html>Bad gateway</html>' }, 'BAD_RESPONSE', true],
    ['a rate limit', { status: 429, body: { errors: [{ message: 'slow down', extensions: { code: 'RATE_LIMITED', retryAfter: 3 } }] } }, 'RATE_LIMITED', true],
    [
      'a bad input',
      { body: { data: null, errors: [{ message: 'bad', extensions: { code: 'BAD_USER_INPUT', field: 'first', reason: 'TOO_LARGE' } }] } },
      'BAD_USER_INPUT',
      false,
    ],
  ])('maps %s to an ApiError with its code', async (_case, reply, code, retryable) => {
    const client = new ApiClient({ url: 'http://api.test/graphql', fetch: scripted(() => reply).impl, persisted: false });
    const error = (await client.request(PlanDocument).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect({ code: error.code, retryable: error.retryable }).toEqual({ code, retryable });
    if (code === 'BAD_USER_INPUT') expect(error).toMatchObject({ field: 'first', reason: 'TOO_LARGE', status: 200 });
  });
});
