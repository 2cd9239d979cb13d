import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import Redis from 'ioredis';
import { RateLimitDecision, RateLimitStore, createRateLimitStore, setRateLimitHeaders } from './rate-limit-store';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function consumeTimes(store: RateLimitStore, times: number, ...args: [string, string, number, number]) {
  const decisions: RateLimitDecision[] = [];
  for (let i = 0; i < times; i++) decisions.push(await store.consume(...args));
  return decisions;
}

describe('in-process rate-limit store', () => {
  let store: RateLimitStore;
  beforeEach(() => {
    store = createRateLimitStore({});
  });
  afterEach(() => store.close());

  it('allows `limit` points, then refuses until the window resets', async () => {
    const decisions = await consumeTimes(store, 4, 'api-key', 'k1', 3, 60);
    expect(decisions.map((d) => [d.allowed, d.limit, d.remaining])).toEqual([
      [true, 3, 2],
      [true, 3, 1],
      [true, 3, 0],
      [false, 3, 0],
    ]);
    expect(decisions[3].resetSeconds).toBeGreaterThan(0);
    expect(decisions[3].resetSeconds).toBeLessThanOrEqual(60);
  });

  it('keeps keys and buckets apart', async () => {
    await consumeTimes(store, 2, 'login-email', 'a', 2, 60);
    expect(await store.consume('login-email', 'a', 2, 60)).toMatchObject({ allowed: false, remaining: 0 });
    expect(await store.consume('login-email', 'b', 2, 60)).toMatchObject({ allowed: true, remaining: 1 });
    expect(await store.consume('login-address', 'a', 2, 60)).toMatchObject({ allowed: true, remaining: 1 });
  });

  it('restores the whole budget on reset', async () => {
    await consumeTimes(store, 3, 'login-email', 'a', 2, 60);
    await store.reset('login-email', 'a', 2, 60);
    expect(await store.consume('login-email', 'a', 2, 60)).toMatchObject({ allowed: true, remaining: 1 });
  });

  it('rejects with an Error (not a refusal) for arguments it cannot honour', async () => {
    await expect(store.consume('api:key', 'k', 5, 60)).rejects.toThrow(RangeError);
    await expect(store.consume('api-key', 'k', 0, 60)).rejects.toThrow('positive integer');
    await expect(store.consume('api-key', 'k', 5, 0.5)).rejects.toThrow('whole number of seconds');
  });
});

describe('setRateLimitHeaders', () => {
  const headersFor = (decision: RateLimitDecision) => {
    const headers: Array<[string, string | number]> = [];
    setRateLimitHeaders({ setHeader: (name, value) => headers.push([name, value]) }, decision);
    return headers;
  };

  it('sets limit, remaining and reset, without Retry-After, when allowed', () => {
    expect(headersFor({ allowed: true, limit: 60, remaining: 59, resetSeconds: 42 })).toEqual([
      ['x-ratelimit-limit', '60'],
      ['x-ratelimit-remaining', '59'],
      ['x-ratelimit-reset', '42'],
    ]);
  });

  it('adds Retry-After when refused', () => {
    expect(headersFor({ allowed: false, limit: 60, remaining: 0, resetSeconds: 7 })).toEqual([
      ['x-ratelimit-limit', '60'],
      ['x-ratelimit-remaining', '0'],
      ['x-ratelimit-reset', '7'],
      ['Retry-After', '7'],
    ]);
  });
});

describe('Redis-backed store while Redis is unreachable', () => {
  it('counts in this process instead of failing, and closes cleanly', async () => {
    // A port that was free a moment ago: connecting is refused at once.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as { port: number };
    await new Promise((resolve) => probe.close(resolve));

    const errors: Error[] = [];
    const store = createRateLimitStore({ redisUrl: `redis://127.0.0.1:${port}`, onRedisError: (e) => errors.push(e) });
    const decisions = await consumeTimes(store, 3, 'api-key', 'k', 2, 60);
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, false]);
    await store.reset('api-key', 'k', 2, 60);
    expect(await store.consume('api-key', 'k', 2, 60)).toMatchObject({ allowed: true, remaining: 1 });
    expect(errors[0]?.message).toContain('ECONNREFUSED');
    await expect(store.close()).resolves.toBeUndefined();
  });
});

// CI sets TEST_REDIS_URL; a developer machine without Redis skips these.
const redisUrl = process.env.TEST_REDIS_URL || process.env.REDIS_URL;
const describeWithRedis = redisUrl ? describe : describe.skip;

describeWithRedis(redisUrl ? 'Redis-backed store' : 'Redis-backed store — SKIPPED: set TEST_REDIS_URL (or REDIS_URL) to run', () => {
  // Unique per run, so parallel or leftover runs never share counters.
  const keyPrefix = `test:rl:${randomUUID()}`;
  let one: RateLimitStore;
  let two: RateLimitStore;
  let admin: Redis;

  beforeAll(() => {
    // Two stores = two connections = two API processes.
    one = createRateLimitStore({ redisUrl, keyPrefix });
    two = createRateLimitStore({ redisUrl, keyPrefix });
    admin = new Redis(redisUrl!);
  });

  afterAll(async () => {
    await Promise.all([one.close(), two.close()]);
    const keys = await admin.keys(`${keyPrefix}:*`);
    if (keys.length > 0) await admin.del(...keys);
    await admin.quit();
  });

  it('gives two API processes one budget', async () => {
    const first = await consumeTimes(one, 3, 'api-key', 'shared', 5, 60);
    const second = await consumeTimes(two, 2, 'api-key', 'shared', 5, 60);
    expect([...first, ...second].map((d) => d.remaining)).toEqual([4, 3, 2, 1, 0]);
    expect(await one.consume('api-key', 'shared', 5, 60)).toMatchObject({ allowed: false, remaining: 0 });
    const refused = await two.consume('api-key', 'shared', 5, 60);
    expect(refused).toMatchObject({ allowed: false, remaining: 0 });
    expect(refused.resetSeconds).toBeGreaterThan(0);
    expect(refused.resetSeconds).toBeLessThanOrEqual(60);
    // The bucket and window are part of the key, so buckets never collide.
    expect(await admin.get(`${keyPrefix}:api-key:60s:shared`)).toBe('7');
  });

  it('shares resets and keeps buckets apart', async () => {
    await consumeTimes(one, 2, 'login-email', 'x', 2, 60);
    expect(await two.consume('login-address', 'x', 2, 60)).toMatchObject({ allowed: true, remaining: 1 });
    await two.reset('login-email', 'x', 2, 60);
    expect(await one.consume('login-email', 'x', 2, 60)).toMatchObject({ allowed: true, remaining: 1 });
  });

  it('allows again once the window has passed', async () => {
    expect(await one.consume('api-key', 'short', 1, 1)).toMatchObject({ allowed: true, remaining: 0 });
    expect(await two.consume('api-key', 'short', 1, 1)).toMatchObject({ allowed: false, resetSeconds: 1 });
    await sleep(1100);
    expect(await two.consume('api-key', 'short', 1, 1)).toMatchObject({ allowed: true, remaining: 0 });
  });
});
