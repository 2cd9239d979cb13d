import { EntityManager } from 'typeorm';
import { toGlobalId } from '../../../core/relay/global-id';
import { CROP_PLANNING_READERS } from '../crop-planning-access';
import type { ConversionReportRow, PlannedConvertedRow } from '../../progress/ports';

type Period = { fromYear: number; toYear: number };

/** Live conversions of the years, with their commune or ward, in one statement. */
async function conversionRows(manager: EntityManager, period: Period): Promise<ConversionReportRow[]> {
  const rows = await manager.query<(Omit<ConversionReportRow, 'areaHa'> & { areaHa: string })[]>(
    `SELECT c.id, c.year, u.code AS "unitCode", u.name AS "unitName", c.from_crop AS "fromCrop", c.to_crop AS "toCrop",
            c.to_crop_perennial AS "toCropPerennial", c.status::text AS status, c.area_ha::text AS "areaHa", c.note
       FROM crop_conversion c JOIN administrative_unit u ON u.id = c.administrative_unit_id
      WHERE c.deleted_at IS NULL AND c.year BETWEEN $1 AND $2
      ORDER BY c.year, u.code, c.to_crop, c.from_crop, c.id`,
    [period.fromYear, period.toYear],
  );
  return rows.map((r) => ({ ...r, id: toGlobalId('CropConversion', r.id), areaHa: Number(r.areaHa) }));
}

async function plannedConvertedRows(manager: EntityManager, period: Period): Promise<PlannedConvertedRow[]> {
  const rows = await manager.query<{ crop: string; planned: string; plans: number; done: string; pending: string; conversions: number }[]>(
    `SELECT crop, sum(planned)::text AS planned, sum(plans)::int AS plans, sum(done)::text AS done, sum(pending)::text AS pending,
            sum(conversions)::int AS conversions
       FROM (SELECT crop, planned_area_ha AS planned, 1 AS plans, 0 AS done, 0 AS pending, 0 AS conversions
               FROM crop_plan WHERE deleted_at IS NULL AND year BETWEEN $1 AND $2
             UNION ALL
             SELECT to_crop, 0, 0, CASE WHEN status = 'DONE' THEN area_ha ELSE 0 END, CASE WHEN status = 'PLANNED' THEN area_ha ELSE 0 END, 1
               FROM crop_conversion WHERE deleted_at IS NULL AND year BETWEEN $1 AND $2) figures
      GROUP BY crop ORDER BY crop`,
    [period.fromYear, period.toYear],
  );
  return rows.map((r) => ({
    crop: r.crop,
    plannedAreaHa: Number(r.planned),
    plans: r.plans,
    convertedDoneHa: Number(r.done),
    convertedPlannedHa: Number(r.pending),
    conversions: r.conversions,
  }));
}

/** The conversions' sheet of the plan reports, and the phase review's plan-against-conversion sheet (wired by src/app). */
export const conversionReportSheet = { readers: CROP_PLANNING_READERS, rows: conversionRows };
export const plannedConvertedReportSheet = { readers: CROP_PLANNING_READERS, rows: plannedConvertedRows };
