import { ADMIN_ONLY } from '../../core/auth/access';
import { ApiModule } from '../../core/modules/api-module';
import { AuditEvent } from './audit-event.entity';
import { createAuditLoaders } from './audit.loaders';
import { AuditResolver } from './audit.resolver';

export const auditModule: ApiModule = {
  name: 'audit',
  entities: [AuditEvent],
  resolvers: [AuditResolver],
  loaders: createAuditLoaders,
  nodeTypes: { AuditEvent: { rule: ADMIN_ONLY, load: (ctx, id) => ctx.loaders.auditEventById.load(id) } },
};
