import { DataSource } from 'typeorm';
import { byIdLoader } from '../../core/loaders/by-id-loader';
import { ApiModule } from '../../core/modules/api-module';
import { ZONE_READERS } from './production-zone-access';
import { ProductionZone } from './production-zone.entity';
import { EnterpriseLinkResolver, ProductionZoneResolver } from './production-zone.resolver';

declare module '../../core/auth/scopes' {
  interface ScopeResources {
    'production-zones': true;
  }
}

export function createProductionZoneLoaders(dataSource: DataSource) {
  return { productionZoneById: byIdLoader(dataSource, ProductionZone) };
}

declare module '../../core/loaders/loaders' {
  interface Loaders extends ReturnType<typeof createProductionZoneLoaders> {}
}

export const productionZonesModule: ApiModule = {
  name: 'production-zones',
  entities: [ProductionZone],
  resolvers: [ProductionZoneResolver, EnterpriseLinkResolver],
  loaders: createProductionZoneLoaders,
  nodeTypes: {
    ProductionZone: { rule: ZONE_READERS, load: (ctx, id) => ctx.loaders.productionZoneById.load(id) },
  },
  scopes: ['production-zones'],
};
