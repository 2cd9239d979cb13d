import { BadUserInputError } from '../../core/errors/app-errors';
import box from './data/province-bounding-box.json';

/** The province's bounding box (degrees, WGS 84); see data/province-bounding-box.json for its source. */
export const PROVINCE_BOX: Readonly<{ west: number; east: number; south: number; north: number }> = box;

/** Enough for a surveyed boundary of a zone; more is a mistake or an attack. */
export const MAX_POSITIONS = 20_000;
export const MAX_BOUNDARY_LENGTH = 500_000;

export type Position = [number, number] | [number, number, number];
export interface ZoneBoundary {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: Position[][] | Position[][][];
}

const fail = (field: string, reason: string, message: string): never => {
  throw new BadUserInputError(message, field, reason);
};

function position(value: unknown, field: string, where: string): Position {
  if (!Array.isArray(value) || value.length < 2 || value.length > 3) fail(field, 'INVALID_GEOJSON', `${where} must be [longitude, latitude]`);
  const numbers = value as unknown[];
  if (!numbers.every((n) => typeof n === 'number' && Number.isFinite(n))) fail(field, 'INVALID_GEOJSON', `${where} must hold finite numbers`);
  const [lon, lat] = numbers as number[];
  if (lon < PROVINCE_BOX.west || lon > PROVINCE_BOX.east || lat < PROVINCE_BOX.south || lat > PROVINCE_BOX.north) {
    fail(field, 'OUTSIDE_PROVINCE', `${where} (${lon}, ${lat}) lies outside the province's bounding box`);
  }
  return numbers as Position;
}

function ring(value: unknown, field: string, where: string, count: { positions: number }): Position[] {
  if (!Array.isArray(value) || value.length < 4) fail(field, 'INVALID_GEOJSON', `${where} must be a ring of at least 4 positions`);
  count.positions += (value as unknown[]).length;
  if (count.positions > MAX_POSITIONS) fail(field, 'TOO_LARGE', `A boundary may have at most ${MAX_POSITIONS} positions`);
  const positions = (value as unknown[]).map((p, i) => position(p, field, `${where}[${i}]`));
  const [first, last] = [positions[0], positions[positions.length - 1]];
  if (first.length !== last.length || first.some((n, i) => n !== last[i]))
    fail(field, 'INVALID_GEOJSON', `${where} is not closed: its last position must repeat its first`);
  return positions;
}

function polygon(value: unknown, field: string, where: string, count: { positions: number }): Position[][] {
  if (!Array.isArray(value) || value.length === 0) fail(field, 'INVALID_GEOJSON', `${where} must be a list of rings (the outer ring first)`);
  return (value as unknown[]).map((r, i) => ring(r, field, `${where}[${i}]`, count));
}

/**
 * A zone boundary from GeoJSON text: a Polygon or MultiPolygon geometry (RFC 7946), every ring closed
 * with at least 4 positions of finite [longitude, latitude], all inside the province's bounding box.
 * Returns the geometry as it will be stored (only `type` and `coordinates`).
 */
export function parseBoundary(text: string, field: string): ZoneBoundary {
  if (text.length > MAX_BOUNDARY_LENGTH) fail(field, 'TOO_LARGE', `A boundary may be at most ${MAX_BOUNDARY_LENGTH} characters`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail(field, 'INVALID_GEOJSON', `${field} is not JSON`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(field, 'INVALID_GEOJSON', `${field} must be a GeoJSON geometry object`);
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  const count = { positions: 0 };
  if (type === 'Polygon') return { type, coordinates: polygon(coordinates, field, 'coordinates', count) };
  if (type === 'MultiPolygon') {
    if (!Array.isArray(coordinates) || coordinates.length === 0) fail(field, 'INVALID_GEOJSON', 'coordinates must be a list of polygons');
    return { type, coordinates: (coordinates as unknown[]).map((p, i) => polygon(p, field, `coordinates[${i}]`, count)) };
  }
  return fail(field, 'NOT_A_POLYGON', `${field} must be a GeoJSON Polygon or MultiPolygon`);
}
