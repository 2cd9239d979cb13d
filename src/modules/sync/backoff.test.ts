import { backoffDelayMs } from './backoff';

const policy = { baseMs: 1000, maxMs: 60_000 };

describe('backoffDelayMs', () => {
  it('doubles per attempt, between half and all of the step', () => {
    expect([1, 2, 3, 4].map((n) => backoffDelayMs(n, policy, null, () => 0))).toEqual([500, 1000, 2000, 4000]);
    expect([1, 2, 3, 4].map((n) => backoffDelayMs(n, policy, null, () => 1))).toEqual([1000, 2000, 4000, 8000]);
  });

  it('never exceeds the maximum, however many attempts', () => {
    expect(backoffDelayMs(10, policy, null, () => 1)).toBe(60_000);
    expect(backoffDelayMs(10_000, policy, null, () => 1)).toBe(60_000);
  });

  it("waits at least the receiver's Retry-After, capped at the maximum", () => {
    expect(backoffDelayMs(1, policy, 30_000, () => 0)).toBe(30_000);
    expect(backoffDelayMs(1, policy, 10 * 60_000, () => 0)).toBe(60_000);
    expect(backoffDelayMs(3, policy, 10, () => 1)).toBe(4000);
  });
});
