import fc from 'fast-check';
import { toGlobalId as relayToGlobalId } from 'graphql-relay';
import { toGlobalId, tryDecodeGlobalId } from './global-id';

describe('toGlobalId', () => {
  it('writes what graphql-relay writes, and decodes back, for any type name and id', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), fc.oneof(fc.uuid(), fc.string({ unit: 'binary' })), (type, id) => {
        expect(toGlobalId(type, id)).toBe(relayToGlobalId(type, id));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z][A-Za-z]{0,30}$/), fc.uuid(), (type, id) => {
        expect(tryDecodeGlobalId(toGlobalId(type, id))).toEqual({ type, id });
      }),
    );
  });
});
