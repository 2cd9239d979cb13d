import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { byIdLoader, groupedLoader } from '../../core/loaders/by-id-loader';
import { leanRowsWhereAny } from '../../core/relay/lean-rows';
import { ActivityRecord } from './activity/activity-record.entity';
import { ResolvedFactorSet } from './engine';
import { resolveFactorSetCode } from './factor-sets/factor-set.service';
import { EmissionInventory } from './inventory/emission-inventory.entity';
import { InventoryLine } from './inventory/inventory-line.entity';
import { ProvincialInventory } from './provincial/provincial-inventory.entity';
import { ProvincialInventoryLine } from './provincial/provincial-inventory-line.entity';

export function createEmissionLoaders(dataSource: DataSource) {
  return {
    activityRecordById: byIdLoader(dataSource, ActivityRecord),
    /** Factor sets by code, resolved once per request (an unknown code is a BAD_USER_INPUT). */
    factorSetByCode: new DataLoader<string, ResolvedFactorSet>((codes) =>
      Promise.all(codes.map((code) => resolveFactorSetCode(dataSource.manager, code, 'factorSet'))),
    ),
    emissionInventoryById: byIdLoader(dataSource, EmissionInventory),
    provincialInventoryById: byIdLoader(dataSource, ProvincialInventory),
    inventoryLinesByInventory: groupedLoader(
      (ids) => leanRowsWhereAny(dataSource, InventoryLine, 'inventory_id', ids, [['line_no', 'ASC']]),
      (line) => line.inventoryId,
    ),
    provincialLinesByInventory: groupedLoader(
      (ids) => leanRowsWhereAny(dataSource, ProvincialInventoryLine, 'inventory_id', ids, [['line_no', 'ASC']]),
      (line) => line.inventoryId,
    ),
  };
}

declare module '../../core/loaders/loaders' {
  interface Loaders extends ReturnType<typeof createEmissionLoaders> {}
}
