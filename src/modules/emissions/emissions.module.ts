import { PUBLIC } from '../../core/auth/access';
import { draftReadableUnits } from '../../core/auth/unit-scope';
import { ApiModule } from '../../core/modules/api-module';
import { leanMany } from '../../core/relay/lean-rows';
import { selectOnly, selectedNodeColumns } from '../../core/relay/selected-columns';
import { ActivityRecord } from './activity/activity-record.entity';
import { ACTIVITY_READERS, ActivityRecordResolver } from './activity/activity-record.resolver';
import { canReadActivity } from './activity/activity-record.service';
import { CalculatorResolver } from './calculator/calculator.resolver';
import { createEmissionLoaders } from './emissions.loaders';
import { StoredFactorSet } from './factor-sets/stored-factor-set.entity';
import { EmissionInventory } from './inventory/emission-inventory.entity';
import { InventoryLine } from './inventory/inventory-line.entity';
import { canReadInventory } from './inventory/inventory-query.service';
import { EmissionInventoryResolver, InventoryLineResolver } from './inventory/inventory.resolver';
import { ProvincialInventoryLine } from './provincial/provincial-inventory-line.entity';
import { ProvincialInventory } from './provincial/provincial-inventory.entity';
import { ProvincialInventoryResolver } from './provincial/provincial-inventory.resolver';
import { annualReportRoutes } from './reports/annual-report.routes';
import { EmissionReportsResolver } from './reports/reports.resolver';

declare module '../../core/auth/scopes' {
  interface ScopeResources {
    activity: true;
    inventory: true;
  }
}

/** What EmissionInventory's field resolvers read of the row (other fields are columns of the same name). */
const INVENTORY_RESOLVED_FROM: Record<string, string[]> = {
  id: ['id'],
  administrativeUnit: ['administrativeUnitId'],
  activityRecordVersions: ['recordVersions'],
  lines: ['id'],
};
/** The key, and what canReadInventory reads. */
const INVENTORY_ALWAYS = ['id', 'status', 'administrativeUnitId'];

export const emissionsModule: ApiModule = {
  name: 'emissions',
  entities: [StoredFactorSet, ActivityRecord, EmissionInventory, InventoryLine, ProvincialInventory, ProvincialInventoryLine],
  resolvers: [
    CalculatorResolver,
    ActivityRecordResolver,
    EmissionInventoryResolver,
    InventoryLineResolver,
    ProvincialInventoryResolver,
    EmissionReportsResolver,
  ],
  loaders: createEmissionLoaders,
  nodeTypes: {
    ActivityRecord: {
      rule: ACTIVITY_READERS,
      load: async (ctx, id) => {
        const record = await ctx.loaders.activityRecordById.load(id);
        return record && canReadActivity(ctx, record.administrativeUnitId) ? record : null;
      },
    },
    EmissionInventory: {
      rule: PUBLIC,
      load: async (ctx, id, info) => {
        // Alone, by `node(id:)`: only the selected columns (a row carries kilobytes of JSON: factors, record versions).
        const columns = info
          ? selectedNodeColumns(info, ctx.dataSource.getMetadata(EmissionInventory), 'EmissionInventory', INVENTORY_RESOLVED_FROM, INVENTORY_ALWAYS)
          : null;
        const byId = () => ctx.dataSource.getRepository(EmissionInventory).createQueryBuilder('found').where('found.id = :id', { id });
        const inventory = columns ? ((await leanMany(selectOnly(byId(), columns)))[0] ?? null) : await ctx.loaders.emissionInventoryById.load(id);
        return inventory && canReadInventory(ctx, inventory) ? inventory : null;
      },
    },
    ProvincialInventory: {
      rule: PUBLIC,
      load: async (ctx, id) => {
        const inventory = await ctx.loaders.provincialInventoryById.load(id);
        return inventory && (inventory.status === 'VERIFIED' || draftReadableUnits(ctx.principal) === 'ALL') ? inventory : null;
      },
    },
  },
  // Public like the verified inventory it shows, so counted per caller address.
  routes: [{ path: '/reports/annual-emissions', rateLimited: true, router: annualReportRoutes }],
  scopes: ['activity', 'inventory'],
};
