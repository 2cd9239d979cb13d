import fc from 'fast-check';
import { KeyKind, decodeCursor, encodeCursor } from './cursor';

const SEED = Number(process.env.FUZZ_SEED ?? 20_260_301);

const validKeys: Record<KeyKind, fc.Arbitrary<unknown>> = {
  uuid: fc.uuid(),
  int: fc.integer(),
  bigint: fc.maxSafeNat(),
  text: fc.string({ unit: 'grapheme', maxLength: 200 }).filter((s) => !s.includes('\u0000')),
  date: fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  timestamp: fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
};
const KINDS = Object.keys(validKeys) as KeyKind[];

const refusal = (text: string, kinds: KeyKind[]) => {
  try {
    decodeCursor(text, 'c1', kinds);
    return null;
  } catch (error) {
    return (error as { extensions: Record<string, unknown> }).extensions;
  }
};

describe('cursor keys', () => {
  it('round-trip every key this API can issue', () => {
    for (const kind of KINDS) {
      fc.assert(
        fc.property(validKeys[kind], (key) => expect(decodeCursor(encodeCursor('c1', [key]), 'c1', [kind])).toEqual([key])),
        { seed: SEED },
      );
    }
  });

  it('refuse keys that could not come from the column, as INVALID_CURSOR on after', () => {
    const forged: [KeyKind, unknown][] = [
      ['uuid', 'not-a-uuid'],
      ['int', 2 ** 53],
      ['int', 2 ** 31],
      ['int', 0.5],
      ['bigint', 1e308],
      ['text', 'a\u0000'],
      ['text', '\ud800'],
      ['text', 'x'.repeat(1001)],
      ['text', 7],
      ['date', '2026-02-30'],
      ['date', '0000-01-01'],
      ['date', '2026-1-1'],
      ['timestamp', '1'],
      ['timestamp', '2026-02-30T00:00:00.000Z'],
      ['timestamp', '+275760-09-13T00:00:00.000Z'],
      ['timestamp', '2026-01-01T00:00:00Z'],
    ];
    for (const [kind, key] of forged) {
      expect([kind, key, refusal(encodeCursor('c1', [key]), [kind])]).toEqual([
        kind,
        key,
        { code: 'BAD_USER_INPUT', field: 'after', reason: 'INVALID_CURSOR' },
      ]);
    }
  });

  it('refuse garbage, another format and a wrong number of keys', () => {
    fc.assert(
      fc.property(fc.string(), (text) => expect(refusal(text, ['int'])).toMatchObject({ reason: 'INVALID_CURSOR' })),
      { seed: SEED },
    );
    expect(refusal(encodeCursor('r1', [1]), ['int'])).toMatchObject({ reason: 'INVALID_CURSOR' });
    expect(refusal(encodeCursor('c1', [1, 2]), ['int'])).toMatchObject({ reason: 'INVALID_CURSOR' });
  });
});
