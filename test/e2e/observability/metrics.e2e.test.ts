// GET /metrics: Prometheus text, behind a bearer token, with bounded labels; the numbers are
// compared with the requests this test sent and the rows it put in the job queue.
import { Role } from '../../../src/core/auth/roles';
import { prepareSyncQueue } from '../../../src/modules/sync';
import { TEST_PASSWORD, createTestUser } from '../../helpers/principals';
import { TestServer, startTestServer } from '../../helpers/test-server';
import { Sample, parseExposition, sumOf, valueOf } from './exposition';

const TOKEN = 'metrics-token-0123456789abcdef';

let server: TestServer;
let off: TestServer;
let base: string;
beforeAll(async () => {
  [server, off] = await Promise.all([
    startTestServer({ seed: false, env: { METRICS_TOKEN: TOKEN, USER_REQUESTS_PER_MINUTE: '3', LOGIN_PAIR_FAILURES: '1' } }),
    startTestServer({ seed: false }),
  ]);
  base = server.url.replace(/\/graphql$/, '');
});
afterAll(async () => {
  await Promise.all([server?.stop(), off?.stop()]);
});

const scrape = async (token = TOKEN): Promise<Sample[]> => {
  const response = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  return parseExposition(await response.text());
};
const operations = (samples: Sample[], labels: Record<string, string>) => valueOf(samples, 'graphql_operation_duration_seconds_count', labels) ?? 0;
const errorsOf = (samples: Sample[], code: string) => valueOf(samples, 'api_errors_total', { code }) ?? 0;

describe('GET /metrics', () => {
  it('is off (404) without METRICS_TOKEN', async () => {
    const response = await fetch(off.url.replace(/\/graphql$/, '/metrics'), { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(404);
  });

  it('refuses a scraper without the token or with a wrong one', async () => {
    const attempts: Record<string, string>[] = [
      {},
      { authorization: 'Bearer not-the-metrics-token-at-all' },
      { authorization: TOKEN },
      { authorization: `Basic ${TOKEN}` },
    ];
    for (const headers of attempts) {
      const response = await fetch(`${base}/metrics`, { headers });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(await response.text()).not.toContain('process_cpu');
    }
  });

  it('serves the Prometheus text format with the process metrics', async () => {
    const response = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const samples = parseExposition(await response.text());
    expect(valueOf(samples, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(valueOf(samples, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
  });

  it('counts GraphQL operations by name, type and outcome, and errors by code', async () => {
    const before = await scrape();
    await server.requestText('query MetricsProbe { __typename }');
    await server.requestText('query MetricsProbe { __typename }');
    await server.requestText('{ __typename }');
    expect(server.lastSqlStatements()).toBe(0); // metrics read the database when scraped, never per request
    const invalid = await server.requestText('query NoSuchThing { noSuchField }');
    expect(invalid.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const unknown = await server.requestText('query MissingNode($id: ID!) { node(id: $id) { id } }', { id: 'bm90IGFuIGlk' });
    const after = await scrape();

    const probe = { operation_name: 'MetricsProbe', operation_type: 'query', outcome: 'success' };
    expect(operations(after, probe) - operations(before, probe)).toBe(2);
    const anonymous = { operation_name: 'anonymous', operation_type: 'query', outcome: 'success' };
    expect(operations(after, anonymous) - operations(before, anonymous)).toBe(1);
    // A document that did not validate ran nothing: its claimed name is not a label.
    const rejected = { operation_name: 'other', operation_type: 'unknown', outcome: 'invalid' };
    expect(operations(after, rejected) - operations(before, rejected)).toBe(1);
    expect(after.some((s) => s.labels.operation_name === 'NoSuchThing')).toBe(false);
    expect(errorsOf(after, 'GRAPHQL_VALIDATION_FAILED') - errorsOf(before, 'GRAPHQL_VALIDATION_FAILED')).toBe(1);
    // Whatever the forged id answers, its code is counted once, and the operation as an error.
    const code = unknown.errors?.[0]?.extensions?.code as string | undefined;
    const missing = { operation_name: 'MissingNode', operation_type: 'query' };
    if (code) {
      expect(errorsOf(after, code) - errorsOf(before, code)).toBe(1);
      expect(operations(after, { ...missing, outcome: 'error' })).toBe(1);
    } else {
      expect(operations(after, { ...missing, outcome: 'success' })).toBe(1);
    }
    const graphqlPosts = (s: Sample[]) => sumOf(s, 'http_request_duration_seconds_count', { method: 'POST', route: '/graphql' });
    expect(graphqlPosts(after) - graphqlPosts(before)).toBe(5);
  });

  it('labels HTTP requests by route template, never by raw path', async () => {
    const before = await scrape();
    const missing = await fetch(`${base}/no/such/path/4242?x=1`);
    expect(missing.status).toBe(404);
    const unauthenticated = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer forged.token.value' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(unauthenticated.status).toBe(401);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const after = await scrape();
    const count = (s: Sample[], labels: Record<string, string>) => valueOf(s, 'http_request_duration_seconds_count', labels) ?? 0;
    expect(count(after, { method: 'GET', route: 'unmatched', status: '404' }) - count(before, { method: 'GET', route: 'unmatched', status: '404' })).toBe(1);
    expect(count(after, { method: 'POST', route: '/graphql', status: '401' }) - count(before, { method: 'POST', route: '/graphql', status: '401' })).toBe(1);
    expect(count(after, { method: 'GET', route: '/healthz', status: '200' }) - count(before, { method: 'GET', route: '/healthz', status: '200' })).toBe(1);
    expect(count(after, { method: 'GET', route: '/metrics', status: '200' })).toBeGreaterThan(0);
    // Errors answered outside GraphQL are counted by their code too.
    expect(errorsOf(after, 'NOT_FOUND') - errorsOf(before, 'NOT_FOUND')).toBe(1);
    expect(errorsOf(after, 'UNAUTHENTICATED') - errorsOf(before, 'UNAUTHENTICATED')).toBe(1);
    const routes = new Set(after.filter((s) => s.name.startsWith('http_request_duration_seconds')).map((s) => s.labels.route));
    expect([...routes].sort()).toEqual(['/graphql', '/healthz', '/metrics', 'unmatched']);
  });

  it('keeps operation names to a bounded set', async () => {
    for (let i = 0; i < 210; i++) await server.requestText(`query Flood${i} { __typename }`);
    const samples = await scrape();
    const names = new Set(samples.filter((s) => s.name === 'graphql_operation_duration_seconds_count').map((s) => s.labels.operation_name));
    expect(names.size).toBeLessThanOrEqual(200 + 3); // the cap, plus anonymous and other (and one spare)
    expect(names.has('Flood0')).toBe(true);
    expect(names.has('Flood209')).toBe(false);
    expect(operations(samples, { operation_name: 'other', operation_type: 'query', outcome: 'success' })).toBeGreaterThan(0);
  });

  it('counts rate-limit refusals by limit: a user over budget, and the login throttle', async () => {
    const before = await scrape();
    const { user, headers } = await createTestUser(server, Role.VIEWER);
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await server.requestText('{ __typename }', {}, headers)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);

    const login = (password: string) =>
      server.requestText('mutation Login($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { email: user.email, password } });
    expect((await login('not the password at all')).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const refused = await login(TEST_PASSWORD); // one failure allowed, then this address waits
    expect(refused.errors![0].extensions!.code).toBe('RATE_LIMITED');
    const after = await scrape();

    const refusals = (s: Sample[], limit: string) => valueOf(s, 'rate_limit_refusals_total', { limit }) ?? 0;
    expect(refusals(after, 'user') - refusals(before, 'user')).toBe(1);
    expect(refusals(after, 'login') - refusals(before, 'login')).toBe(1);
    expect(errorsOf(after, 'RATE_LIMITED') - errorsOf(before, 'RATE_LIMITED')).toBe(2);
  });

  it('shows the database pool', async () => {
    const samples = await scrape();
    expect(valueOf(samples, 'db_pool_max_connections')).toBe(10);
    const open = valueOf(samples, 'db_pool_open_connections')!;
    expect(open).toBeGreaterThanOrEqual(1);
    expect(valueOf(samples, 'db_pool_idle_connections')).toBeLessThanOrEqual(open);
    expect(valueOf(samples, 'db_pool_waiting_requests')).toBe(0);
  });

  it('shows the job queue by task and state, read at scrape time', async () => {
    // Before graphile-worker's schema exists there is no queue: read, and nothing in it.
    let samples = await scrape();
    expect(valueOf(samples, 'job_queue_read_ok')).toBe(1);
    expect(samples.filter((s) => s.name === 'job_queue_jobs')).toEqual([]);

    await prepareSyncQueue(server.database.url);
    const db = server.database.dataSource;
    const add = async (task: string) => (await db.query(`SELECT id FROM graphile_worker.add_job($1, '{}'::json)`, [task]))[0].id as string;
    await add('metrics:probe');
    await add('metrics:probe');
    const running = await add('metrics:probe');
    const retrying = await add('metrics:probe');
    const failed = await add('metrics:other');
    await db.query(`UPDATE graphile_worker._private_jobs SET locked_at = now(), locked_by = 'test', attempts = 1 WHERE id = $1`, [running]);
    await db.query(`UPDATE graphile_worker._private_jobs SET attempts = 1, last_error = 'boom' WHERE id = $1`, [retrying]);
    await db.query(`UPDATE graphile_worker._private_jobs SET attempts = max_attempts, last_error = 'boom' WHERE id = $1`, [failed]);

    samples = await scrape();
    const jobs = (task: string, state: string) => valueOf(samples, 'job_queue_jobs', { task, state });
    expect([jobs('metrics:probe', 'queued'), jobs('metrics:probe', 'retrying'), jobs('metrics:probe', 'locked'), jobs('metrics:probe', 'failed')]).toEqual([
      2, 1, 1, 0,
    ]);
    expect([jobs('metrics:other', 'queued'), jobs('metrics:other', 'failed')]).toEqual([0, 1]);
    expect(valueOf(samples, 'job_queue_read_ok')).toBe(1);

    // Emptied, a task keeps its series at 0 rather than vanishing.
    await db.query(`DELETE FROM graphile_worker._private_jobs`);
    samples = await scrape();
    expect(jobs('metrics:probe', 'queued')).toBe(0);
    expect(jobs('metrics:other', 'failed')).toBe(0);
  });
});
