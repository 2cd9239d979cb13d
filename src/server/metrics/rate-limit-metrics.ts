import { Counter } from 'prom-client';
import { AppRuntime } from '../../core/context';
import { RateLimitStore } from '../rate-limit/rate-limit-store';

/** The store, counting each refused `consume` under its bucket (api-key, user, anonymous). */
function countingStore(store: RateLimitStore, refusals: Counter<'limit'>): RateLimitStore {
  return {
    ...store,
    async consume(bucket, key, limit, windowSeconds) {
      const decision = await store.consume(bucket, key, limit, windowSeconds);
      if (!decision.allowed) refusals.inc({ limit: bucket });
      return decision;
    },
  };
}

/**
 * The runtime with its rate-limit store counting refusals. A proxy rather than a copy: a test that
 * swaps a part of the runtime it holds (e.g. `runtime.sync`) swaps it for the app too.
 */
export function countRefusals(runtime: AppRuntime, refusals: Counter<'limit'>): AppRuntime {
  let wrapped: { of: RateLimitStore; store: RateLimitStore } | undefined;
  return new Proxy(runtime, {
    get(target, property, receiver) {
      if (property !== 'rateLimits') return Reflect.get(target, property, receiver);
      if (wrapped?.of !== target.rateLimits) wrapped = { of: target.rateLimits, store: countingStore(target.rateLimits, refusals) };
      return wrapped.store;
    },
  });
}
