import { ApiModule } from '../../core/modules/api-module';
import { ORGANISATION_READERS } from './organisation-access';
import { Organisation } from './organisation.entity';
import { createOrganisationLoaders } from './organisation.loaders';
import { OrganisationResolver } from './organisation.resolver';

declare module '../../core/auth/scopes' {
  interface ScopeResources {
    organisations: true;
    'organisation-contacts': true;
  }
}

export const organisationsModule: ApiModule = {
  name: 'organisations',
  entities: [Organisation],
  resolvers: [OrganisationResolver],
  loaders: createOrganisationLoaders,
  nodeTypes: {
    Organisation: { rule: ORGANISATION_READERS, load: (ctx, id) => ctx.loaders.organisationById.load(id) },
  },
  scopes: ['organisations', 'organisation-contacts'],
};
