import { RateLimiterRes } from 'rate-limiter-flexible';
import { LoginThrottleConfig } from '../../config';
import { RateLimitedError } from '../../core/errors/app-errors';
import { addressKey } from '../../server/rate-limit/address-key';
import { RateLimitStore } from '../../server/rate-limit/rate-limit-store';
import { sha256 } from './api-key-secrets';

const DAY = 86_400;
// Counters are read for their count, never refused through `points`.
const COUNTER = 1_000_000;
// Outlives every pair counter and wait keyed with an epoch (a day at most), so an expired epoch
// revives nothing; and stays under the 24.8 days a Node timer can hold (the in-process store's expiry).
const EPOCH_WINDOW = 7 * DAY;

/**
 * Seconds to wait after the `failures`-th failure when `free` are allowed without waiting: none
 * before, then base, 2·base, 4·base … up to max.
 */
export function backoffSeconds(failures: number, free: number, config: Pick<LoginThrottleConfig, 'backoffBaseSeconds' | 'backoffMaxSeconds'>): number {
  if (failures < free) return 0;
  const doublings = Math.min(failures - free, 30); // 2^30 × base is past any maximum
  return Math.min(config.backoffMaxSeconds, config.backoffBaseSeconds * 2 ** doublings);
}

/** One login attempt admitted by the throttle; tell it how it ended. */
export interface LoginAttempt {
  /** Wrong password, unknown email or deactivated account: all count alike. */
  failed(): Promise<void>;
  /** Not counted; clears this email's failures from this address and gives back the address's point. */
  succeeded(): Promise<void>;
  /** The password could not be checked (e.g. database down): gives back the address's point. */
  abandoned(): Promise<void>;
}

const secondsLeft = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));

/**
 * OWASP's and rate-limiter-flexible's login protection, without a lock anyone else can trigger:
 * - per email and address pair: `pairFailures` wrong passwords in a row, then waits that double;
 *   a success clears the pair;
 * - per email, from every address: past `emailFailuresPerDay`, each address waits after its first
 *   failure. This only slows: an address that has not failed (the owner's) is never refused;
 * - per address, over every email: `addressFailuresPerDay` failures, taken before the password is
 *   checked (so parallel guesses cannot overrun it) and given back on success.
 * Keys are the email's hash whether or not the account exists, so refusals reveal nothing.
 */
export function loginThrottle(store: RateLimitStore, config: LoginThrottleConfig) {
  const limiters = () =>
    Promise.all([
      store.limiter('login-epoch', COUNTER, EPOCH_WINDOW),
      store.limiter('login-pair-failures', COUNTER, DAY),
      store.limiter('login-pair-wait', 1, DAY),
      store.limiter('login-email-failures', COUNTER, DAY),
      store.limiter('login-address-failures', config.addressFailuresPerDay, DAY),
    ]);

  return {
    /** Admits an attempt or throws RATE_LIMITED with the seconds to wait. */
    async begin(email: string, clientAddress: string | null): Promise<LoginAttempt> {
      const [epochs, pairFailures, pairWait, emailFailures, addressFailures] = await limiters();
      const emailKey = sha256(email);
      const address = addressKey(clientAddress);
      const pair = `${emailKey}:${(await epochs.get(emailKey))?.consumedPoints ?? 0}:${address}`;
      const waiting = await pairWait.get(pair);
      if (waiting && waiting.consumedPoints > 1 && waiting.msBeforeNext > 0) throw new RateLimitedError(secondsLeft(waiting));
      try {
        await addressFailures.consume(address);
      } catch (refusal) {
        if (refusal instanceof RateLimiterRes) throw new RateLimitedError(secondsLeft(refusal));
        throw refusal;
      }
      return {
        async failed() {
          const [inPair, forEmail] = await Promise.all([pairFailures.penalty(pair), emailFailures.penalty(emailKey)]);
          const wait = Math.max(
            backoffSeconds(inPair.consumedPoints, config.pairFailures, config),
            backoffSeconds(forEmail.consumedPoints, config.emailFailuresPerDay, config),
          );
          if (wait > 0) await pairWait.block(pair, wait);
        },
        async succeeded() {
          await Promise.all([addressFailures.reward(address), pairFailures.delete(pair), pairWait.delete(pair)]);
        },
        async abandoned() {
          await addressFailures.reward(address);
        },
      };
    },

    /** Clears an email's failures and waits from every address (and one address's daily count, if given). */
    async unlock(email: string, clientAddress?: string | null): Promise<void> {
      const [epochs, , , emailFailures, addressFailures] = await limiters();
      const emailKey = sha256(email);
      // Pair keys carry the epoch: a new one leaves every address's old count and wait behind.
      await Promise.all([
        epochs.penalty(emailKey),
        emailFailures.delete(emailKey),
        clientAddress ? addressFailures.delete(addressKey(clientAddress)) : undefined,
      ]);
    },
  };
}
