import { EntityManager } from 'typeorm';
import { resolveReference, resolveReferences } from '../../core/auth/references';
import { RequestContext } from '../../core/context';
import { BadUserInputError } from '../../core/errors/app-errors';
import { optionalText, pastPlanDate } from '../../core/input/input-checks';
import { ACTIVITY_RECORDS, ActivityRecord, Scenario } from '../emissions';
import { liveOrganisation } from '../organisations';
import { PRODUCTION_ZONES } from '../production-zones';
import { MAX_LOT_KG } from './product-lot.inputs';

/** Kilograms to the gram: what the numeric(13,3) columns hold. */
export const grams = (kg: number) => Math.round(kg * 1000) / 1000;

export function lotQuantity(value: number, field: string): number {
  if (!Number.isFinite(value) || value <= 0) throw new BadUserInputError(`${field} must be more than 0 kg`, field, 'NOT_POSITIVE');
  if (value > MAX_LOT_KG) throw new BadUserInputError(`${field} must be at most ${MAX_LOT_KG} kg`, field, 'OUT_OF_RANGE');
  const kg = grams(value);
  if (kg <= 0) throw new BadUserInputError(`${field} must be at least 1 g`, field, 'NOT_POSITIVE');
  return kg;
}

/** The harvest period: real days of the plan period that have begun, in order, at most a year long. */
export function harvestPeriod(from: string, to: string, prefix = 'input'): { harvestFrom: string; harvestTo: string; harvestYear: number } {
  const harvestFrom = pastPlanDate(from, `${prefix}.harvestFrom`);
  const harvestTo = pastPlanDate(to, `${prefix}.harvestTo`);
  if (harvestTo < harvestFrom) throw new BadUserInputError('The harvest cannot end before it began', `${prefix}.harvestTo`, 'END_BEFORE_START');
  if (Date.parse(harvestTo) - Date.parse(harvestFrom) > 366 * 86_400_000) {
    throw new BadUserInputError('A harvest period is at most a year long', `${prefix}.harvestTo`, 'PERIOD_TOO_LONG');
  }
  return { harvestFrom, harvestTo, harvestYear: Number(harvestFrom.slice(0, 4)) };
}

export const externalIdOf = (value: string | null | undefined, field: string) => optionalText(value, field, 100);

/** The producing organisation: any live one of the register (a cooperative often buys from the next commune). */
export const organisationOf = (ctx: RequestContext, manager: EntityManager, globalId: string, field: string) => liveOrganisation(ctx, manager, globalId, field);

/** The production zone, which must span the lot's commune and grow its crop. */
export async function zoneOf(
  ctx: RequestContext,
  manager: EntityManager,
  globalId: string,
  lot: { administrativeUnitId: string; crop: string },
  field: string,
) {
  const zone = await resolveReference(ctx, manager, PRODUCTION_ZONES, globalId, field, { scope: 'ANY_VISIBLE' });
  if (!zone.administrativeUnitIds.includes(lot.administrativeUnitId)) {
    throw new BadUserInputError("The zone does not span the lot's commune", field, 'OTHER_UNIT');
  }
  if (zone.crop !== lot.crop) throw new BadUserInputError(`The zone grows ${zone.crop}, not ${lot.crop}`, field, 'WRONG_CROP');
  return zone;
}

/**
 * The ACTUAL activity records a lot came from: of a unit the caller writes for (another commune's
 * are refused as unknown), not withdrawn, and of the lot's commune, crop and harvest year.
 */
export async function linkedRecords(
  ctx: RequestContext,
  manager: EntityManager,
  ids: readonly string[],
  lot: { administrativeUnitId: string; crop: string; harvestYear: number },
  field: string,
): Promise<ActivityRecord[]> {
  if (ids.length === 0) throw new BadUserInputError('A lot links at least one ACTUAL activity record', field, 'REQUIRED');
  const records = await resolveReferences(ctx, manager, ACTIVITY_RECORDS, ids, field, { scope: 'WRITABLE_UNIT' });
  records.forEach((record, i) => {
    const at = `${field}[${i}]`;
    if (record.scenario !== Scenario.ACTUAL) throw new BadUserInputError(`Activity record ${ids[i]} is not an ACTUAL record`, at, 'WRONG_SCENARIO');
    if (record.administrativeUnitId !== lot.administrativeUnitId) {
      throw new BadUserInputError(`Activity record ${ids[i]} is of another commune than the lot`, at, 'OTHER_UNIT');
    }
    if (record.cropCode !== lot.crop) throw new BadUserInputError(`Activity record ${ids[i]} is of ${record.cropCode}, not ${lot.crop}`, at, 'WRONG_CROP');
    if (record.year !== lot.harvestYear)
      throw new BadUserInputError(`Activity record ${ids[i]} is of ${record.year}, not ${lot.harvestYear}`, at, 'WRONG_YEAR');
  });
  const unique = new Map(records.map((r) => [r.id, r]));
  return [...unique.values()];
}
