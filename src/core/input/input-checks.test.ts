import { normalisePhone, planDate, planInstant } from './input-checks';
import { requestHash } from '../idempotency/idempotency';

describe('field input checks', () => {
  it('accept real days inside the plan period only', () => {
    expect(planDate(' 2026-01-01 ', 'd')).toBe('2026-01-01');
    expect(planDate('2035-12-31', 'd')).toBe('2035-12-31');
    expect(() => planDate('2025-12-31', 'd')).toThrow(/plan period/);
    expect(() => planDate('2028-02-30', 'd')).toThrow(/YYYY-MM-DD/);
    expect(planDate('2028-02-29', 'd')).toBe('2028-02-29');
  });

  it('refuse instants in the future', () => {
    expect(() => planInstant(new Date(Date.now() + 3_600_000), 't')).toThrow();
  });

  it('write phone numbers in international form', () => {
    expect(normalisePhone('0912 345.678')).toBe('+84912345678');
    expect(normalisePhone('84912345678')).toBe('+84912345678');
    expect(normalisePhone('+66 81 234 5678')).toBe('+66812345678');
    expect(normalisePhone('12345')).toBeNull();
  });
});

describe('requestHash', () => {
  it('ignores key order and absent members, and tells operations apart', () => {
    expect(requestHash('op', { a: 1, b: { c: [1, 2], d: null } })).toBe(requestHash('op', { b: { c: [1, 2] }, a: 1 }));
    expect(requestHash('op', { a: 1 })).not.toBe(requestHash('other', { a: 1 }));
    expect(requestHash('op', { a: [1, 2] })).not.toBe(requestHash('op', { a: [2, 1] }));
  });
});
