// Two real API processes (src/main.ts, as `npm start` runs it) on one database and, when the run has
// one, one Redis, as behind a load balancer: the rate-limit budgets are shared (the total allowed over
// both is the budget, not twice it), a write retried against both at once is done once, and both stop
// cleanly on SIGTERM. README, "Running several processes".
import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { print } from 'graphql';
import Redis from 'ioredis';
import { addressKey } from '../../../src/server/rate-limit/address-key';
import { DEFAULT_KEY_PREFIX } from '../../../src/server/rate-limit/rate-limit-store';
import { Started, startServer, stopSpawnedServers } from '../../helpers/spawn-api';
import { migrations } from '../../../migrations';
import { TestDatabase, createTestDatabase } from '../../helpers/test-database';
import { CREATE_MATERIAL, materialInput, rawId } from '../field-records/fixtures';

// Two ts-node starts at once take a while on a busy machine.
jest.setTimeout(180_000);

const redisUrl = process.env.TEST_REDIS_URL;
const itWithRedis = redisUrl ? it : it.skip;
const needsRedis = redisUrl ? '' : ' — SKIPPED: set TEST_REDIS_URL, the processes only share budgets through Redis';

const ANONYMOUS_BUDGET = 10;
const KEY_BUDGET = 6;
/** Copies of the idempotent write sent to each process at once. */
const COPIES_EACH = 5;

// Random /64s of the documentation prefix, new every run: the processes keep their counters under a
// fixed prefix (no variable changes it), so runs sharing a Redis must not share a client address.
const subnet = randomInt(0x10000).toString(16);
const CLIENT = `2001:db8:${subnet}:1::1`; // the anonymous caller whose budget is counted
const OFFICE = `2001:db8:${subnet}:2::1`; // where the ADMIN logs in from: another /64, another budget
const PERSISTING_CLIENT = `2001:db8:${subnet}:3::1`; // a caller of persisted queries, with a budget of its own

const ADMIN = { email: `admin-${randomUUID().slice(0, 8)}@two-processes.test`, password: 'two processes, one database' };

interface Answer {
  status: number;
  headers: Headers;
  body: { data?: Record<string, Record<string, unknown>> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function graphql(server: Started, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`http://127.0.0.1:${server.port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Answer['body'] };
}

const limitHeaders = (answer: Answer) => ({
  status: answer.status,
  remaining: answer.headers.get('x-ratelimit-remaining'),
  retryAfter: answer.headers.get('retry-after'),
});

/** Refusals carry Retry-After (whole seconds within the minute) and the same number in the body. */
function expectRefusedWithRetryAfter(answer: Answer): void {
  expect(answer.status).toBe(429);
  const retryAfter = Number(answer.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(answer.body.errors).toEqual([{ message: expect.any(String), extensions: { code: 'RATE_LIMITED', retryAfter } }]);
}

let database: TestDatabase;
let dataDir: string;
let redis: Redis | undefined;
let one: Started;
let two: Started;
let admin: Record<string, string>;
/** Redis keys this file made the processes write, deleted before and after. */
const counterSuffixes = [addressKey(CLIENT), addressKey(OFFICE), addressKey(PERSISTING_CLIENT)];

async function forgetCounters(): Promise<void> {
  if (!redis) return;
  for (const suffix of counterSuffixes) {
    const keys: string[] = [];
    for await (const batch of redis.scanStream({ match: `${DEFAULT_KEY_PREFIX}:*:${suffix}`, count: 1000 })) keys.push(...(batch as string[]));
    if (keys.length > 0) await redis.del(...keys);
  }
}

const MIGRATION_COUNT = migrations.length;

beforeAll(async () => {
  database = await createTestDatabase({ migrate: false }); // an empty database: the processes migrate it
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lowemission-two-processes-'));
  if (redisUrl) redis = new Redis(redisUrl);
  await forgetCounters();
  const env = {
    DATABASE_URL: database.url,
    SEED_ON_START: 'true',
    PORT: '0',
    DATA_DIR: dataDir, // the default sync target's folder; nothing else is kept there with DATABASE_URL set
    DATABASE_POOL_SIZE: '5',
    // Shared by every process, or a token from one is refused by the other.
    JWT_SECRET: randomBytes(32).toString('base64url'),
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    ANONYMOUS_REQUESTS_PER_MINUTE: String(ANONYMOUS_BUDGET),
    TRUST_PROXY_HOPS: '1', // the test is the load balancer: X-Forwarded-For names the client
    SHUTDOWN_TIMEOUT_MS: '60000',
    ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
  };
  // Started together, as replicas are: the migrations, the seed and the first ADMIN race.
  [one, two] = await Promise.all([startServer(env), startServer(env)]);

  const login = await graphql(
    one,
    'mutation($input: LoginInput!) { login(input: $input) { accessToken userErrors { code } } }',
    { input: ADMIN },
    { 'x-forwarded-for': OFFICE },
  );
  expect(login.body.data?.login.userErrors).toEqual([]);
  admin = { authorization: `Bearer ${login.body.data!.login.accessToken as string}`, 'x-forwarded-for': OFFICE };
  const [{ id }] = await database.dataSource.query('SELECT id FROM "user" WHERE email = $1', [ADMIN.email]);
  counterSuffixes.push(id);
});

afterAll(async () => {
  await stopSpawnedServers(); // whatever failed above: no process is left running
  await forgetCounters();
  await redis?.quit();
  await database?.drop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('two API processes on one database', () => {
  it('start together on an empty database: one applies the migrations, both serve the plan, loaded once, with one first ADMIN, and accept each other’s tokens', async () => {
    const applied = [one, two].map((server) => (server.lines.find((l) => l.msg === 'migrations applied')?.migrations as string[]).length);
    expect(applied.sort((a, b) => a - b)).toEqual([0, MIGRATION_COUNT]);
    const [{ rows }] = await database.dataSource.query('SELECT count(*)::int AS rows FROM migrations');
    expect(rows).toBe(MIGRATION_COUNT); // each applied once
    for (const server of [one, two]) {
      const answer = await graphql(server, '{ tasks(first: 1) { totalCount } me { email role } }', {}, admin);
      expect(answer.body.data).toEqual({ tasks: { totalCount: 28 }, me: { email: ADMIN.email, role: 'ADMIN' } });
    }
    const [counts] = await database.dataSource.query(
      `SELECT (SELECT count(*)::int FROM task) AS tasks,
              (SELECT count(*)::int FROM "user" WHERE role = 'ADMIN') AS admins,
              (SELECT count(*)::int FROM audit_event WHERE action = 'bootstrapAdmin') AS "adminsCreated"`,
    );
    expect(counts).toEqual({ tasks: 28, admins: 1, adminsCreated: 1 });
    expect([one, two].map((s) => s.lines.filter((l) => l.msg === 'created the first ADMIN').length).sort()).toEqual([0, 1]);
  });

  itWithRedis(
    `share one anonymous budget per client address through Redis: ${ANONYMOUS_BUDGET} requests over both, then 429 with Retry-After from either${needsRedis}`,
    async () => {
      // One after the other, alternating: each process alone would allow all of them.
      const answers: Answer[] = [];
      for (let i = 0; i < 2 * ANONYMOUS_BUDGET; i++) {
        answers.push(await graphql(i % 2 === 0 ? one : two, '{ __typename }', {}, { 'x-forwarded-for': CLIENT }));
      }
      const allowed = answers.slice(0, ANONYMOUS_BUDGET);
      expect(allowed.map(limitHeaders)).toEqual(
        Array.from({ length: ANONYMOUS_BUDGET }, (_, i) => ({ status: 200, remaining: String(ANONYMOUS_BUDGET - 1 - i), retryAfter: null })),
      );
      const refused = answers.slice(ANONYMOUS_BUDGET);
      refused.forEach(expectRefusedWithRetryAfter); // five from each process
      // Both processes counted in Redis (none fell back to counting alone).
      expect(await redis!.get(`${DEFAULT_KEY_PREFIX}:anonymous:60s:${addressKey(CLIENT)}`)).toBe(String(2 * ANONYMOUS_BUDGET));
    },
  );

  itWithRedis(`share an API key's rateLimitPerMinute: sent to both at once, ${KEY_BUDGET} are answered in all${needsRedis}`, async () => {
    const created = await graphql(
      two,
      `
        mutation ($input: CreateApiKeyInput!) {
          createApiKey(input: $input) {
            apiKey {
              id
              rateLimitPerMinute
            }
            secret
            userErrors {
              code
            }
          }
        }
      `,
      { input: { name: 'Two processes', partnerName: 'Load test', scopes: ['plan:read'], rateLimitPerMinute: KEY_BUDGET } },
      admin,
    );
    const payload = created.body.data!.createApiKey as { apiKey: { id: string; rateLimitPerMinute: number }; secret: string; userErrors: unknown[] };
    expect(payload).toMatchObject({ apiKey: { rateLimitPerMinute: KEY_BUDGET }, userErrors: [] });
    counterSuffixes.push(rawId(payload.apiKey.id));

    const partner = { 'x-api-key': payload.secret, 'x-forwarded-for': CLIENT }; // the address's own budget is spent: keys do not use it
    const answers = await Promise.all(Array.from({ length: 2 * KEY_BUDGET }, (_, i) => graphql(i % 2 === 0 ? one : two, '{ __typename }', {}, partner)));
    const allowed = answers.filter((a) => a.status === 200);
    expect(allowed.map((a) => Number(a.headers.get('x-ratelimit-remaining'))).sort()).toEqual(Array.from({ length: KEY_BUDGET }, (_, i) => i));
    const refused = answers.filter((a) => a.status !== 200);
    expect(refused).toHaveLength(KEY_BUDGET);
    refused.forEach(expectRefusedWithRetryAfter);
    expect(await redis!.get(`${DEFAULT_KEY_PREFIX}:api-key:60s:${rawId(payload.apiKey.id)}`)).toBe(String(2 * KEY_BUDGET));
  });

  itWithRedis(`know a persisted query registered through the other process (Apollo's APQ cache in Redis)${needsRedis}`, async () => {
    const alias = `a${randomBytes(8).toString('hex')}`;
    const query = `{ ${alias}: __typename }`; // a document no run has registered
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const send = (server: Started, body: Record<string, unknown>) =>
      fetch(`http://127.0.0.1:${server.port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': PERSISTING_CLIENT },
        body: JSON.stringify({ ...body, extensions: { persistedQuery: { version: 1, sha256Hash } } }),
      }).then(async (response) => ({ status: response.status, body: (await response.json()) as Answer['body'] }));
    try {
      // Unknown to both, then registered through one (hash and text), then run through two by hash alone.
      expect((await send(two, {})).body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
      expect(await send(one, { query })).toMatchObject({ status: 200, body: { data: { [alias]: 'Query' } } });
      expect(await send(two, {})).toMatchObject({ status: 200, body: { data: { [alias]: 'Query' } } });
      expect(await redis!.exists(`lowemission:apq:apq:${sha256Hash}`)).toBe(1);
    } finally {
      await redis!.del(`lowemission:apq:apq:${sha256Hash}`);
    }
  });

  it(`do one write once when its idempotencyKey arrives at both at once (${COPIES_EACH} copies each): one record, named by every answer, one audit event`, async () => {
    const input = materialInput({ title: `Sổ tay ${randomUUID()}`, idempotencyKey: `two-processes-${randomUUID()}` });
    const answers = await Promise.all(
      Array.from({ length: 2 * COPIES_EACH }, (_, i) => graphql(i % 2 === 0 ? one : two, print(CREATE_MATERIAL), { input }, admin)),
    );
    expect(answers.map((a) => [a.status, a.body.errors, a.body.data?.createMaterial.userErrors])).toEqual(Array(2 * COPIES_EACH).fill([200, undefined, []]));
    const ids = new Set(answers.map((a) => (a.body.data!.createMaterial.material as { id: string }).id));
    expect(ids.size).toBe(1);
    const id = rawId([...ids][0]);

    const [counts] = await database.dataSource.query(
      `SELECT (SELECT array_agg(id::text) FROM material WHERE title = $1) AS materials,
              (SELECT count(*)::int FROM audit_event WHERE action = 'createMaterial' AND entity_id = $2) AS "auditEvents",
              (SELECT count(*)::int FROM audit_event WHERE action = 'createMaterial') AS "allCreateAuditEvents",
              (SELECT count(*)::int FROM idempotency_key WHERE key = $3) AS "keysClaimed"`,
      [input.title, id, input.idempotencyKey],
    );
    expect(counts).toEqual({ materials: [id], auditEvents: 1, allCreateAuditEvents: 1, keysClaimed: 1 });
  });

  it('stop cleanly on SIGTERM, leaving no process behind', async () => {
    for (const server of [one, two]) server.child.kill('SIGTERM');
    // The log is part of the expectation so that a failed shutdown says where it stopped.
    const ended = await Promise.all([one, two].map(async (server) => ({ code: await server.exited, log: server.lines.map((l) => l.msg) })));
    expect(ended).toEqual(Array(2).fill({ code: 0, log: expect.arrayContaining(['requests drained', 'database connections closed', 'shutdown complete']) }));
    for (const server of [one, two]) expect(() => process.kill(server.child.pid!, 0)).toThrow(expect.objectContaining({ code: 'ESRCH' }));
  });
});
