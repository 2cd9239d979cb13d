import { ADMIN_ONLY } from '../../core/auth/access';
import { ApiModule } from '../../core/modules/api-module';
import { ApiKeyResolver } from './api-key.resolver';
import { ApiKey } from './api-key.entity';
import { AuthResolver } from './auth.resolver';
import { createIdentityLoaders } from './identity.loaders';
import { RefreshToken } from './refresh-token.entity';
import { User } from './user.entity';
import { UserResolver } from './user.resolver';

export const identityModule: ApiModule = {
  name: 'identity',
  entities: [User, RefreshToken, ApiKey],
  resolvers: [AuthResolver, UserResolver, ApiKeyResolver],
  loaders: createIdentityLoaders,
  nodeTypes: {
    User: { rule: ADMIN_ONLY, load: (ctx, id) => ctx.loaders.userById.load(id) },
    ApiKey: { rule: ADMIN_ONLY, load: (ctx, id) => ctx.loaders.apiKeyById.load(id) },
  },
};
