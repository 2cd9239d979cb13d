import { canonicalHash, canonicalJson } from './canonical-json';

describe('canonical JSON', () => {
  it('ignores key order and absent members, keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null }, e: undefined })).toBe('{"a":{"d":[2,1]},"b":1}');
    expect(canonicalHash({ x: 1, y: 2 })).toBe(canonicalHash({ y: 2, x: 1, z: null }));
    expect(canonicalHash([1, 2])).not.toBe(canonicalHash([2, 1]));
  });
});
