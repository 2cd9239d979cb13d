import { Arg, Args, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../../core/auth/access';
import { RequestContext } from '../../../core/context';
import { UserError } from '../../../core/errors/user-error';
import { ConnectionType } from '../../../core/relay/connection';
import { toGlobalId } from '../../../core/relay/global-id';
import { PageArgs } from '../../../core/relay/pagination';
import { Agency } from '../../agencies';
import { AdministrativeUnit } from '../../geography';
import { Task } from '../../plan';
import { FollowUpAction } from './follow-up-action.entity';
import { INSPECTION_READERS, INSPECTION_WRITERS } from './inspection-access';
import { PILOT_MODEL_TYPE, isOverdue } from './inspection-checks';
import { listInspections } from './inspection-list';
import { Inspection } from './inspection.entity';
import { InspectionFilter, RecordInspectionInput, UpdateFollowUpActionInput, UpdateInspectionInput } from './inspection.inputs';
import { recordInspection, subjectLabel, updateFollowUpAction, updateInspection } from './inspection.service';

@ObjectType({ description: 'A page of inspections, latest first.' })
export class InspectionConnection extends ConnectionType(Inspection, 'Inspection') {}

@ObjectType()
export class InspectionPayload {
  @Field(() => Inspection, { nullable: true })
  inspection: Inspection | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class FollowUpActionPayload {
  @Field(() => FollowUpAction, { nullable: true })
  followUpAction: FollowUpAction | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@Resolver(() => Inspection)
export class InspectionResolver {
  @Access(INSPECTION_READERS)
  @Query(() => InspectionConnection, { description: 'Inspections (task VIII.1), latest first.' })
  inspections(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => InspectionFilter, { nullable: true }) filter?: InspectionFilter | null,
  ): Promise<InspectionConnection> {
    return listInspections(ctx, page, filter) as Promise<InspectionConnection>;
  }

  @Access(INSPECTION_WRITERS)
  @Mutation(() => InspectionPayload, { description: 'Records an inspection with its follow-up actions; agency officers for their own agency.' })
  recordInspection(@Ctx() ctx: RequestContext, @Arg('input', () => RecordInspectionInput) input: RecordInspectionInput): Promise<InspectionPayload> {
    return recordInspection(ctx, input);
  }

  @Access(INSPECTION_WRITERS)
  @Mutation(() => InspectionPayload, { description: 'Corrects the version you edited and adds follow-up actions.' })
  updateInspection(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateInspectionInput) input: UpdateInspectionInput): Promise<InspectionPayload> {
    return updateInspection(ctx, input);
  }

  @Access(INSPECTION_WRITERS)
  @Mutation(() => FollowUpActionPayload, { description: 'Changes the status (or details) of the version you edited; also for the responsible agency.' })
  updateFollowUpAction(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateFollowUpActionInput) input: UpdateFollowUpActionInput,
  ): Promise<FollowUpActionPayload> {
    return updateFollowUpAction(ctx, input);
  }

  @FieldResolver(() => Task, { nullable: true, description: 'Subject TASK: the task.' })
  task(@Root() inspection: Inspection, @Ctx() ctx: RequestContext): Promise<Task | null> | null {
    return inspection.taskId ? ctx.loaders.taskById.load(inspection.taskId) : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: "Subject PILOT: the pilot model's global ID." })
  pilotModelId(@Root() inspection: Inspection): string | null {
    return inspection.pilotModelId ? toGlobalId(PILOT_MODEL_TYPE, inspection.pilotModelId) : null;
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true, description: 'Subject COMMUNE: the commune or ward.' })
  administrativeUnit(@Root() inspection: Inspection, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit | null> | null {
    return inspection.administrativeUnitId ? ctx.loaders.unitById.load(inspection.administrativeUnitId) : null;
  }

  @FieldResolver(() => String, { description: 'What was inspected, in one line.' })
  async subject(@Root() inspection: Inspection, @Ctx() ctx: RequestContext): Promise<string> {
    const task = inspection.taskId ? await ctx.loaders.taskById.load(inspection.taskId) : null;
    const unit = inspection.administrativeUnitId ? await ctx.loaders.unitById.load(inspection.administrativeUnitId) : null;
    return subjectLabel(inspection.subjectKind, { taskCode: task?.code, unitName: unit?.name, unitCode: unit?.code, pilotModelId: inspection.pilotModelId });
  }

  @FieldResolver(() => Agency)
  async inspectingAgency(@Root() inspection: Inspection, @Ctx() ctx: RequestContext): Promise<Agency> {
    return (await ctx.loaders.agencyById.load(inspection.inspectingAgencyId))!;
  }

  @FieldResolver(() => [FollowUpAction], { description: 'Earliest due first.' })
  followUpActions(@Root() inspection: Inspection, @Ctx() ctx: RequestContext): Promise<FollowUpAction[]> {
    return ctx.loaders.followUpActionsByInspection.load(inspection.id);
  }

  @FieldResolver(() => Date)
  updatedAt(@Root() inspection: Inspection): Date {
    return inspection.updatedAt;
  }
}

@Resolver(() => FollowUpAction)
export class FollowUpActionResolver {
  @FieldResolver(() => Inspection)
  async inspection(@Root() action: FollowUpAction, @Ctx() ctx: RequestContext): Promise<Inspection> {
    return (await ctx.loaders.inspectionById.load(action.inspectionId))!;
  }

  @FieldResolver(() => Agency, { nullable: true })
  responsibleAgency(@Root() action: FollowUpAction, @Ctx() ctx: RequestContext): Promise<Agency | null> | null {
    return action.responsibleAgencyId ? ctx.loaders.agencyById.load(action.responsibleAgencyId) : null;
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true, description: 'The commune or ward that must act.' })
  responsibleUnit(@Root() action: FollowUpAction, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit | null> | null {
    return action.responsibleUnitId ? ctx.loaders.unitById.load(action.responsibleUnitId) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Still OPEN after its due day (Asia/Ho_Chi_Minh) has ended.' })
  overdue(@Root() action: FollowUpAction): boolean {
    return isOverdue(action, new Date());
  }
}
