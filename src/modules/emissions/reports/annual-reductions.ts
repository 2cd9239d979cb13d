// The annual report's reductions: each commune of the verified provincial inventory against its verified
// BASELINE inventory with the provincial inventory's factor and GWP sets. The report is public, so the
// communes without such a pair are listed with their reason only: their figures would come from
// unverified records.
import { EntityManager } from 'typeorm';
import { communesAndWards } from '../../geography';
import { ProvincialInventory } from '../provincial/provincial-inventory.entity';
import type { UnverifiedReductionUnit, VerifiedReductions } from './reduction-figures.types';
import { currentInventoriesByScenario, pairUnits, verifiedReductionFigures } from './verified-reductions';

export async function annualReductions(
  manager: EntityManager,
  inventory: ProvincialInventory,
): Promise<{ reductions: VerifiedReductions; unverifiedReductionCommunes: UnverifiedReductionUnit[] }> {
  const counted = new Set(inventory.communeInventoryIds);
  const communes = await communesAndWards(manager);
  const current = await currentInventoriesByScenario(
    manager,
    communes.map((c) => c.id),
    inventory.year,
  );
  // Communes the report speaks of: those it counts, and those with a baseline for the year.
  const units = communes
    .filter((c) => current.baseline.has(c.id) || counted.has(current.actual.get(c.id)?.id ?? ''))
    .map((c) => ({ id: c.id, code: c.code, name: c.name }));
  const { pairs, unverified } = pairUnits(units, current, inventory.factorSet, inventory.gwpSet);
  const inReport = pairs.filter((p) => counted.has(p.actual.id));
  for (const p of pairs.filter((p) => !counted.has(p.actual.id))) {
    unverified.push({
      administrativeUnitCode: p.unit.code,
      name: p.unit.name,
      reason: 'NOT_IN_PROVINCIAL_INVENTORY',
      baselineStatus: p.baseline.status,
      actualStatus: p.actual.status,
    });
  }
  unverified.sort((a, b) => (a.administrativeUnitCode < b.administrativeUnitCode ? -1 : 1));
  return {
    reductions: await verifiedReductionFigures(manager, inReport, inventory.factorSet, inventory.gwpSet),
    unverifiedReductionCommunes: unverified,
  };
}
