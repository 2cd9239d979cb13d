import { RequestContext } from '../../../core/context';
import { BadUserInputError, ForbiddenError } from '../../../core/errors/app-errors';
import { yearInPlan } from '../../../core/input/input-checks';
import { unitReadable } from '../../../core/auth/references';
import { OUT_OF_SCOPE } from '../../../core/auth/unit-scope';
import { toGlobalId } from '../../../core/relay/global-id';
import { ActualCropArea, CROPS, actualAreaByCrop } from '../../emissions';
import { FIELD_RECORD_CROPS } from '../../field-records';
import { AdministrativeUnit, AdministrativeUnitKind } from '../../geography';
import { ConversionStatus } from '../conversions/crop-conversion.entity';
import { CropPlanComparison, CropPlanComparisonLine } from './crop-plan-comparison.types';

/** The most record ids a line lists; the records themselves are listed by activityRecords. */
const MAX_RECORD_IDS = 1000;

interface PlannedRow {
  /** The unit's row: its columns, and crop null. */
  unit: Pick<AdministrativeUnit, 'id' | 'code' | 'name' | 'kind' | 'parentId'> | null;
  crop: string | null;
  planned: string;
  plans: number;
  to_planned: string;
  to_done: string;
  from_planned: string;
  from_done: string;
}

/**
 * Statement 1: the unit (by code; the province when none) and, per crop, the live plans and
 * conversions of the year for it and the units below it. The unit comes back in a row of its own
 * (crop null), so an unknown code is told apart from a unit without plans.
 */
const PLANNED_SQL = `
  WITH unit AS (
    SELECT id, code, name, kind, parent_id AS "parentId" FROM administrative_unit
     WHERE CASE WHEN $2::text IS NULL THEN kind = 'PROVINCE' AND parent_id IS NULL ELSE code = $2 END
     ORDER BY code LIMIT 1),
  units AS (SELECT u.id FROM administrative_unit u, unit WHERE u.id = unit.id OR u.parent_id = unit.id),
  figures AS (
    SELECT p.crop, p.planned_area_ha AS planned, 1 AS plans, 0 AS to_planned, 0 AS to_done, 0 AS from_planned, 0 AS from_done
      FROM crop_plan p WHERE p.year = $1 AND p.deleted_at IS NULL AND p.administrative_unit_id IN (SELECT id FROM units)
    UNION ALL
    SELECT c.to_crop, 0, 0, CASE WHEN c.status = $3 THEN c.area_ha ELSE 0 END, CASE WHEN c.status = $4 THEN c.area_ha ELSE 0 END, 0, 0
      FROM crop_conversion c WHERE c.year = $1 AND c.deleted_at IS NULL AND c.administrative_unit_id IN (SELECT id FROM units)
    UNION ALL
    SELECT c.from_crop, 0, 0, 0, 0, CASE WHEN c.status = $3 THEN c.area_ha ELSE 0 END, CASE WHEN c.status = $4 THEN c.area_ha ELSE 0 END
      FROM crop_conversion c WHERE c.year = $1 AND c.deleted_at IS NULL AND c.administrative_unit_id IN (SELECT id FROM units))
  SELECT row_to_json(unit) AS unit, NULL AS crop, '0' AS planned, 0 AS plans, '0' AS to_planned, '0' AS to_done, '0' AS from_planned, '0' AS from_done FROM unit
  UNION ALL
  SELECT NULL, crop, sum(planned)::text, sum(plans)::int, sum(to_planned)::text, sum(to_done)::text, sum(from_planned)::text, sum(from_done)::text
    FROM figures GROUP BY crop`;

/** Hectares as stored to 0.0001 ha: sums and differences of decimals without binary noise. */
const hectares = (value: number) => Math.round(value * 10_000) / 10_000;

const CROP_ORDER = new Map(FIELD_RECORD_CROPS.map((code, i) => [code, i]));

function line(crop: string, planned: PlannedRow | undefined, actual: ActualCropArea | undefined): CropPlanComparisonLine {
  const plannedAreaHa = Number(planned?.planned ?? 0);
  const actualAreaHa = actual?.areaHa ?? 0;
  return Object.assign(new CropPlanComparisonLine(), {
    crop,
    plannedAreaHa,
    planCount: planned?.plans ?? 0,
    actualAreaHa,
    actualRecordCount: actual?.recordCount ?? 0,
    actualRecordIds: (actual?.recordIds ?? []).map((id) => toGlobalId('ActivityRecord', id)),
    actualRecordIdsComplete: (actual?.recordCount ?? 0) <= MAX_RECORD_IDS,
    differenceHa: hectares(actualAreaHa - plannedAreaHa),
    achievedPercent: plannedAreaHa > 0 ? Math.round((actualAreaHa / plannedAreaHa) * 10_000) / 100 : null,
    convertedToPlannedHa: Number(planned?.to_planned ?? 0),
    convertedToDoneHa: Number(planned?.to_done ?? 0),
    convertedFromPlannedHa: Number(planned?.from_planned ?? 0),
    convertedFromDoneHa: Number(planned?.from_done ?? 0),
  });
}

/**
 * The plan of a year against the ACTUAL activity records, per crop, for a commune or ward or (no
 * code) the province: two statements whatever the number of crops and communes. Activity data is
 * farm data: the caller must read the unit's records (the province view: every unit's).
 */
export async function cropPlanComparison(ctx: RequestContext, year: number, administrativeUnitCode: string | null | undefined): Promise<CropPlanComparison> {
  const wanted = yearInPlan(year, 'year');
  const code = administrativeUnitCode?.trim() || null;
  const rows = await ctx.dataSource.query<PlannedRow[]>(PLANNED_SQL, [wanted, code, ConversionStatus.PLANNED, ConversionStatus.DONE]);
  const found = rows.find((row) => row.crop === null)?.unit;
  if (!found) throw new BadUserInputError(`No administrative unit has code ${code}`, 'administrativeUnitCode', 'UNKNOWN_UNIT');
  const unit = Object.assign(new AdministrativeUnit(), found);
  ctx.loaders.unitById.prime(unit.id, unit);
  assertMayCompare(ctx, unit);
  const actuals = await actualAreaByCrop(ctx.dataSource, wanted, unit.id, MAX_RECORD_IDS);
  const planned = new Map(rows.filter((row) => row.crop !== null).map((row) => [row.crop!, row]));
  const actual = new Map(actuals.map((row) => [row.cropCode, row]));
  const crops = [...new Set([...planned.keys(), ...actual.keys()])].sort(
    (a, b) => (CROP_ORDER.get(a) ?? CROPS.length) - (CROP_ORDER.get(b) ?? CROPS.length) || a.localeCompare(b),
  );
  return Object.assign(new CropPlanComparison(), {
    year: wanted,
    administrativeUnit: unit,
    crops: crops.map((crop) => line(crop, planned.get(crop), actual.get(crop))),
  });
}

function assertMayCompare(ctx: RequestContext, unit: AdministrativeUnit): void {
  const readable = unit.kind === AdministrativeUnitKind.PROVINCE ? unitReadable(ctx, null) : unitReadable(ctx, unit.id);
  if (!readable) {
    throw new ForbiddenError(`You may not read the activity records of ${unit.name}`, OUT_OF_SCOPE, { field: 'administrativeUnitCode' });
  }
}
