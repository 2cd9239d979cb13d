import fc from 'fast-check';
import { BoundedLabel, OTHER } from './bounded-label';

describe('BoundedLabel', () => {
  it('keeps the first `max` well-shaped values, then answers other', () => {
    const label = new BoundedLabel(2, /^[A-Za-z]{1,8}$/);
    expect(label.of('PlanTasks')).toBe(OTHER); // too long
    expect(label.of('Plan')).toBe('Plan');
    expect(label.of('Tasks')).toBe('Tasks');
    expect(label.of('Units')).toBe(OTHER);
    expect(label.of('Plan')).toBe('Plan');
  });

  it('never yields more than max + 1 distinct values, whatever it is fed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.array(fc.string(), { maxLength: 200 }), (max, values) => {
        const label = new BoundedLabel(max, /^.*$/s);
        const out = new Set(values.map((v) => label.of(v)));
        expect(out.size).toBeLessThanOrEqual(max + 1);
        for (const v of out) expect(v === OTHER || values.includes(v)).toBe(true);
      }),
      { seed: 20261201, numRuns: 300 },
    );
  });
});
