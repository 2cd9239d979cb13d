import { EntityManager } from 'typeorm';
import { AdministrativeUnit, AdministrativeUnitKind } from '../../geography';
import { crtActivityRows } from './crt-activity';
import { crtUncertainty } from './crt-uncertainty';
import { InventorySubmissionSource, SubmissionSource, SubmittableInventory } from '../../sync/ports';
import { ProvincialInventoryLine } from './provincial-inventory-line.entity';
import { ProvincialInventory, ProvincialInventoryStatus } from './provincial-inventory.entity';

/** One VERIFIED provincial inventory version as the national sync sends it; null for anything else. */
export async function loadSubmissionSource(manager: EntityManager, inventoryId: string, version: number): Promise<InventorySubmissionSource | null> {
  const inventory = await manager.getRepository(ProvincialInventory).findOneBy({ id: inventoryId, version, status: ProvincialInventoryStatus.VERIFIED });
  if (!inventory) return null;
  const province = await manager.getRepository(AdministrativeUnit).findOneByOrFail({ kind: AdministrativeUnitKind.PROVINCE });
  const lines = await manager.getRepository(ProvincialInventoryLine).find({ where: { inventoryId }, order: { lineNo: 'ASC' } });
  const uncertainty = await crtUncertainty(manager, inventory.communeInventoryIds, inventory.gwpSet);
  const activityRows = (await crtActivityRows(manager, inventory.communeInventoryIds, inventory.gwpSet)).map((row) => ({
    ...row,
    uncertainty: uncertainty.rows.get(`${row.category}|${row.item}`) ?? null,
  }));
  return {
    inventoryId: inventory.id,
    version: inventory.version,
    replacesVersion: inventory.replacesVersion,
    province: { code: province.code, name: province.name },
    year: inventory.year,
    method: inventory.method,
    factorSet: inventory.factorSet,
    factorSetChain: inventory.factorSetChain,
    gwpSet: inventory.gwpSet,
    verifiedAt: inventory.verifiedAt!.toISOString(),
    verifiedBy: inventory.verifiedById,
    inputHash: inventory.inputHash,
    communesIncluded: inventory.communesIncluded,
    communesMissing: inventory.communesMissing.map((m) => m.code),
    lines: lines.map(({ category, categoryName, gas, kind, massKg, co2eKg }) => ({ category, categoryName, gas, kind, massKg, co2eKg })),
    activityRows,
    uncertainty: uncertainty.source,
    totals: {
      totalCo2eKg: inventory.totalCo2eKg,
      emissionsCo2eKg: inventory.emissionsCo2eKg,
      removalsCo2eKg: inventory.removalsCo2eKg,
      indirectEnergyCo2eKg: inventory.indirectEnergyCo2eKg,
    },
  };
}

const submittable = (inventory: ProvincialInventory): SubmittableInventory => ({
  id: inventory.id,
  version: inventory.version,
  status: inventory.status,
  verified: inventory.status === ProvincialInventoryStatus.VERIFIED,
});

/** The inventory side of the national sync's port; the composition root hands it to the sync module. */
export const nationalSubmissionSource: SubmissionSource = {
  load: loadSubmissionSource,
  verified: async (manager, year) =>
    (
      await manager.getRepository(ProvincialInventory).find({
        where: { status: ProvincialInventoryStatus.VERIFIED, ...(year ? { year } : {}) },
        order: { year: 'ASC' },
      })
    ).map(submittable),
  find: async (manager, id) => {
    const inventory = await manager.getRepository(ProvincialInventory).findOneBy({ id });
    return inventory && submittable(inventory);
  },
};
