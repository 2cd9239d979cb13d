import { ApiModule } from '../../core/modules/api-module';
import { byIdLoader } from '../../core/loaders/by-id-loader';
import { DataSource } from 'typeorm';
import { RESEARCH_READERS } from './research-access';
import { ResearchStudy } from './research-study.entity';
import { ResearchStudyResolver } from './research-study.resolver';

declare module '../../core/auth/scopes' {
  interface ScopeResources {
    research: true;
  }
}

export function createResearchLoaders(dataSource: DataSource) {
  return { researchStudyById: byIdLoader(dataSource, ResearchStudy) };
}

declare module '../../core/loaders/loaders' {
  interface Loaders extends ReturnType<typeof createResearchLoaders> {}
}

export const researchModule: ApiModule = {
  name: 'research',
  entities: [ResearchStudy],
  resolvers: [ResearchStudyResolver],
  loaders: createResearchLoaders,
  nodeTypes: { ResearchStudy: { rule: RESEARCH_READERS, load: (ctx, id) => ctx.loaders.researchStudyById.load(id) } },
  scopes: ['research'],
};
