// The plan module's public surface: other modules import only this file (or ports.ts).
export { planModule } from './plan.module';
export { agencyHasTaskRole, tasksOfAgency } from './agency-task-roles';
export { Section } from './section.entity';
export { Target, TargetPer } from './target.entity';
export { AgencyRole } from './task-agency.entity';
export { Task } from './task.entity';
