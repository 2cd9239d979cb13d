// What a browser sees, asked over plain HTTP: CORS for the listed origins only, Apollo's CSRF
// prevention for simple requests, and the security headers on every route.
import { Role } from '../../../src/core/auth/roles';
import { CORS_ALLOWED_HEADERS, CORS_EXPOSED_HEADERS } from '../../../src/server/browser-security';
import { createTestUser } from '../../helpers/principals';
import { TestServer, startTestServer } from '../../helpers/test-server';

const LISTED = 'https://app.example.vn';
const ALSO_LISTED = 'http://localhost:5173';
const UNLISTED = 'https://evil.example';

let server: TestServer;
let plain: TestServer; // no CORS_ORIGINS: the default
let proxied: TestServer; // behind one trusted proxy that terminates TLS
beforeAll(async () => {
  server = await startTestServer({ env: { CORS_ORIGINS: `${LISTED},${ALSO_LISTED}` } });
  plain = await startTestServer({ seed: false });
  proxied = await startTestServer({ seed: false, env: { TRUST_PROXY_HOPS: '1' } });
});
afterAll(async () => {
  await server?.stop();
  await plain?.stop();
  await proxied?.stop();
});

const base = (s: TestServer) => s.url.replace(/\/graphql$/, '');
const preflight = (s: TestServer, origin: string, path = '/graphql') =>
  fetch(`${base(s)}${path}`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization,x-request-id' },
  });
const post = (s: TestServer, headers: Record<string, string>, query = '{ __typename }') =>
  fetch(s.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
const list = (value: string | null) => (value ?? '').split(',').map((v) => v.trim().toLowerCase());

describe('CORS', () => {
  it.each([LISTED, ALSO_LISTED])('answers a preflight from a listed origin (%s) with 204 and what it may send', async (origin) => {
    const response = await preflight(server, origin);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(origin);
    expect(list(response.headers.get('access-control-allow-methods'))).toEqual(['get', 'post']);
    expect(list(response.headers.get('access-control-allow-headers'))).toEqual(CORS_ALLOWED_HEADERS);
    // What the API reads from a request must be sendable from a browser.
    for (const header of ['authorization', 'x-api-key', 'x-request-id', 'content-type', 'apollo-require-preflight', 'idempotency-key']) {
      expect(CORS_ALLOWED_HEADERS).toContain(header);
    }
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(response.headers.get('access-control-max-age')).toBe('600');
    expect(list(response.headers.get('vary'))).toContain('origin');
  });

  it('grants nothing to an unlisted origin, nor to a listed one spelt differently', async () => {
    for (const origin of [UNLISTED, 'https://app.example.vn.evil.example', 'http://app.example.vn', 'https://APP.example.vn', 'null']) {
      const response = await preflight(server, origin);
      expect({ origin, status: response.status, allowed: response.headers.get('access-control-allow-origin') }).toEqual({ origin, status: 204, allowed: null });
      expect(response.headers.get('access-control-allow-headers')).toBeNull();
      expect(list(response.headers.get('vary'))).toContain('origin');
    }
  });

  it('answers a preflight with 204 also when no origin is listed (it was 400), granting nothing', async () => {
    const response = await preflight(plain, LISTED);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('marks the answer to a listed origin, with the headers it may read, and not the others', async () => {
    const listed = await post(server, { origin: LISTED });
    expect(listed.status).toBe(200);
    expect(listed.headers.get('access-control-allow-origin')).toBe(LISTED);
    expect(list(listed.headers.get('access-control-expose-headers'))).toEqual(CORS_EXPOSED_HEADERS);
    expect(listed.headers.get('access-control-allow-credentials')).toBeNull();

    const unlisted = await post(server, { origin: UNLISTED });
    expect(unlisted.status).toBe(200); // the browser, not the server, withholds the answer
    expect(unlisted.headers.get('access-control-allow-origin')).toBeNull();
    expect(unlisted.headers.get('access-control-expose-headers')).toBeNull();
    expect(list(unlisted.headers.get('vary'))).toContain('origin');
  });

  it('covers the REST routes too (a report download from a listed origin)', async () => {
    const response = await preflight(server, LISTED, '/reports/plan-progress/2026.xlsx');
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(LISTED);
  });
});

describe('CSRF prevention for simple requests', () => {
  const MUTATION = 'mutation { logout(input: { refreshToken: "x" }) { userErrors { code } } }';

  it('refuses a GET query a form or an <img> could send, and runs it with a preflight header', async () => {
    const url = `${server.url}?query=${encodeURIComponent('{ __typename }')}`;
    const simple = await fetch(url, { headers: { origin: UNLISTED } });
    expect(simple.status).toBe(400);
    const body = (await simple.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]).toMatchObject({ message: expect.stringContaining('Cross-Site Request Forgery'), extensions: { code: 'BAD_REQUEST' } });
    expect((await fetch(url, { headers: { 'apollo-require-preflight': 'true' } })).status).toBe(200);
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])(
    'refuses a POST sent as %s (what a cross-site form can send) without running it',
    async (contentType) => {
      const before = server.logs.filter((l) => l.msg === 'graphql operation').length;
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': contentType, origin: UNLISTED },
        body: JSON.stringify({ query: MUTATION }),
      });
      expect(response.status).toBe(415);
      expect(server.logs.filter((l) => l.msg === 'graphql operation').length).toBe(before);
    },
  );
});

describe('security headers', () => {
  const STRICT_CSP = "default-src 'none';frame-ancestors 'none'";

  it('sends nosniff everywhere and the strict CSP on every route but /graphql', async () => {
    const admin = await createTestUser(server, Role.ADMIN);
    const cases: [string, RequestInit, number, boolean][] = [
      ['/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }, 200, false],
      ['/healthz', {}, 200, true],
      ['/readyz', {}, 200, true],
      ['/nope', {}, 404, true],
      ['/reports/plan-progress/2026.xlsx', {}, 401, true],
      ['/reports/plan-progress/2026.xlsx', { headers: admin.headers }, 200, true],
    ];
    for (const [path, init, status, csp] of cases) {
      const response = await fetch(`${base(server)}${path}`, init);
      await response.arrayBuffer();
      expect({
        path,
        status: response.status,
        nosniff: response.headers.get('x-content-type-options'),
        csp: response.headers.get('content-security-policy'),
      }).toEqual({
        path,
        status,
        nosniff: 'nosniff',
        csp: csp ? STRICT_CSP : null,
      });
      expect(response.headers.get('x-powered-by')).toBeNull();
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    }
  });

  it('serves the landing page a browser gets at /graphql outside production, with no CSP to break it', async () => {
    const response = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toBeNull();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<!DOCTYPE html>');
  });

  it('sends HSTS only for a request that came over TLS, as the trusted proxy says', async () => {
    const hsts = async (s: TestServer, headers: Record<string, string> = {}) =>
      (await fetch(`${base(s)}/healthz`, { headers })).headers.get('strict-transport-security');
    expect(await hsts(proxied)).toBeNull();
    expect(await hsts(proxied, { 'x-forwarded-proto': 'http' })).toBeNull();
    expect(await hsts(proxied, { 'x-forwarded-proto': 'https' })).toBe('max-age=31536000; includeSubDomains');
    // No proxy trusted: anyone could send the header, so it is not believed.
    expect(await hsts(plain, { 'x-forwarded-proto': 'https' })).toBeNull();
  });
});
