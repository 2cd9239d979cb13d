import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Access, AccessRule } from '../../core/auth/access';
import { Role } from '../../core/auth/roles';
import { RequestContext } from '../../core/context';
import { ConnectionType } from '../../core/relay/connection';
import { toGlobalId } from '../../core/relay/global-id';
import { PageArgs } from '../../core/relay/pagination';
import { SyncJob } from './sync-job.entity';
import { listSyncJobs, listSyncTargets } from './sync.service';
import { INVENTORY_NODE_TYPE, SyncJobFilter, SyncTarget } from './sync.types';

/** Who may watch the national sync (ADMIN always may). */
export const SYNC_READERS: AccessRule = { roles: [Role.PROVINCE_OFFICER] };

@ObjectType({ description: 'A page of sync jobs, newest first.' })
export class SyncJobConnection extends ConnectionType(SyncJob, 'SyncJob') {}

@Resolver(() => SyncJob)
export class SyncResolver {
  @Access(SYNC_READERS)
  @Query(() => [SyncTarget], { description: 'Each national sync target and its health.' })
  syncTargets(@Ctx() ctx: RequestContext): Promise<SyncTarget[]> {
    return listSyncTargets(ctx);
  }

  @Access(SYNC_READERS)
  @Query(() => SyncJobConnection, { description: 'Deliveries of verified inventories to the national system, newest first.' })
  syncJobs(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => SyncJobFilter, { nullable: true }) filter?: SyncJobFilter | null,
  ): Promise<SyncJobConnection> {
    return listSyncJobs(ctx, page, filter) as Promise<SyncJobConnection>;
  }

  @FieldResolver(() => ID, { description: 'Global ID of the provincial inventory delivered.' })
  inventoryId(@Root() job: SyncJob): string {
    return toGlobalId(INVENTORY_NODE_TYPE, job.inventoryId);
  }
}
