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
  /** ACTUAL when absent (inventories stored before scenarios). */
  scenario?: Scenario;
}

export interface InventoryInputs {
  settings: InventorySettings;
  factorSet: ResolvedFactorSet;
  records: ActivityRecord[];
  inputHash: string;
}

/** The records of the unit, year and scenario in a fixed order, the resolved factors, and their hash. */
export async function gatherInventoryInputs(manager: EntityManager, source: InventorySettings): Promise<InventoryInputs> {
  // Only these fields enter the hash, whatever else the source object carries (e.g. a stored inventory).
  const { administrativeUnitId, year, factorSet: factorSetCode, gwpSet, climateZone, region } = source;
  const scenario = source.scenario ?? Scenario.ACTUAL;
  // ACTUAL settings hash as they did before scenarios existed, so stored hashes stay valid.
  const settings: InventorySettings = { administrativeUnitId, year, factorSet: factorSetCode, gwpSet, climateZone, region };
  if (scenario !== Scenario.ACTUAL) settings.scenario = scenario;
  const factorSet = await resolveFactorSetCode(manager, settings.factorSet, 'input.factorSet');
  const records = await manager.getRepository(ActivityRecord).find({
    where: { administrativeUnitId: settings.administrativeUnitId, year: settings.year, scenario, deletedAt: IsNull() },
    order: { externalId: 'ASC' },
  });
  const inputHash = canonicalHash({
    settings,
    factors: factorSet.factors,
    records: records.map((r) => ({ id: r.id, version: r.version, season: r.season, activity: r.activity })),
  });
  return { settings, factorSet, records, inputHash };
}
