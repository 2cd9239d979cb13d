import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { Access, PUBLIC } from '../../core/auth/access';
import { RequestContext } from '../../core/context';
import { PageArgs } from '../../core/relay/pagination';
import { selectedColumns } from '../../core/relay/selected-columns';
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

/** What Task's field resolvers (task.resolver.ts) read of the row; other fields are columns of the same name. */
const TASK_RESOLVED_FROM: Record<string, string[]> = {
  id: ['id'],
  section: ['sectionId'],
  leadAgencies: ['id'],
  coordinatingAgencies: ['id'],
  targets: ['id'],
};

@Resolver(() => Task)
export class PlanQueryResolver {
  @Access(PUBLIC)
  @Query(() => TaskConnection, { description: "The plan's tasks in plan order." })
  tasks(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => TaskFilter, { nullable: true }) filter?: TaskFilter | null,
  ): Promise<TaskConnection> {
    // Only the columns the selection reads (the task texts are long), the key and the order's column.
    const columns = selectedColumns(info, ctx.dataSource.getMetadata(Task), TASK_RESOLVED_FROM, ['id', 'ordinal']);
    return listTasks(ctx, page, filter, columns) as Promise<TaskConnection>;
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
