import { Agency } from '../modules/agencies/agency.entity';
import { AgencyGroupMember } from '../modules/agencies/agency-group-member.entity';
import { AdministrativeUnit } from '../modules/geography/administrative-unit.entity';
import { Plan } from '../modules/plan/plan.entity';
import { Section } from '../modules/plan/section.entity';
import { Target } from '../modules/plan/target.entity';
import { TaskAgency } from '../modules/plan/task-agency.entity';
import { Task } from '../modules/plan/task.entity';

/** Every persisted entity; the migrations must produce exactly this schema (a test checks). */
export const entities = [AdministrativeUnit, Agency, AgencyGroupMember, Plan, Section, Task, TaskAgency, Target];
