import { DataSource, EntityManager } from 'typeorm';
import { InfrastructureKind } from './infrastructure-work.enums';

/** Completed, live works of one year and kind, summed over the communes. */
export interface CompletedWorksTotal {
  year: number;
  kind: InfrastructureKind;
  works: number;
  areaServedHa: number;
  /** Of those, the works that enable alternate wetting and drying, and the area they serve. */
  alternateWettingDryingWorks: number;
  alternateWettingDryingAreaHa: number;
  investmentVnd: number;
}

/**
 * For targets and reports (III.1): live works COMPLETED per year (of completion) and kind, in one
 * statement; optionally within a span of years and of one commune (or ward).
 */
export async function completedWorksByYear(
  db: DataSource | EntityManager,
  filter: { fromYear?: number; toYear?: number; administrativeUnitId?: string } = {},
): Promise<CompletedWorksTotal[]> {
  const rows = await db.query<{ year: number; kind: InfrastructureKind; n: number; area: string; awd_n: number; awd_area: string; vnd: string }[]>(
    `SELECT EXTRACT(YEAR FROM completed_on)::int AS year, kind, count(*)::int AS n, sum(area_served_ha)::text AS area,
            (count(*) FILTER (WHERE enables_alternate_wetting_drying))::int AS awd_n,
            coalesce(sum(area_served_ha) FILTER (WHERE enables_alternate_wetting_drying), 0)::text AS awd_area, sum(investment_vnd)::text AS vnd
       FROM infrastructure_work
      WHERE deleted_at IS NULL AND status = 'COMPLETED'
        AND ($1::int IS NULL OR completed_on >= make_date($1, 1, 1)) AND ($2::int IS NULL OR completed_on <= make_date($2, 12, 31))
        AND ($3::uuid IS NULL OR administrative_unit_id = $3)
      GROUP BY 1, kind ORDER BY 1, kind`,
    [filter.fromYear ?? null, filter.toYear ?? null, filter.administrativeUnitId ?? null],
  );
  return rows.map((r) => ({
    year: r.year,
    kind: r.kind,
    works: r.n,
    areaServedHa: Number(r.area),
    alternateWettingDryingWorks: r.awd_n,
    alternateWettingDryingAreaHa: Number(r.awd_area),
    investmentVnd: Number(r.vnd),
  }));
}
