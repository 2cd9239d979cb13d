import { DataSource } from 'typeorm';
import { ApiModule } from '../../core/modules/api-module';
import { byIdLoader } from '../../core/loaders/by-id-loader';
import { CRITERIA_READERS, mayRead } from './criteria-set-access';
import { CriteriaSet } from './criteria-set.entity';
import { CriteriaSetResolver } from './criteria-set.resolver';

declare module '../../core/auth/scopes' {
  interface ScopeResources {
    'criteria-sets': true;
  }
}

export function createCriteriaSetLoaders(dataSource: DataSource) {
  return { criteriaSetById: byIdLoader(dataSource, CriteriaSet) };
}

declare module '../../core/loaders/loaders' {
  interface Loaders extends ReturnType<typeof createCriteriaSetLoaders> {}
}

export const criteriaSetsModule: ApiModule = {
  name: 'criteria-sets',
  entities: [CriteriaSet],
  resolvers: [CriteriaSetResolver],
  loaders: createCriteriaSetLoaders,
  nodeTypes: {
    CriteriaSet: {
      rule: CRITERIA_READERS,
      load: async (ctx, id) => {
        const set = await ctx.loaders.criteriaSetById.load(id);
        return set && mayRead(ctx, set) ? set : null;
      },
    },
  },
  scopes: ['criteria-sets'],
};
