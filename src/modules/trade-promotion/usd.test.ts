import fc from 'fast-check';
import { centsToUsd, usdToCents } from './usd';

describe('USD amounts', () => {
  it('round-trip exactly through whole cents', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), (cents) => {
        expect(usdToCents(centsToUsd(cents), 'v')).toBe(cents.toString());
      }),
    );
    expect(usdToCents('0.1', 'v')).toBe('10');
    expect(usdToCents('125000.5', 'v')).toBe('12500050');
  });

  it('refuse what is not a plain decimal of at most 2 places', () => {
    for (const bad of ['', '1e3', '-1', '1.005', '1,5', 'NaN', '10000000000000.01', '123456789012345', '1.0\u0000', ' . ']) {
      expect(() => usdToCents(bad, 'input.valueUsd')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ field: 'input.valueUsd' }) }));
    }
  });
});
