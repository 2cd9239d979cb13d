import { DataSource, In } from 'typeorm';
import { byIdLoader, groupedLoader } from '../../core/loaders/by-id-loader';
import { ApiModule } from '../../core/modules/api-module';
import { LOT_READERS } from './lot-access';
import { ProductLotEvent } from './product-lot-event.entity';
import { ProductLot } from './product-lot.entity';
import { ProductLotEventResolver, ProductLotResolver } from './product-lot.resolver';

declare module '../../core/auth/scopes' {
  interface ScopeResources {
    lots: true;
  }
}

function createLotLoaders(dataSource: DataSource) {
  return {
    productLotById: byIdLoader(dataSource, ProductLot),
    lotEventsByLot: groupedLoader(
      (ids) => dataSource.getRepository(ProductLotEvent).find({ where: { lotId: In([...ids]) }, order: { date: 'ASC', recordedAt: 'ASC' } }),
      (event) => event.lotId,
    ),
  };
}

declare module '../../core/loaders/loaders' {
  interface Loaders extends ReturnType<typeof createLotLoaders> {}
}

export const productLotsModule: ApiModule = {
  name: 'product-lots',
  entities: [ProductLot, ProductLotEvent],
  resolvers: [ProductLotResolver, ProductLotEventResolver],
  loaders: createLotLoaders,
  nodeTypes: {
    ProductLot: { rule: LOT_READERS, load: (ctx, id) => ctx.loaders.productLotById.load(id) },
  },
  scopes: ['lots'],
  // Read and checked with the other limits (src/config.ts): a bad value stops the start.
  services: ({ config }) => ({ lotVerificationsPerMinute: config.limits.lotVerificationsPerMinute }),
};
