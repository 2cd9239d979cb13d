import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { assertAccessDeclared, denyUndeclared } from '../core/auth/deny-undeclared';
import { checkInput } from '../core/input/input-middleware';
import { NodeResolver } from '../core/relay/node.resolver';
import { AuditResolver } from '../modules/audit/audit.resolver';
import { ApiKeyResolver } from '../modules/identity/api-key.resolver';
import { AuthResolver } from '../modules/identity/auth.resolver';
import { UserResolver } from '../modules/identity/user.resolver';
import { CommuneImplementationPlanResolver } from '../modules/progress/commune-implementation-plan.resolver';
import { SyncResolver } from '../modules/sync/sync.resolver';
import { AgencyResolver } from '../modules/agencies/agency.resolver';
import { GeographyResolver } from '../modules/geography/geography.resolver';
import { PlanQueryResolver, SectionResolver } from '../modules/plan/plan.resolver';
import { TaskResolver } from '../modules/plan/task.resolver';
import { ActivityRecordResolver } from '../modules/emissions/activity/activity-record.resolver';
import { CalculatorResolver } from '../modules/emissions/calculator/calculator.resolver';
import { EmissionInventoryResolver, InventoryLineResolver } from '../modules/emissions/inventory/inventory.resolver';
import { ProvincialInventoryResolver } from '../modules/emissions/provincial/provincial-inventory.resolver';
import { NationalInventoryResolver } from '../modules/emissions/provincial/national.resolver';
import { EmissionReportsResolver } from '../modules/emissions/reports/reports.resolver';
import { PilotReductionResolver } from '../modules/field-records/pilots/pilot-reduction.resolver';
import { ProgressReportResolver } from '../modules/progress/reports/progress-report.resolver';
import { PlanViewsResolver } from '../modules/progress/targets/plan-views.resolver';
import { PilotModelResolver } from '../modules/field-records/pilots/pilot-model.resolver';
import { TrainingEventResolver } from '../modules/field-records/trainings/training-event.resolver';
import {
  EventCountResolver,
  FieldRecordCountsResolver,
  PilotCountResolver,
  TrainedFarmerCountResolver,
} from '../modules/field-records/counts/field-record-counts.resolver';
import { MaterialResolver } from '../modules/field-records/materials/material.resolver';
import { CourseLessonResolver, CourseResolver } from '../modules/field-records/courses/course.resolver';
import { FarmerAccountResolver } from '../modules/field-records/courses/farmer-account.resolver';
import { EnrolmentResolver } from '../modules/field-records/courses/enrolment.resolver';
import { BudgetLineResolver, BudgetTotalResolver } from '../modules/progress/budget/budget.resolver';
import { FollowUpActionResolver, InspectionResolver } from '../modules/progress/inspections/inspection.resolver';

export const resolvers = [
  NodeResolver,
  SectionResolver,
  PlanQueryResolver,
  TaskResolver,
  AgencyResolver,
  GeographyResolver,
  AuthResolver,
  UserResolver,
  ApiKeyResolver,
  AuditResolver,
  CommuneImplementationPlanResolver,
  CalculatorResolver,
  ActivityRecordResolver,
  EmissionInventoryResolver,
  InventoryLineResolver,
  ProvincialInventoryResolver,
  NationalInventoryResolver,
  EmissionReportsResolver,
  PilotReductionResolver,
  ProgressReportResolver,
  PlanViewsResolver,
  SyncResolver,
  PilotModelResolver,
  TrainingEventResolver,
  FieldRecordCountsResolver,
  EventCountResolver,
  TrainedFarmerCountResolver,
  PilotCountResolver,
  MaterialResolver,
  CourseResolver,
  CourseLessonResolver,
  FarmerAccountResolver,
  EnrolmentResolver,
  BudgetLineResolver,
  BudgetTotalResolver,
  InspectionResolver,
  FollowUpActionResolver,
] as const;

/**
 * The API schema; refuses to build when any operation lacks an access declaration (deny by default).
 * Every argument is checked (checkInput) before any resolver runs; the checks depend on the schema and
 * the values only, never on the caller, so they reveal nothing an introspection would not.
 */
export async function buildApiSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers, validate: true, globalMiddlewares: [denyUndeclared, checkInput] });
  assertAccessDeclared(schema);
  return schema;
}

/** The SDL committed as schema/schema.graphql; sorted so the diff shows only real changes. */
export function printApiSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
