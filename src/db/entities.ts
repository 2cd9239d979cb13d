import { Agency } from '../modules/agencies/agency.entity';
import { AuditEvent } from '../modules/audit/audit-event.entity';
import { ApiKey } from '../modules/identity/api-key.entity';
import { RefreshToken } from '../modules/identity/refresh-token.entity';
import { User } from '../modules/identity/user.entity';
import { CommuneImplementationPlan } from '../modules/progress/commune-implementation-plan.entity';
import { AgencyGroupMember } from '../modules/agencies/agency-group-member.entity';
import { AdministrativeUnit } from '../modules/geography/administrative-unit.entity';
import { Plan } from '../modules/plan/plan.entity';
import { Section } from '../modules/plan/section.entity';
import { Target } from '../modules/plan/target.entity';
import { TaskAgency } from '../modules/plan/task-agency.entity';
import { Task } from '../modules/plan/task.entity';

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
];
