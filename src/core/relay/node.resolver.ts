import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { ACTIVITY_READERS } from '../../modules/emissions/activity/activity-record.resolver';
import { canReadActivity } from '../../modules/emissions/activity/activity-record.service';
import { canReadInventory } from '../../modules/emissions/inventory/inventory-query.service';
import { draftReadableUnits } from '../auth/unit-scope';
import { REPORT_READERS } from '../../modules/progress/reports/progress-report.resolver';
import { canReadReport } from '../../modules/progress/reports/progress-report.service';
import { findVisiblePlan } from '../../modules/progress/commune-implementation-plan.service';
import { SyncJob } from '../../modules/sync/sync-job.entity';
import { SYNC_READERS } from '../../modules/sync/sync.resolver';
import { PILOT_READERS } from '../../modules/field-records/pilots/pilot-access';
import { TRAINING_READERS } from '../../modules/field-records/trainings/training-access';
import { FARMER_RECORD_READERS } from '../../modules/field-records/courses/courses-access';
import { findVisibleEnrolment, findVisibleFarmerAccount } from '../../modules/field-records/courses/farmer-scope';
import { ADMIN_ONLY, Access, AccessRule, PUBLIC, assertAllowed } from '../auth/access';
import { RequestContext } from '../context';
import { BadUserInputError } from '../errors/app-errors';
import { isUuid, tryDecodeGlobalId } from './global-id';
import { Node } from './node.interface';
import { BUDGET_READERS } from '../../modules/progress/budget/budget-access';
import { INSPECTION_READERS } from '../../modules/progress/inspections/inspection-access';

interface NodeType {
  rule: AccessRule;
  load(ctx: RequestContext, id: string): Promise<Node | null>;
}

/** How each type is fetched by id, and who may fetch it this way (the same rules as its queries). */
const NODE_TYPES: Record<string, NodeType> = {
  AdministrativeUnit: { rule: PUBLIC, load: (ctx, id) => ctx.loaders.unitById.load(id) },
  Agency: { rule: PUBLIC, load: (ctx, id) => ctx.loaders.agencyById.load(id) },
  Plan: { rule: PUBLIC, load: (ctx, id) => ctx.loaders.planById.load(id) },
  Section: { rule: PUBLIC, load: (ctx, id) => ctx.loaders.sectionById.load(id) },
  Task: { rule: PUBLIC, load: (ctx, id) => ctx.loaders.taskById.load(id) },
  Target: { rule: PUBLIC, load: (ctx, id) => ctx.loaders.targetById.load(id) },
  CommuneImplementationPlan: {
    rule: PUBLIC,
    load: async (ctx, id) => findVisiblePlan(ctx, await ctx.loaders.implementationPlanById.load(id)),
  },
  ActivityRecord: {
    rule: ACTIVITY_READERS,
    load: async (ctx, id) => {
      const record = await ctx.loaders.activityRecordById.load(id);
      return record && canReadActivity(ctx, record.administrativeUnitId) ? record : null;
    },
  },
  EmissionInventory: {
    rule: PUBLIC,
    load: async (ctx, id) => {
      const inventory = await ctx.loaders.emissionInventoryById.load(id);
      return inventory && canReadInventory(ctx, inventory) ? inventory : null;
    },
  },
  ProvincialInventory: {
    rule: PUBLIC,
    load: async (ctx, id) => {
      const inventory = await ctx.loaders.provincialInventoryById.load(id);
      return inventory && (inventory.status === 'VERIFIED' || draftReadableUnits(ctx.principal) === 'ALL') ? inventory : null;
    },
  },
  ProgressReport: {
    rule: REPORT_READERS,
    load: async (ctx, id) => {
      const report = await ctx.loaders.progressReportById.load(id);
      return report && (await canReadReport(ctx, report)) ? report : null;
    },
  },
  PilotModel: { rule: PILOT_READERS, load: (ctx, id) => ctx.loaders.pilotModelById.load(id) },
  TrainingEvent: { rule: TRAINING_READERS, load: (ctx, id) => ctx.loaders.trainingEventById.load(id) },
  Material: { rule: PUBLIC, load: (ctx, id) => ctx.loaders.materialById.load(id) },
  Course: { rule: PUBLIC, load: (ctx, id) => ctx.loaders.courseById.load(id) },
  CourseLesson: { rule: PUBLIC, load: (ctx, id) => ctx.loaders.lessonById.load(id) },
  FarmerAccount: { rule: FARMER_RECORD_READERS, load: findVisibleFarmerAccount },
  Enrolment: { rule: FARMER_RECORD_READERS, load: findVisibleEnrolment },
  User: { rule: ADMIN_ONLY, load: (ctx, id) => ctx.loaders.userById.load(id) },
  ApiKey: { rule: ADMIN_ONLY, load: (ctx, id) => ctx.loaders.apiKeyById.load(id) },
  AuditEvent: { rule: ADMIN_ONLY, load: (ctx, id) => ctx.loaders.auditEventById.load(id) },
  SyncJob: { rule: SYNC_READERS, load: (ctx, id) => ctx.dataSource.getRepository(SyncJob).findOneBy({ id }) },
  BudgetLine: { rule: BUDGET_READERS, load: (ctx, id) => ctx.loaders.budgetLineById.load(id) },
  Inspection: { rule: INSPECTION_READERS, load: (ctx, id) => ctx.loaders.inspectionById.load(id) },
  FollowUpAction: { rule: INSPECTION_READERS, load: (ctx, id) => ctx.loaders.followUpActionById.load(id) },
};

@Resolver()
export class NodeResolver {
  @Access(PUBLIC)
  @Query(() => Node, { nullable: true, description: 'Any object by its global ID; null when it does not exist or is not visible to you.' })
  node(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Node | null> {
    const decoded = tryDecodeGlobalId(id);
    const type = decoded && NODE_TYPES[decoded.type];
    if (!decoded || !type || !isUuid(decoded.id)) {
      throw new BadUserInputError(`"${id}" is not an ID issued by this API`, 'id', 'INVALID_ID');
    }
    assertAllowed(type.rule, ctx.principal);
    return type.load(ctx, decoded.id);
  }
}
