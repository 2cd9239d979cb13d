// Callers without a key are rate-limited too: anonymous ones per client address (an IPv6 /64 counts as
// one address), signed-in users each on their own; API keys keep their own per-key limit.
import { Role } from '../../src/core/auth/roles';
import { createTestApiKey, createTestUser } from '../helpers/principals';
import { TestServer, startTestServer } from '../helpers/test-server';

const from = (address: string) => ({ 'x-forwarded-for': address });
const rateHeaders = (headers: Headers) => ({
  limit: headers.get('x-ratelimit-limit'),
  remaining: headers.get('x-ratelimit-remaining'),
  retryAfter: headers.get('retry-after'),
});

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    seed: false,
    env: { ANONYMOUS_REQUESTS_PER_MINUTE: '3', USER_REQUESTS_PER_MINUTE: '4', TRUST_PROXY_HOPS: '1' },
  });
});
afterAll(async () => {
  await server.stop();
});

describe('anonymous callers', () => {
  it('get ANONYMOUS_REQUESTS_PER_MINUTE requests per address, then HTTP 429 with Retry-After and nothing run', async () => {
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await server.requestText('{ __typename }', {}, from('203.0.113.7')));
    expect(answers.map((a) => [a.status, a.data])).toEqual(Array(3).fill([200, { __typename: 'Query' }]));
    expect(answers.map((a) => rateHeaders(a.headers))).toEqual([
      { limit: '3', remaining: '2', retryAfter: null },
      { limit: '3', remaining: '1', retryAfter: null },
      { limit: '3', remaining: '0', retryAfter: null },
    ]);
    expect(Number(answers[0].headers.get('x-ratelimit-reset'))).toBeGreaterThan(0);

    const operations = server.logs.filter((l) => l.msg === 'graphql operation').length;
    const refused = await server.requestText('{ __typename }', {}, from('203.0.113.7'));
    expect(refused.status).toBe(429);
    expect(refused.data).toBeUndefined();
    expect(refused.errors).toEqual([
      { message: expect.stringMatching(/Too many requests/), extensions: { code: 'RATE_LIMITED', retryAfter: expect.any(Number) } },
    ]);
    const retryAfter = refused.errors![0].extensions!.retryAfter as number;
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(rateHeaders(refused.headers)).toEqual({ limit: '3', remaining: '0', retryAfter: String(retryAfter) });
    expect(server.logs.filter((l) => l.msg === 'graphql operation')).toHaveLength(operations); // refused before GraphQL
  });

  it("do not spend another address's budget", async () => {
    for (let i = 0; i < 3; i++) await server.requestText('{ __typename }', {}, from('198.51.100.20'));
    expect((await server.requestText('{ __typename }', {}, from('198.51.100.20'))).status).toBe(429);
    const other = await server.requestText('{ __typename }', {}, from('198.51.100.21'));
    expect(other.status).toBe(200);
    expect(rateHeaders(other.headers)).toMatchObject({ remaining: '2' });
  });

  it('share one budget across an IPv6 /64, as one subscriber gets a whole /64', async () => {
    const statuses = [];
    for (const address of ['2001:db8:aa:bb::1', '2001:0DB8:00aa:00bb::2', '2001:db8:aa:bb:abcd:1234:5678:9', '2001:db8:aa:bb:ffff:ffff:ffff:ffff']) {
      statuses.push((await server.requestText('{ __typename }', {}, from(address))).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect((await server.requestText('{ __typename }', {}, from('2001:db8:aa:bc::1'))).status).toBe(200);
  });

  it('are counted by the address the trusted proxy saw, not by addresses the client made up further left', async () => {
    // With one trusted proxy, only the last X-Forwarded-For entry (added by that proxy) counts.
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await server.requestText('{ __typename }', {}, from(`10.0.0.${i}, 192.0.2.99`))).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});

describe('the public XLSX download', () => {
  it("counts against its address's anonymous budget", async () => {
    const download = (address: string) => fetch(server.url.replace('/graphql', '/reports/annual-emissions/2026.xlsx'), { headers: from(address) });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await download('192.0.2.77')).status);
    expect(statuses).toEqual([404, 404, 404, 429]); // nothing verified yet: 404 until the budget is spent
    expect((await download('192.0.2.78')).status).toBe(404);
  });
});

describe('signed-in callers', () => {
  it("have a budget of their own per user, apart from their address's anonymous budget", async () => {
    const address = from('192.0.2.50');
    for (let i = 0; i < 3; i++) await server.requestText('{ __typename }', {}, address);
    expect((await server.requestText('{ __typename }', {}, address)).status).toBe(429);

    const viewer = (await createTestUser(server, Role.VIEWER)).headers;
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await server.requestText('{ me { role } }', {}, { ...viewer, ...address })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
    const another = (await createTestUser(server, Role.VIEWER)).headers;
    const answer = await server.requestText('{ me { role } }', {}, { ...another, ...address });
    expect(answer.status).toBe(200);
    expect(rateHeaders(answer.headers)).toEqual({ limit: '4', remaining: '3', retryAfter: null });
  });

  it("with an API key keep the key's own limit", async () => {
    const { headers } = await createTestApiKey(server, { rateLimitPerMinute: 5 });
    const answer = await server.requestText('{ __typename }', {}, { ...headers, ...from('192.0.2.50') });
    expect(answer.status).toBe(200);
    expect(rateHeaders(answer.headers)).toEqual({ limit: '5', remaining: '4', retryAfter: null });
  });
});
