import { DataSource, EntityManager } from 'typeorm';
import { ConversionStatus } from './crop-conversion.entity';

/** Live conversions of one year to one crop with one status, summed over the communes. */
export interface ConversionTotal {
  year: number;
  /** The crop converted to. */
  toCrop: string;
  toCropPerennial: boolean;
  status: ConversionStatus;
  areaHa: number;
  conversions: number;
}

/**
 * For targets and reports: live (not deleted) conversions per year, crop converted to and status, in
 * one statement; optionally of one commune (or ward) and within a span of years.
 */
export async function conversionTotals(
  db: DataSource | EntityManager,
  filter: { fromYear?: number; toYear?: number; administrativeUnitId?: string } = {},
): Promise<ConversionTotal[]> {
  const rows = await db.query<{ year: number; to_crop: string; perennial: boolean; status: ConversionStatus; area: string; n: number }[]>(
    `SELECT year, to_crop, to_crop_perennial AS perennial, status, sum(area_ha)::text AS area, count(*)::int AS n
       FROM crop_conversion
      WHERE deleted_at IS NULL AND ($1::int IS NULL OR year >= $1) AND ($2::int IS NULL OR year <= $2)
        AND ($3::uuid IS NULL OR administrative_unit_id = $3)
      GROUP BY year, to_crop, to_crop_perennial, status
      ORDER BY year, to_crop, status`,
    [filter.fromYear ?? null, filter.toYear ?? null, filter.administrativeUnitId ?? null],
  );
  return rows.map((r) => ({ year: r.year, toCrop: r.to_crop, toCropPerennial: r.perennial, status: r.status, areaHa: Number(r.area), conversions: r.n }));
}

/** Live crop plans per year and crop, summed over the communes (for the five-year review: planned against converted). */
export async function plannedAreaTotals(
  db: DataSource | EntityManager,
  filter: { fromYear?: number; toYear?: number } = {},
): Promise<{ year: number; crop: string; plannedAreaHa: number; plans: number }[]> {
  const rows = await db.query<{ year: number; crop: string; area: string; n: number }[]>(
    `SELECT year, crop, sum(planned_area_ha)::text AS area, count(*)::int AS n
       FROM crop_plan WHERE deleted_at IS NULL AND ($1::int IS NULL OR year >= $1) AND ($2::int IS NULL OR year <= $2)
      GROUP BY year, crop ORDER BY year, crop`,
    [filter.fromYear ?? null, filter.toYear ?? null],
  );
  return rows.map((r) => ({ year: r.year, crop: r.crop, plannedAreaHa: Number(r.area), plans: r.n }));
}
