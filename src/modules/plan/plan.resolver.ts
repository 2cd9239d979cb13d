import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Access, PUBLIC } from '../../core/auth/access';
import { RequestContext } from '../../core/context';
import { PageArgs } from '../../core/relay/pagination';
import { Section } from './section.entity';
import { TaskConnection } from './task.connection';
import { TaskFilter } from './task-filter.input';
import { Task } from './task.entity';
import { Plan } from './plan.entity';
import { findPlan, findTaskByCode, listSections, listTasks } from './plan.service';

@Resolver(() => Section)
export class SectionResolver {
  @Access(PUBLIC)
  @Query(() => [Section], { description: "The plan's sections I-VIII, in order." })
  sections(@Ctx() ctx: RequestContext): Promise<Section[]> {
    return listSections(ctx);
  }

  @FieldResolver(() => [Task], { description: "The section's tasks, in order." })
  tasks(@Root() section: Section, @Ctx() ctx: RequestContext): Promise<Task[]> {
    return ctx.loaders.tasksBySection.load(section.id);
  }
}

@Resolver(() => Task)
export class PlanQueryResolver {
  @Access(PUBLIC)
  @Query(() => TaskConnection, { description: "The plan's tasks in plan order." })
  tasks(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => TaskFilter, { nullable: true }) filter?: TaskFilter | null,
  ): Promise<TaskConnection> {
    return listTasks(ctx, page, filter) as Promise<TaskConnection>;
  }

  @Access(PUBLIC)
  @Query(() => Plan, { description: 'The plan the task table belongs to.' })
  async plan(@Ctx() ctx: RequestContext): Promise<Plan> {
    return findPlan(ctx);
  }

  @Access(PUBLIC)
  @Query(() => Task, { nullable: true, description: 'A task by its code, e.g. "IV.2"; null when there is none.' })
  task(@Ctx() ctx: RequestContext, @Arg('code', () => String) code: string): Promise<Task | null> {
    return findTaskByCode(ctx, code);
  }
}
