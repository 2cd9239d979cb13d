import { PUBLIC } from '../../core/auth/access';
import { ApiModule } from '../../core/modules/api-module';
import { AdministrativeUnit } from './administrative-unit.entity';
import { createGeographyLoaders } from './geography.loaders';
import { GeographyResolver } from './geography.resolver';

export const geographyModule: ApiModule = {
  name: 'geography',
  entities: [AdministrativeUnit],
  resolvers: [GeographyResolver],
  loaders: createGeographyLoaders,
  nodeTypes: { AdministrativeUnit: { rule: PUBLIC, load: (ctx, id) => ctx.loaders.unitById.load(id) } },
};
