// While the database cannot be reached, every route answers 503 JSON with Retry-After (clients and
// load balancers retry), never 200 INTERNAL_SERVER_ERROR or an HTML page; and it recovers by itself.
import { Role } from '../../src/core/auth/roles';
import { createTestApiKey, createTestUser } from '../helpers/principals';
import { TcpProxy, startTcpProxy } from '../helpers/tcp-proxy';
import { TestServer, startTestServer } from '../helpers/test-server';

jest.setTimeout(60_000);

let proxy: TcpProxy;
let server: TestServer;
let userHeaders: Record<string, string>;
let keyHeaders: Record<string, string>;

beforeAll(async () => {
  const target = new URL(process.env.TEST_ADMIN_DATABASE_URL!);
  proxy = await startTcpProxy(target.hostname, Number(target.port || 5432));
  server = await startTestServer({
    serverDatabaseUrl: (url) => proxy.through(url),
    env: { DATABASE_CONNECT_TIMEOUT_MS: '1000' },
  });
  userHeaders = (await createTestUser(server, Role.PROVINCE_OFFICER)).headers;
  keyHeaders = (await createTestApiKey(server, { scopes: ['progress:read'] })).headers;
});
afterAll(async () => {
  await proxy?.restore();
  await server?.stop();
  await proxy?.close();
});

const base = () => server.url.replace('/graphql', '');

async function expectUnavailable(response: Response): Promise<void> {
  expect(response.status).toBe(503);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
  const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
  expect(body.errors.length).toBeGreaterThan(0);
  for (const error of body.errors) {
    expect(error.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryAfter: Number(response.headers.get('retry-after')) });
    expect(error.message).not.toMatch(/ECONNREFUSED|5432|terminated|timeout exceeded|select/i);
  }
}

const graphql = (query: string, headers: Record<string, string> = {}, variables?: Record<string, unknown>) =>
  fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });

const everyRoute = (): [string, () => Promise<Response>][] => [
  ['an anonymous query', () => graphql('{ sections { code } }')],
  ['a signed-in query', () => graphql('{ me { id } }', userHeaders)],
  ['a query with an API key', () => graphql('{ sections { code } }', keyHeaders)],
  [
    'a login',
    () =>
      graphql(
        'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
        {},
        { input: { email: 'someone@example.test', password: 'whatever it is' } },
      ),
  ],
  ['the public annual report download', () => fetch(`${base()}/reports/annual-emissions/2030.xlsx`)],
  ['a signed-in plan report download', () => fetch(`${base()}/reports/plan-progress/2030.xlsx`, { headers: userHeaders })],
];

describe.each([
  ['refuses connections', () => proxy.refuse()],
  ['stops answering', () => proxy.blackHole()],
])('while the database %s', (_label, takeAway) => {
  beforeAll(async () => {
    expect((await graphql('{ sections { code } }')).status).toBe(200);
    await takeAway();
  });

  it.each(everyRoute())('answers %s with 503 SERVICE_UNAVAILABLE and Retry-After', async (_route, send) => {
    await expectUnavailable(await send());
  });

  it('reports not ready', async () => {
    expect((await fetch(`${base()}/readyz`)).status).toBe(503);
  });

  it('serves again once the database is back', async () => {
    await proxy.restore();
    const response = await graphql('{ sections { code } }', userHeaders);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { sections: unknown[] } }).data.sections).toHaveLength(8);
    expect((await fetch(`${base()}/readyz`)).status).toBe(200);
  });
});
