import fc from 'fast-check';
import { LOT_CODE_PATTERN, checkCharacter, generateLotCode, normaliseLotCode } from './lot-code';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const unitCode = fc.stringMatching(/^\d{5}$/);
const year = fc.integer({ min: 2026, max: 2035 });

describe('lot codes', () => {
  it('are well formed, carry unit and year, and pass their own check', () => {
    fc.assert(
      fc.property(unitCode, year, (unit, y) => {
        const code = generateLotCode(unit, y);
        expect(code).toMatch(LOT_CODE_PATTERN);
        expect(code.startsWith(`DL-${unit}-${y}-`)).toBe(true);
        expect(normaliseLotCode(` ${code.toLowerCase()} `)).toBe(code);
      }),
    );
  });

  it('catch any single mistyped character', () => {
    fc.assert(
      fc.property(unitCode, year, fc.nat(), fc.nat(), (unit, y, at, by) => {
        const code = generateLotCode(unit, y);
        const positions = [...code].map((c, i) => (ALPHABET.includes(c) ? i : -1)).filter((i) => i >= 0);
        const i = positions[at % positions.length];
        const original = code[i];
        const candidates = /\d/.test(original) && i < 14 ? '0123456789' : ALPHABET;
        const replacement = candidates[(candidates.indexOf(original) + 1 + (by % (candidates.length - 1))) % candidates.length];
        const typo = code.slice(0, i) + replacement + code.slice(i + 1);
        expect(normaliseLotCode(typo)).toBeNull();
      }),
    );
  });

  it('refuse anything else', () => {
    for (const value of ['', 'DL-', 'DL-24175-2026-ILOU0000-0', 'x'.repeat(1000), 'DL-24175-2026-00000000']) expect(normaliseLotCode(value)).toBeNull();
    expect(() => checkCharacter('I')).toThrow();
  });
});
