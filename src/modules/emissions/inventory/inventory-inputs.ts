import { EntityManager, IsNull } from 'typeorm';
import { canonicalHash } from '../../../core/canonical-json';
import { BadUserInputError } from '../../../core/errors/app-errors';
import { ActivityData, CalculationResult, ClimateZone, EngineInputError, GwpSetCode, ResolvedFactorSet, calculateEmissions } from '../engine';
import { ActivityRecord, Scenario } from '../activity/activity-record.entity';
import { resolveFactorSetCode } from '../factor-sets/factor-set.service';

export interface InventorySettings {
  administrativeUnitId: string;
  year: number;
  factorSet: string;
  gwpSet: GwpSetCode;
  climateZone: ClimateZone;
  region: string;
}

export interface InventoryInputs {
  settings: InventorySettings;
  factorSet: ResolvedFactorSet;
  records: ActivityRecord[];
  inputHash: string;
}

/** The ACTUAL records of the unit and year in a fixed order, the resolved factors, and their hash. */
export async function gatherInventoryInputs(manager: EntityManager, source: InventorySettings): Promise<InventoryInputs> {
  // Only these fields enter the hash, whatever else the source object carries (e.g. a stored inventory).
  const { administrativeUnitId, year, factorSet: factorSetCode, gwpSet, climateZone, region } = source;
  const settings: InventorySettings = { administrativeUnitId, year, factorSet: factorSetCode, gwpSet, climateZone, region };
  const factorSet = await resolveFactorSetCode(manager, settings.factorSet, 'input.factorSet');
  const records = await manager.getRepository(ActivityRecord).find({
    where: { administrativeUnitId: settings.administrativeUnitId, year: settings.year, scenario: Scenario.ACTUAL, deletedAt: IsNull() },
    order: { externalId: 'ASC' },
  });
  const inputHash = canonicalHash({
    settings,
    factors: factorSet.factors,
    records: records.map((r) => ({ id: r.id, version: r.version, season: r.season, activity: r.activity })),
  });
  return { settings, factorSet, records, inputHash };
}

/** Runs the engine; a record the engine refuses is named by its externalId. */
export function runEngine(inputs: InventoryInputs): CalculationResult {
  try {
    return calculateEmissions({
      factorSet: inputs.factorSet,
      gwpSet: inputs.settings.gwpSet,
      climateZone: inputs.settings.climateZone,
      region: inputs.settings.region,
      year: inputs.settings.year,
      activities: inputs.records.map((r) => r.activity as ActivityData),
    });
  } catch (error) {
    if (!(error instanceof EngineInputError)) throw error;
    const issues = error.issues.map((issue) => {
      const match = /^activities\[(\d+)\]\.?(.*)$/.exec(issue.path);
      const record = match ? inputs.records[Number(match[1])] : undefined;
      return { ...issue, path: record ? `records[${record.externalId}].activity.${match![2]}` : `input.${issue.path}` };
    });
    throw new BadUserInputError(`An activity record cannot be calculated with ${inputs.factorSet.code}: ${issues[0].message}`, 'input.factorSet', 'RECORD_NOT_CALCULABLE', {
      issues,
    });
  }
}
