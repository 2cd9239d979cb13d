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

/** Default public verifications per address and minute. */
const VERIFICATIONS_PER_MINUTE = 60;

export const productLotsModule: ApiModule = {
  name: 'product-lots',
  entities: [ProductLot, ProductLotEvent],
  resolvers: [ProductLotResolver, ProductLotEventResolver],
  loaders: createLotLoaders,
  nodeTypes: {
    ProductLot: { rule: LOT_READERS, load: (ctx, id) => ctx.loaders.productLotById.load(id) },
  },
  scopes: ['lots'],
  services: ({ env }) => {
    const perMinute = Number(env.LOT_VERIFICATIONS_PER_MINUTE ?? VERIFICATIONS_PER_MINUTE);
    return { lotVerificationsPerMinute: Number.isInteger(perMinute) && perMinute > 0 ? perMinute : VERIFICATIONS_PER_MINUTE };
  },
};
