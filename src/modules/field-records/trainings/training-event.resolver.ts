import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, FieldResolver, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../../core/auth/access';
import { draftReadableUnits } from '../../../core/auth/unit-scope';
import { RequestContext } from '../../../core/context';
import { UserError } from '../../../core/errors/user-error';
import { PageArgs } from '../../../core/relay/pagination';
import { DeleteRecordInput } from '../../../core/input/record-inputs';
import { SyncedConnectionType, selectsWatermark } from '../../../core/relay/synced-list';
import { selectedColumns } from '../../../core/relay/selected-columns';
import { Agency } from '../../agencies';
import { AdministrativeUnit } from '../../geography';
import { Organisation } from '../../organisations';
import { Task } from '../../plan';
import { importAttendance } from './attendance-import.service';
import { ImportAttendanceInput, ImportAttendancePayload } from './attendance.inputs';
import { TRAINING_READERS, TRAINING_WRITERS } from './training-access';
import { TrainingAttendee } from './training-attendee.entity';
import { TrainingEvent } from './training-event.entity';
import { RecordTrainingEventInput, TrainingEventFilter, TrainingEventOrder, UpdateTrainingEventInput } from './training-event.inputs';
import { deleteTrainingEvent, listTrainingEvents, recordTrainingEvent, updateTrainingEvent } from './training-event.service';
import { dataSetWork } from '../../../server/limits/cost-estimators';

@ObjectType({ description: 'A page of training events.' })
export class TrainingEventConnection extends SyncedConnectionType(TrainingEvent, 'TrainingEvent') {}

@ObjectType()
export class TrainingEventPayload {
  @Field(() => TrainingEvent, { nullable: true })
  trainingEvent: TrainingEvent | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

/** What each node field that is not a column of its own name reads (see selectedColumns). */
const RESOLVED_FROM: Record<string, string[]> = {
  id: ['id'],
  participants: ['participantsTotal', 'participantsWomen', 'participantsFarmers', 'participantsOfficials', 'participantsTechnicians'],
  media: ['mediaOutlet', 'mediaFormat', 'mediaUrl'],
  administrativeUnit: ['administrativeUnitId'],
  task: ['taskId'],
  organisingAgency: ['organisingAgencyId'],
  hostOrganisation: ['hostOrganisationId'],
  attendeeCount: ['id'],
  attendees: ['id', 'administrativeUnitId'],
};
/** The keys of every order and of the change feed's cursor. */
const ORDER_KEYS = ['id', 'startDate', 'createdAt', 'updatedAt'];

@Resolver(() => TrainingEvent)
export class TrainingEventResolver {
  @Access(TRAINING_READERS)
  @Query(() => TrainingEventConnection, {
    description: 'Events, newest first unless ordered otherwise. With updatedSince: every change since then, deletions as tombstones, oldest first.',
  })
  trainingEvents(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => TrainingEventFilter, { nullable: true }) filter?: TrainingEventFilter | null,
    @Arg('orderBy', () => TrainingEventOrder, { nullable: true }) orderBy?: TrainingEventOrder | null,
    @Arg('updatedSince', () => Date, { nullable: true }) updatedSince?: Date | null,
  ): Promise<TrainingEventConnection> {
    // Only the columns the selection reads: a page of 100 whole rows costs more to convert than to send.
    const columns = selectedColumns(info, ctx.dataSource.getMetadata(TrainingEvent), RESOLVED_FROM, ORDER_KEYS);
    return listTrainingEvents(ctx, page, filter, orderBy, updatedSince, selectsWatermark(info), columns) as Promise<TrainingEventConnection>;
  }

  @Access(TRAINING_WRITERS)
  @Mutation(() => TrainingEventPayload, { description: 'Records a training, workshop, forum, communication session or media piece for a unit in your scope.' })
  recordTrainingEvent(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RecordTrainingEventInput) input: RecordTrainingEventInput,
  ): Promise<TrainingEventPayload> {
    return recordTrainingEvent(ctx, input);
  }

  @Access(TRAINING_WRITERS)
  @Mutation(() => TrainingEventPayload, { description: 'Changes the given fields of the version you edited.' })
  updateTrainingEvent(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateTrainingEventInput) input: UpdateTrainingEventInput,
  ): Promise<TrainingEventPayload> {
    return updateTrainingEvent(ctx, input);
  }

  @Access(TRAINING_WRITERS)
  @Mutation(() => TrainingEventPayload, { description: 'Deletes softly; syncing devices receive a tombstone.' })
  deleteTrainingEvent(@Ctx() ctx: RequestContext, @Arg('input', () => DeleteRecordInput) input: DeleteRecordInput): Promise<TrainingEventPayload> {
    return deleteTrainingEvent(ctx, input);
  }

  @Access(TRAINING_WRITERS)
  @Mutation(() => ImportAttendancePayload, {
    description: 'Adds or updates attendees of an event from rows or CSV; all rows or none. Safe to repeat: rows match by externalId or phone.',
    complexity: dataSetWork,
  })
  importAttendance(@Ctx() ctx: RequestContext, @Arg('input', () => ImportAttendanceInput) input: ImportAttendanceInput): Promise<ImportAttendancePayload> {
    return importAttendance(ctx, input);
  }

  @FieldResolver(() => AdministrativeUnit)
  async administrativeUnit(@Root() event: TrainingEvent, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit> {
    return (await ctx.loaders.unitById.load(event.administrativeUnitId))!;
  }

  @FieldResolver(() => Task, { description: 'The plan task the event serves.' })
  async task(@Root() event: TrainingEvent, @Ctx() ctx: RequestContext): Promise<Task> {
    return (await ctx.loaders.taskById.load(event.taskId))!;
  }

  @FieldResolver(() => Agency, { nullable: true })
  organisingAgency(@Root() event: TrainingEvent, @Ctx() ctx: RequestContext): Promise<Agency | null> | null {
    return event.organisingAgencyId ? ctx.loaders.agencyById.load(event.organisingAgencyId) : null;
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The hosting organisation of the register, when one is named (a deleted one shows as its tombstone).',
  })
  hostOrganisation(@Root() record: { hostOrganisationId: string | null }, @Ctx() ctx: RequestContext): Promise<Organisation | null> | null {
    return record.hostOrganisationId ? ctx.loaders.organisationById.load(record.hostOrganisationId) : null;
  }

  @FieldResolver(() => Int, { description: 'People on the imported attendance list.' })
  attendeeCount(@Root() event: TrainingEvent, @Ctx() ctx: RequestContext): Promise<number> {
    return ctx.loaders.attendeeCountByEvent.load(event.id);
  }

  @FieldResolver(() => [TrainingAttendee], {
    nullable: true,
    description: "The attendance list; null unless you may write for the event's unit (or are a province officer or verifier).",
    complexity: ({ childComplexity }) => 1 + 10 * childComplexity,
  })
  async attendees(@Root() event: TrainingEvent, @Ctx() ctx: RequestContext): Promise<TrainingAttendee[] | null> {
    const readable = draftReadableUnits(ctx.principal);
    if (readable !== 'ALL' && !readable.includes(event.administrativeUnitId)) return null;
    return ctx.loaders.attendeesByEvent.load(event.id);
  }
}
