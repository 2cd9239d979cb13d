import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { LoginThrottleConfig } from '../../config';
import { RateLimitStore, createRateLimitStore } from '../../server/rate-limit/rate-limit-store';
import { addressKey } from '../../server/rate-limit/address-key';
import { backoffSeconds, loginThrottle } from './login-throttle';

const SEED = 20_260_101; // fixed, so a failure replays

describe('backoffSeconds', () => {
  const arbitraryConfig = fc
    .record({ backoffBaseSeconds: fc.integer({ min: 1, max: 3_600 }), backoffMaxSeconds: fc.integer({ min: 1, max: 86_400 }) })
    .filter((c) => c.backoffMaxSeconds >= c.backoffBaseSeconds);

  it('is 0 below the free failures, then base, doubling, never above the maximum and never shrinking', () => {
    fc.assert(
      fc.property(arbitraryConfig, fc.integer({ min: 1, max: 1_000 }), fc.integer({ min: 0, max: 5_000 }), (config, free, failures) => {
        const wait = backoffSeconds(failures, free, config);
        if (failures < free) return wait === 0;
        const next = backoffSeconds(failures + 1, free, config);
        return (
          wait >= config.backoffBaseSeconds &&
          wait <= config.backoffMaxSeconds &&
          next >= wait &&
          (next === config.backoffMaxSeconds || next === 2 * wait) &&
          Number.isInteger(wait)
        );
      }),
      { seed: SEED, numRuns: 2_000 },
    );
  });

  it('gives base, 2·base, 4·base … from the free-th failure on', () => {
    const config = { backoffBaseSeconds: 30, backoffMaxSeconds: 900 };
    expect([4, 5, 6, 7, 8, 9, 10, 11, 50].map((n) => backoffSeconds(n, 5, config))).toEqual([0, 30, 60, 120, 240, 480, 900, 900, 900]);
  });
});

describe('addressKey', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:aa:bb:1:2:3:4', '2001:db8:aa:bb::/64'],
    ['2001:DB8:AA:BB::99', '2001:db8:aa:bb::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
  ])('counts %s as %s', (address, key) => {
    expect(addressKey(address)).toBe(key);
  });

  it('counts every address of one /64 together, and different /64s apart', () => {
    const group = fc.integer({ min: 0, max: 0xffff }).map((n) => n.toString(16));
    fc.assert(
      fc.property(fc.array(group, { minLength: 8, maxLength: 8 }), fc.array(group, { minLength: 4, maxLength: 4 }), (a, tail) => {
        const sameBlock = [...a.slice(0, 4), ...tail];
        return addressKey(a.join(':')) === addressKey(sameBlock.join(':'));
      }),
      { seed: SEED },
    );
    expect(addressKey('2001:db8:0:1::5')).not.toBe(addressKey('2001:db8:0:2::5'));
  });

  it('keeps a missing address as one shared key', () => {
    expect(addressKey(null)).toBe('unknown');
  });
});

const CONFIG: LoginThrottleConfig = {
  pairFailures: 2,
  emailFailuresPerDay: 100,
  addressFailuresPerDay: 3,
  backoffBaseSeconds: 60,
  backoffMaxSeconds: 600,
};

/** The rules on one store, or across two stores sharing Redis (two API processes). */
function describeThrottle(name: string, open: () => [RateLimitStore, RateLimitStore]) {
  describe(name, () => {
    let one: RateLimitStore;
    let two: RateLimitStore;
    beforeEach(() => {
      [one, two] = open();
    });
    afterEach(async () => {
      await Promise.all([one.close(), two === one ? undefined : two.close()]);
    });

    const fail = async (store: RateLimitStore, email: string, address: string) => (await loginThrottle(store, CONFIG).begin(email, address)).failed();
    /** The refusal's extensions, or null when admitted (the attempt is then given back). */
    const refusal = (store: RateLimitStore, email: string, address: string) =>
      loginThrottle(store, CONFIG)
        .begin(email, address)
        .then(
          async (attempt) => (await attempt.abandoned(), null),
          (error: { extensions?: Record<string, unknown> }) => error.extensions,
        );

    it('makes the pair wait after its free failures, everywhere, and nobody else', async () => {
      await fail(one, 'a@example.test', '198.51.100.1');
      expect(await refusal(two, 'a@example.test', '198.51.100.1')).toBeNull();
      await fail(two, 'a@example.test', '198.51.100.1');
      expect(await refusal(one, 'a@example.test', '198.51.100.1')).toEqual({ code: 'RATE_LIMITED', retryAfter: 60 });
      expect(await refusal(two, 'a@example.test', '198.51.100.2')).toBeNull();
      expect(await refusal(two, 'b@example.test', '198.51.100.1')).toBeNull();
    });

    it('takes the address budget before the password is checked and gives it back on success', async () => {
      const address = '198.51.100.3';
      const attempts = await Promise.all([1, 2, 3].map((i) => loginThrottle(i % 2 ? one : two, CONFIG).begin(`p${i}@example.test`, address)));
      expect(await refusal(one, 'p4@example.test', address)).toMatchObject({ code: 'RATE_LIMITED' });
      await attempts[0].succeeded();
      await attempts[1].abandoned();
      expect(await refusal(two, 'p4@example.test', address)).toBeNull();
    });

    it('forgets every address of an email on unlock', async () => {
      for (const address of ['198.51.100.4', '198.51.100.5']) {
        await fail(one, 'c@example.test', address);
        await fail(one, 'c@example.test', address);
      }
      await loginThrottle(two, CONFIG).unlock('c@example.test');
      expect(await refusal(one, 'c@example.test', '198.51.100.4')).toBeNull();
      expect(await refusal(one, 'c@example.test', '198.51.100.5')).toBeNull();
    });
  });
}

describeThrottle('login throttle, in process', () => {
  const store = createRateLimitStore({ keyPrefix: `test:${randomUUID()}` });
  return [store, store];
});

// CI sets TEST_REDIS_URL; a developer machine without Redis skips these.
const redisUrl = process.env.TEST_REDIS_URL || process.env.REDIS_URL;
if (redisUrl) {
  describeThrottle('login throttle, two processes sharing Redis', () => {
    const keyPrefix = `test:login:${randomUUID()}`;
    return [createRateLimitStore({ redisUrl, keyPrefix }), createRateLimitStore({ redisUrl, keyPrefix })];
  });
} else {
  describe.skip('login throttle, two processes sharing Redis — SKIPPED: set TEST_REDIS_URL (or REDIS_URL) to run', () => {
    it('needs Redis', () => undefined);
  });
}
