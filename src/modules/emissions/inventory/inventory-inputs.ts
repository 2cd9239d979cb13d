import { EntityManager, IsNull } from 'typeorm';
import { canonicalHash } from '../../../core/canonical-json';
import { ClimateZone, GwpSetCode, ResolvedFactorSet } from '../engine';
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
