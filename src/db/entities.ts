import { Agency } from '../modules/agencies/agency.entity';
import { ProgressReport } from '../modules/progress/reports/progress-report.entity';
import { ReportingDeadline } from '../modules/progress/reports/reporting-deadline.entity';
import { ActivityRecord } from '../modules/emissions/activity/activity-record.entity';
import { StoredFactorSet } from '../modules/emissions/factor-sets/stored-factor-set.entity';
import { EmissionInventory } from '../modules/emissions/inventory/emission-inventory.entity';
import { InventoryLine } from '../modules/emissions/inventory/inventory-line.entity';
import { ProvincialInventoryLine } from '../modules/emissions/provincial/provincial-inventory-line.entity';
import { ProvincialInventory } from '../modules/emissions/provincial/provincial-inventory.entity';
import { AuditEvent } from '../modules/audit/audit-event.entity';
import { ApiKey } from '../modules/identity/api-key.entity';
import { RefreshToken } from '../modules/identity/refresh-token.entity';
import { User } from '../modules/identity/user.entity';
import { CommuneImplementationPlan } from '../modules/progress/commune-implementation-plan.entity';
import { SyncJob } from '../modules/sync/sync-job.entity';
import { AgencyGroupMember } from '../modules/agencies/agency-group-member.entity';
import { AdministrativeUnit } from '../modules/geography/administrative-unit.entity';
import { Plan } from '../modules/plan/plan.entity';
import { Section } from '../modules/plan/section.entity';
import { Target } from '../modules/plan/target.entity';
import { TaskAgency } from '../modules/plan/task-agency.entity';
import { Task } from '../modules/plan/task.entity';
import { IdempotencyKey } from '../core/idempotency/idempotency-key.entity';
import { PilotModel } from '../modules/field-records/pilots/pilot-model.entity';
import { TrainingEvent } from '../modules/field-records/trainings/training-event.entity';
import { TrainingAttendee } from '../modules/field-records/trainings/training-attendee.entity';
import { Material } from '../modules/field-records/materials/material.entity';
import { Course } from '../modules/field-records/courses/course.entity';
import { CourseLesson } from '../modules/field-records/courses/course-lesson.entity';
import { FarmerAccount } from '../modules/field-records/courses/farmer-account.entity';
import { Enrolment, LessonCompletion } from '../modules/field-records/courses/enrolment.entity';
import { BudgetLine } from '../modules/progress/budget/budget-line.entity';
import { FollowUpAction } from '../modules/progress/inspections/follow-up-action.entity';
import { Inspection } from '../modules/progress/inspections/inspection.entity';

/** Every persisted entity; the migrations must produce exactly this schema (a test checks). */
export const entities = [
  AdministrativeUnit,
  Agency,
  AgencyGroupMember,
  Plan,
  Section,
  Task,
  TaskAgency,
  Target,
  User,
  RefreshToken,
  ApiKey,
  AuditEvent,
  CommuneImplementationPlan,
  StoredFactorSet,
  ActivityRecord,
  EmissionInventory,
  InventoryLine,
  ProvincialInventory,
  ProvincialInventoryLine,
  ProgressReport,
  ReportingDeadline,
  SyncJob,
  IdempotencyKey,
  PilotModel,
  TrainingEvent,
  TrainingAttendee,
  Material,
  Course,
  CourseLesson,
  FarmerAccount,
  Enrolment,
  LessonCompletion,
  BudgetLine,
  Inspection,
  FollowUpAction,
];
