// Pairs each unit's BASELINE and ACTUAL inventories of a year: a verified reduction needs both verified,
// with the same factor set and GWP set (those asked for). Everything else is listed apart with its reason.
import { EntityManager, In } from 'typeorm';
import { factorUncertainties, type FactorUse } from '../engine';
import { Scenario } from '../activity/activity-record.entity';
import { EmissionInventory } from '../inventory/emission-inventory.entity';
import { CURRENT_STATUSES, InventoryStatus } from '../inventory/inventory-status';
import { reductionFigures, type CommuneInfo, type ReductionLine } from './reduction-figures';
import type { ReductionFigures, UnverifiedReductionUnit } from './reduction-figures.types';

export const REDUCTION_UNCERTAINTY =
  'IPCC 2006 Vol 1 Ch 3 Approach 1, Eq 3.2 over the difference (actual lines count negative), relative to |baseline − actual|: baseline and actual activity data are independent; a factor both use is one value of the one factor set, so its error is netted (Σ baseline − Σ actual) before squaring';

export const verifiedBasis = (factorSet: string, gwpSet: string) =>
  `Verified reductions: for each unit and year, its VERIFIED BASELINE inventory minus its VERIFIED ACTUAL inventory, both computed with factor set ${factorSet} and GWP-100 ${gwpSet}; net of removals, grid electricity excluded. Uncertainty: ${REDUCTION_UNCERTAINTY}.`;

export interface ReductionUnit {
  id: string;
  code: string;
  name: string;
}

export interface ReductionPair {
  unit: ReductionUnit;
  baseline: EmissionInventory;
  actual: EmissionInventory;
}

/** The current BASELINE and ACTUAL inventories of these units for the year, by unit id. */
export async function currentInventoriesByScenario(manager: EntityManager, unitIds: string[], year: number) {
  const rows = await manager.getRepository(EmissionInventory).find({ where: { administrativeUnitId: In(unitIds), year, status: In(CURRENT_STATUSES) } });
  const baseline = new Map<string, EmissionInventory>();
  const actual = new Map<string, EmissionInventory>();
  for (const inv of rows) (inv.scenario === Scenario.BASELINE ? baseline : actual).set(inv.administrativeUnitId, inv);
  return { baseline, actual };
}

/** Why a unit has no verified reduction with these sets, or null when it has one. */
export function unverifiedReason(
  baseline: EmissionInventory | undefined,
  actual: EmissionInventory | undefined,
  factorSet: string,
  gwpSet: string,
): string | null {
  if (!baseline) return 'NO_BASELINE_INVENTORY';
  if (baseline.status !== InventoryStatus.VERIFIED) return 'BASELINE_NOT_VERIFIED';
  if (!actual) return 'NO_ACTUAL_INVENTORY';
  if (actual.status !== InventoryStatus.VERIFIED) return 'ACTUAL_NOT_VERIFIED';
  if (baseline.factorSet !== actual.factorSet || baseline.gwpSet !== actual.gwpSet) return 'SETS_DIFFER';
  if (actual.factorSet !== factorSet || actual.gwpSet !== gwpSet) return 'OTHER_FACTOR_SET';
  return null;
}

export function pairUnits(
  units: ReductionUnit[],
  inventories: { baseline: Map<string, EmissionInventory>; actual: Map<string, EmissionInventory> },
  factorSet: string,
  gwpSet: string,
): { pairs: ReductionPair[]; unverified: UnverifiedReductionUnit[] } {
  const pairs: ReductionPair[] = [];
  const unverified: UnverifiedReductionUnit[] = [];
  for (const unit of units) {
    const baseline = inventories.baseline.get(unit.id);
    const actual = inventories.actual.get(unit.id);
    const reason = unverifiedReason(baseline, actual, factorSet, gwpSet);
    if (reason === null) pairs.push({ unit, baseline: baseline!, actual: actual! });
    else
      unverified.push({
        administrativeUnitCode: unit.code,
        name: unit.name,
        reason,
        baselineStatus: baseline?.status ?? null,
        actualStatus: actual?.status ?? null,
      });
  }
  return { pairs, unverified };
}

/** The figures of verified pairs, from their stored lines (one statement). */
export async function verifiedReductionFigures(manager: EntityManager, pairs: ReductionPair[], factorSet: string, gwpSet: string): Promise<ReductionFigures> {
  const sideOf = new Map<string, { side: 'BASELINE' | 'ACTUAL'; unitCode: string }>();
  const communes = new Map<string, CommuneInfo>();
  const factorsUsed: FactorUse[] = [];
  for (const { unit, baseline, actual } of pairs) {
    sideOf.set(baseline.id, { side: 'BASELINE', unitCode: unit.code });
    sideOf.set(actual.id, { side: 'ACTUAL', unitCode: unit.code });
    communes.set(unit.code, { name: unit.name, baselineInventoryVersion: baseline.version, actualInventoryVersion: actual.version });
    factorsUsed.push(...baseline.factorsUsed, ...actual.factorsUsed);
  }
  const rows: {
    inventory_id: string;
    crop_code: string;
    category: string;
    co2e_kg: string;
    factor_keys: string[] | null;
    activity_data_uncertainty_pct: number | null;
  }[] = pairs.length
    ? await manager.query(
        `SELECT inventory_id, crop_code, category, co2e_kg, factor_keys, activity_data_uncertainty_pct
           FROM inventory_line WHERE inventory_id = ANY($1) AND kind <> 'INDIRECT' ORDER BY inventory_id, line_no`,
        [[...sideOf.keys()]],
      )
    : [];
  const lines: ReductionLine[] = rows.map((r) => ({
    ...sideOf.get(r.inventory_id)!,
    cropCode: r.crop_code,
    category: r.category,
    co2eKg: Number(r.co2e_kg),
    factorKeys: r.factor_keys,
    activityDataPct: r.activity_data_uncertainty_pct,
  }));
  return reductionFigures(verifiedBasis(factorSet, gwpSet), lines, factorUncertainties(factorsUsed).byKey, communes);
}
