import { Arg, Args, Ctx, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Access, AccessRule } from '../../../core/auth/access';
import { Role } from '../../../core/auth/roles';
import { RequestContext } from '../../../core/context';
import { ConnectionType } from '../../../core/relay/connection';
import { PageArgs } from '../../../core/relay/pagination';
import { AdministrativeUnit } from '../../geography';
import { importActivityRecords } from './activity-import.service';
import { ActivityRecord } from './activity-record.entity';
import {
  ActivityRecordFilter,
  DeleteActivityRecordInput,
  DeleteActivityRecordPayload,
  ImportActivityRecordsInput,
  ImportActivityRecordsPayload,
} from './activity-record.inputs';
import { deleteActivityRecord, listActivityRecords } from './activity-record.service';
import { dataSetWork } from '../../../server/limits/cost-estimators';

@ObjectType({ description: 'A page of activity records.' })
export class ActivityRecordConnection extends ConnectionType(ActivityRecord, 'ActivityRecord') {}

export const ACTIVITY_READERS: AccessRule = {
  roles: [Role.ADMIN, Role.PROVINCE_OFFICER, Role.AGENCY_OFFICER, Role.COMMUNE_OFFICER, Role.VERIFIER],
  scopes: ['activity:read'],
};

@Resolver(() => ActivityRecord)
export class ActivityRecordResolver {
  @Access(ACTIVITY_READERS)
  @Query(() => ActivityRecordConnection, { description: 'Activity records of the units the caller may see.' })
  activityRecords(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ActivityRecordFilter, { nullable: true }) filter?: ActivityRecordFilter | null,
  ): Promise<ActivityRecordConnection> {
    return listActivityRecords(ctx, page, filter) as Promise<ActivityRecordConnection>;
  }

  @Access({ roles: [Role.ADMIN, Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER], scopes: ['activity:write'] })
  @Mutation(() => ImportActivityRecordsPayload, {
    description: 'Creates or updates records by (unit, externalId); safe to retry. All rows or none. Partner keys must be bound to their communes.',
    complexity: dataSetWork,
  })
  importActivityRecords(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ImportActivityRecordsInput) input: ImportActivityRecordsInput,
  ): Promise<ImportActivityRecordsPayload> {
    return importActivityRecords(ctx, input);
  }

  @Access({ roles: [Role.ADMIN, Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER], scopes: ['activity:write'] })
  @Mutation(() => DeleteActivityRecordPayload, {
    description: 'Withdraws a record from future inventories (kept for the versions that used it). LOCKED while its year is.',
  })
  deleteActivityRecord(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => DeleteActivityRecordInput) input: DeleteActivityRecordInput,
  ): Promise<DeleteActivityRecordPayload> {
    return deleteActivityRecord(ctx, input);
  }

  @FieldResolver(() => AdministrativeUnit)
  async administrativeUnit(@Root() record: ActivityRecord, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit> {
    return (await ctx.loaders.unitById.load(record.administrativeUnitId))!;
  }
}
