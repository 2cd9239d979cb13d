/**
 * Exponential backoff with "equal jitter": the n-th retry waits between half and all of
 * min(max, base·2^(n-1)), so workers retrying after one outage do not hit the receiver together.
 * A receiver's Retry-After is honoured up to `maxMs`.
 */
export function backoffDelayMs(
  attempt: number,
  policy: { baseMs: number; maxMs: number },
  retryAfterMs: number | null = null,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(Math.max(attempt - 1, 0), 30));
  const delay = Math.round(ceiling / 2 + (random() * ceiling) / 2);
  return retryAfterMs === null ? delay : Math.max(delay, Math.min(retryAfterMs, policy.maxMs));
}
