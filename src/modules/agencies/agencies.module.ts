import { PUBLIC } from '../../core/auth/access';
import { ApiModule } from '../../core/modules/api-module';
import { AgencyGroupMember } from './agency-group-member.entity';
import { Agency } from './agency.entity';
import { createAgencyLoaders } from './agency.loaders';
import { AgencyResolver } from './agency.resolver';

export const agenciesModule: ApiModule = {
  name: 'agencies',
  entities: [Agency, AgencyGroupMember],
  resolvers: [AgencyResolver],
  loaders: createAgencyLoaders,
  nodeTypes: { Agency: { rule: PUBLIC, load: (ctx, id) => ctx.loaders.agencyById.load(id) } },
};
