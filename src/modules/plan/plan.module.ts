import { PUBLIC } from '../../core/auth/access';
import { ApiModule } from '../../core/modules/api-module';
import { AgencyTasksResolver } from './agency-tasks.resolver';
import { Plan } from './plan.entity';
import { createPlanLoaders } from './plan.loaders';
import { PlanQueryResolver, SectionResolver } from './plan.resolver';
import { Section } from './section.entity';
import { Target } from './target.entity';
import { TaskAgency } from './task-agency.entity';
import { Task } from './task.entity';
import { TaskResolver } from './task.resolver';

declare module '../../core/auth/scopes' {
  interface ScopeResources {
    plan: true;
  }
}

export const planModule: ApiModule = {
  name: 'plan',
  entities: [Plan, Section, Task, TaskAgency, Target],
  resolvers: [SectionResolver, PlanQueryResolver, TaskResolver, AgencyTasksResolver],
  // The agencies module comes first in the composition root, so its loader is there to share.
  loaders: (dataSource, all) => createPlanLoaders(dataSource, all.agencyById),
  nodeTypes: {
    Plan: { rule: PUBLIC, load: (ctx, id) => ctx.loaders.planById.load(id) },
    Section: { rule: PUBLIC, load: (ctx, id) => ctx.loaders.sectionById.load(id) },
    Task: { rule: PUBLIC, load: (ctx, id) => ctx.loaders.taskById.load(id) },
    Target: { rule: PUBLIC, load: (ctx, id) => ctx.loaders.targetById.load(id) },
  },
  scopes: ['plan'],
};
