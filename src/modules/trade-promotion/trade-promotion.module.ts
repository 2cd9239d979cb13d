import { DataSource } from 'typeorm';
import { byIdLoader } from '../../core/loaders/by-id-loader';
import { ApiModule } from '../../core/modules/api-module';
import { ExportContract } from './export-contract.entity';
import { TRADE_READERS } from './trade-promotion-access';
import { TradePromotionEvent } from './trade-promotion-event.entity';
import { ExportContractResolver, TradePromotionEventResolver } from './trade-promotion.resolver';

declare module '../../core/auth/scopes' {
  interface ScopeResources {
    trade: true;
  }
}

export function createTradePromotionLoaders(dataSource: DataSource) {
  return {
    tradePromotionEventById: byIdLoader(dataSource, TradePromotionEvent),
    exportContractById: byIdLoader(dataSource, ExportContract),
  };
}

declare module '../../core/loaders/loaders' {
  interface Loaders extends ReturnType<typeof createTradePromotionLoaders> {}
}

export const tradePromotionModule: ApiModule = {
  name: 'trade-promotion',
  entities: [TradePromotionEvent, ExportContract],
  resolvers: [TradePromotionEventResolver, ExportContractResolver],
  loaders: createTradePromotionLoaders,
  nodeTypes: {
    TradePromotionEvent: { rule: TRADE_READERS, load: (ctx, id) => ctx.loaders.tradePromotionEventById.load(id) },
    ExportContract: { rule: TRADE_READERS, load: (ctx, id) => ctx.loaders.exportContractById.load(id) },
  },
  scopes: ['trade'],
};
