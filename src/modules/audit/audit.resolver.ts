import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../core/auth/access';
import { Role } from '../../core/auth/roles';
import { RequestContext } from '../../core/context';
import { ConnectionType } from '../../core/relay/connection';
import { toGlobalId } from '../../core/relay/global-id';
import { PageArgs } from '../../core/relay/pagination';
import { AuditEvent } from './audit-event.entity';
import { AuditFilter } from './audit-filter.input';
import { listAuditEvents } from './audit.service';

@ObjectType({ description: 'A page of audit events, newest first.' })
export class AuditEventConnection extends ConnectionType(AuditEvent, 'AuditEvent') {}

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Access({ roles: [Role.ADMIN] })
  @Query(() => AuditEventConnection, { description: 'Who changed what, newest first. ADMIN only.' })
  auditLog(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => AuditFilter, { nullable: true }) filter?: AuditFilter | null,
  ): Promise<AuditEventConnection> {
    return listAuditEvents(ctx, page, filter) as Promise<AuditEventConnection>;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'Global ID of the user or API key.' })
  actorId(@Root() event: AuditEvent): string | null {
    if (!event.actorId) return null;
    return toGlobalId(event.actorType === 'API_KEY' ? 'ApiKey' : 'User', event.actorId);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'Global ID of the changed entity.' })
  entityId(@Root() event: AuditEvent): string | null {
    return event.entityId ? toGlobalId(event.entityType, event.entityId) : null;
  }
}
