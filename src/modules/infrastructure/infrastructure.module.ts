import { ApiModule } from '../../core/modules/api-module';
import { INFRASTRUCTURE_READERS } from './infrastructure-access';
import { createInfrastructureLoaders } from './infrastructure.loaders';
import { BudgetLineLookup, InfrastructurePorts } from './ports';
import { InfrastructureWork } from './works/infrastructure-work.entity';
import { InfrastructureWorkResolver } from './works/infrastructure-work.resolver';

declare module '../../core/auth/scopes' {
  interface ScopeResources {
    infrastructure: true;
  }
}

declare module '../../core/context' {
  interface AppRuntime {
    /** The budget lines a work may name (the infrastructure module's port). */
    budgetLines: BudgetLineLookup;
  }
}

/** Works name budget lines through a port, so this module never imports the one that owns them (and will count works). */
export function infrastructureModule(ports: InfrastructurePorts): ApiModule {
  return {
    name: 'infrastructure',
    entities: [InfrastructureWork],
    resolvers: [InfrastructureWorkResolver],
    loaders: createInfrastructureLoaders,
    nodeTypes: {
      InfrastructureWork: { rule: INFRASTRUCTURE_READERS, load: (ctx, id) => ctx.loaders.infrastructureWorkById.load(id) },
    },
    scopes: ['infrastructure'],
    services: () => ({ budgetLines: ports.budgetLines }),
  };
}
