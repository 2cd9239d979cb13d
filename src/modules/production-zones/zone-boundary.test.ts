import fc from 'fast-check';
import { PROVINCE_BOX, parseBoundary } from './zone-boundary';

const { west, east, south, north } = PROVINCE_BOX;
const lon = fc.double({ min: west, max: east, noNaN: true });
const lat = fc.double({ min: south, max: north, noNaN: true });
const inside = fc.tuple(lon, lat);
/** A closed ring of 4-20 positions (the first repeated at the end). */
const ringOf = (position: fc.Arbitrary<[number, number]>) => fc.array(position, { minLength: 3, maxLength: 19 }).map((ps) => [...ps, ps[0]]);
const reasonOf = (text: string) => {
  try {
    parseBoundary(text, 'input.boundary');
    return 'OK';
  } catch (error) {
    return (error as { extensions: { reason: string } }).extensions.reason;
  }
};

describe('zone boundaries', () => {
  it('accepts every closed Polygon and MultiPolygon inside the province, and keeps its coordinates', () => {
    fc.assert(
      fc.property(fc.array(ringOf(inside), { minLength: 1, maxLength: 3 }), fc.boolean(), (rings, multi) => {
        const geometry = multi ? { type: 'MultiPolygon', coordinates: [rings, rings] } : { type: 'Polygon', coordinates: rings };
        expect(parseBoundary(JSON.stringify({ ...geometry, properties: { x: 1 } }), 'input.boundary')).toEqual(geometry);
      }),
    );
  });

  it('refuses a polygon with any position outside the box', () => {
    const outsideLon = fc.oneof(
      fc.double({ min: -180, max: west, noNaN: true, maxExcluded: true }),
      fc.double({ min: east, max: 180, noNaN: true, minExcluded: true }),
    );
    const outsideLat = fc.oneof(
      fc.double({ min: -90, max: south, noNaN: true, maxExcluded: true }),
      fc.double({ min: north, max: 90, noNaN: true, minExcluded: true }),
    );
    const outside = fc.oneof(fc.tuple(outsideLon, lat), fc.tuple(lon, outsideLat), fc.tuple(outsideLon, outsideLat));
    fc.assert(
      fc.property(ringOf(inside), outside, fc.nat(), (ring, stray, at) => {
        const i = at % (ring.length - 1);
        const bad = ring.map((p, j) => (j === i || (i === 0 && j === ring.length - 1) ? stray : p));
        expect(reasonOf(JSON.stringify({ type: 'Polygon', coordinates: [bad] }))).toBe('OUTSIDE_PROVINCE');
      }),
    );
  });

  it('refuses huge and non-finite numbers, open rings, short rings and other geometries', () => {
    fc.assert(
      fc.property(ringOf(inside), fc.constantFrom('1e400', '-1e400', '1e308', 'NaN', 'Infinity', '"108.5"', 'null', 'true'), (ring, token) => {
        const text = JSON.stringify({ type: 'Polygon', coordinates: [ring] }).replace(/\[\[\[[^,\]]+/, `[[[${token}`);
        expect(['INVALID_GEOJSON', 'OUTSIDE_PROVINCE']).toContain(reasonOf(text));
      }),
    );
    const a = [108.5, 12.7];
    expect(reasonOf(JSON.stringify({ type: 'Polygon', coordinates: [[a, [108.6, 12.7], [108.6, 12.8], [108.5, 12.8]]] }))).toBe('INVALID_GEOJSON');
    expect(reasonOf(JSON.stringify({ type: 'Polygon', coordinates: [[a, [108.6, 12.7], a]] }))).toBe('INVALID_GEOJSON');
    expect(reasonOf(JSON.stringify({ type: 'Point', coordinates: a }))).toBe('NOT_A_POLYGON');
    expect(reasonOf(JSON.stringify({ type: 'Feature', geometry: { type: 'Polygon', coordinates: [] } }))).toBe('NOT_A_POLYGON');
    expect(reasonOf(JSON.stringify({ type: 'Polygon', coordinates: [] }))).toBe('INVALID_GEOJSON');
    expect(reasonOf(JSON.stringify({ type: 'MultiPolygon', coordinates: [] }))).toBe('INVALID_GEOJSON');
    expect(reasonOf('{"type":"Polygon"')).toBe('INVALID_GEOJSON');
    expect(reasonOf('[1,2]')).toBe('INVALID_GEOJSON');
    const many = Array.from({ length: 20_001 }, (_, i) => [108 + i / 1e6, 12.5]);
    expect(reasonOf(JSON.stringify({ type: 'Polygon', coordinates: [[...many, many[0]]] }))).toBe('TOO_LARGE');
  });
});
