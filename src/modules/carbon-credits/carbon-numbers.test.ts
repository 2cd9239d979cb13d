import fc from 'fast-check';
import { decimalText, parseSerial, scaled, serialRange } from './carbon-numbers';

describe('carbon numbers', () => {
  it('split serials at their last block of digits', () => {
    expect(parseSerial('VCS-4471-2029-000100-A', 'f')).toEqual({ prefix: 'VCS-4471-2029-', block: 100n, suffix: '-A' });
    expect(parseSerial('12345', 'f')).toEqual({ prefix: '', block: 12345n, suffix: '' });
    for (const bad of ['', 'ABC', 'x\u0000y1', '1234567890123456789', 'a b 1'])
      expect(() => parseSerial(bad, 'input.serialStart')).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ field: 'input.serialStart' }) }),
      );
  });

  it('take a range only when it holds exactly the quantity', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 1, max: 1_000_000 }), (start, quantity) => {
        const end = start + BigInt(quantity) - 1n;
        expect(serialRange(`VN-${start}`, `VN-${end}`, quantity).last.block).toBe(end);
        expect(() => serialRange(`VN-${start}`, `VN-${end + 1n}`, quantity)).toThrow(/holds/);
      }),
    );
    expect(() => serialRange('A-1', 'B-1', 1)).toThrow(/differ/);
  });

  it('read decimals exactly', () => {
    expect(decimalText('10.5', 'f', 3, 2)).toBe('10.50');
    expect(scaled('-12.345', 3)).toBe(-12345n);
    expect(scaled('7', 3)).toBe(7000n);
    expect(() => decimalText('1e2', 'f', 3, 2)).toThrow();
  });
});
