import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { RedisConnection, openRedisConnection } from './redis-connection';

export interface RateLimitDecision {
  allowed: boolean;
  /** Points per window. */
  limit: number;
  /** Points left in this window (0 when refused). */
  remaining: number;
  /** Whole seconds until the window resets (at least 1 when refused). */
  resetSeconds: number;
}

export interface RateLimitStore {
  /** Takes one point from `key` in `bucket` (e.g. bucket 'api-key', key = the key's id) with `limit` points per `windowSeconds`. */
  consume(bucket: string, key: string, limit: number, windowSeconds: number): Promise<RateLimitDecision>;
  /** Forgets a key's usage in a bucket (e.g. after a successful login). */
  reset(bucket: string, key: string, limit: number, windowSeconds: number): Promise<void>;
  /**
   * The rate-limiter-flexible limiter behind a bucket (shared with consume/reset for the same
   * arguments), for rules beyond a fixed budget: penalty, reward, block, get (e.g. login back-off).
   */
  limiter(bucket: string, limit: number, windowSeconds: number): Promise<RateLimiterAbstract>;
  close(): Promise<void>;
}

export interface RateLimitStoreOptions {
  /** Counters in Redis, shared by every API process; in this process when absent. */
  redisUrl?: string;
  /** Default `lowemission:rl`. */
  keyPrefix?: string;
  /** Connection errors (Redis down); without it ioredis prints them to stderr. */
  onRedisError?: (error: Error) => void;
}

export const DEFAULT_KEY_PREFIX = 'lowemission:rl';

// Bucket names go into the key, so ':' (the key separator) could make two buckets collide.
const BUCKET_NAME = /^[a-z0-9-]+$/i;

const toDecision = (limit: number, result: RateLimiterRes, allowed: boolean): RateLimitDecision => {
  const resetSeconds = Math.max(0, Math.ceil(result.msBeforeNext / 1000));
  return allowed
    ? { allowed, limit, remaining: result.remainingPoints, resetSeconds }
    : // Never tell a refused client to retry after 0 seconds.
      { allowed, limit, remaining: 0, resetSeconds: Math.max(1, resetSeconds) };
};

function checkArguments(bucket: string, limit: number, windowSeconds: number): void {
  if (!BUCKET_NAME.test(bucket)) throw new RangeError(`rate-limit bucket "${bucket}" must match ${BUCKET_NAME}`);
  // RateLimiterRedis floors the window to whole seconds and never expires a 0-second one.
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`rate limit must be a positive integer, got ${limit}`);
  if (!Number.isInteger(windowSeconds) || windowSeconds < 1) {
    throw new RangeError(`rate-limit window must be a positive whole number of seconds, got ${windowSeconds}`);
  }
}

/** Redis-backed when redisUrl is given (so several API processes share one budget), in-process otherwise. */
export function createRateLimitStore(options: RateLimitStoreOptions): RateLimitStore {
  const prefix = options.keyPrefix ?? DEFAULT_KEY_PREFIX;
  const redis: RedisConnection | undefined = options.redisUrl ? openRedisConnection(options.redisUrl, options.onRedisError) : undefined;
  // rate-limiter-flexible fixes points and duration per instance, hence one limiter per combination.
  const limiters = new Map<string, RateLimiterAbstract>();

  const limiterFor = (bucket: string, limit: number, windowSeconds: number): RateLimiterAbstract => {
    checkArguments(bucket, limit, windowSeconds);
    const id = `${bucket}/${limit}/${windowSeconds}`;
    let limiter = limiters.get(id);
    if (!limiter) {
      // The limit is not part of the Redis key: a key's usage still counts after its limit changes, and
      // processes configured differently (during a rolling deploy) share one counter.
      const settings = { points: limit, duration: windowSeconds, keyPrefix: `${prefix}:${bucket}:${windowSeconds}s` };
      limiter = redis
        ? new RateLimiterRedis({
            ...settings,
            storeClient: redis.client,
            rejectIfRedisNotReady: true,
            // Redis down: count in this process instead of failing every request. Each process then
            // allows the full limit, and the Redis counters resume when it returns.
            insuranceLimiter: new RateLimiterMemory(settings),
          })
        : new RateLimiterMemory(settings);
      limiters.set(id, limiter);
    }
    return limiter;
  };

  return {
    async consume(bucket, key, limit, windowSeconds) {
      const limiter = limiterFor(bucket, limit, windowSeconds);
      await redis?.settled;
      try {
        return toDecision(limit, await limiter.consume(key), true);
      } catch (rejection) {
        // A refusal rejects with a RateLimiterRes, not an Error; anything else is a real failure.
        if (rejection instanceof RateLimiterRes) return toDecision(limit, rejection, false);
        throw rejection;
      }
    },
    async reset(bucket, key, limit, windowSeconds) {
      const limiter = limiterFor(bucket, limit, windowSeconds);
      await redis?.settled;
      await limiter.delete(key);
    },
    async limiter(bucket, limit, windowSeconds) {
      const limiter = limiterFor(bucket, limit, windowSeconds);
      await redis?.settled;
      return limiter;
    },
    async close() {
      await redis?.close();
    },
  };
}

/** Sets x-ratelimit-limit, x-ratelimit-remaining, x-ratelimit-reset (seconds until reset) and, when refused, Retry-After. */
export function setRateLimitHeaders(res: { setHeader(name: string, value: string | number): unknown }, decision: RateLimitDecision): void {
  res.setHeader('x-ratelimit-limit', String(decision.limit));
  res.setHeader('x-ratelimit-remaining', String(decision.remaining));
  res.setHeader('x-ratelimit-reset', String(decision.resetSeconds));
  if (!decision.allowed) res.setHeader('Retry-After', String(decision.resetSeconds));
}
