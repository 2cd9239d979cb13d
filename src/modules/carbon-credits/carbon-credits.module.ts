import { DataSource } from 'typeorm';
import { byIdLoader } from '../../core/loaders/by-id-loader';
import { ApiModule } from '../../core/modules/api-module';
import { CARBON_READERS } from './carbon-access';
import { CarbonMonitoringPeriod } from './carbon-monitoring-period.entity';
import { CarbonProject } from './carbon-project.entity';
import { CarbonMonitoringResolver, CarbonProjectResolver, CreditIssuanceResolver } from './carbon-credits.resolver';
import { CreditIssuance } from './credit-issuance.entity';

declare module '../../core/auth/scopes' {
  interface ScopeResources {
    carbon: true;
  }
}

export function createCarbonLoaders(dataSource: DataSource) {
  return {
    carbonProjectById: byIdLoader(dataSource, CarbonProject),
    carbonMonitoringPeriodById: byIdLoader(dataSource, CarbonMonitoringPeriod),
    creditIssuanceById: byIdLoader(dataSource, CreditIssuance),
  };
}

declare module '../../core/loaders/loaders' {
  interface Loaders extends ReturnType<typeof createCarbonLoaders> {}
}

export const carbonCreditsModule: ApiModule = {
  name: 'carbon-credits',
  entities: [CarbonProject, CarbonMonitoringPeriod, CreditIssuance],
  resolvers: [CarbonProjectResolver, CarbonMonitoringResolver, CreditIssuanceResolver],
  loaders: createCarbonLoaders,
  nodeTypes: {
    CarbonProject: { rule: CARBON_READERS, load: (ctx, id) => ctx.loaders.carbonProjectById.load(id) },
    CarbonMonitoringPeriod: { rule: CARBON_READERS, load: (ctx, id) => ctx.loaders.carbonMonitoringPeriodById.load(id) },
    CreditIssuance: { rule: CARBON_READERS, load: (ctx, id) => ctx.loaders.creditIssuanceById.load(id) },
  },
  scopes: ['carbon'],
};
