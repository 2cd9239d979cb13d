import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../../core/context';
import { Agency } from '../agencies';
import { Section } from './section.entity';
import { Target } from './target.entity';
import { Task } from './task.entity';

@Resolver(() => Task)
export class TaskResolver {
  @FieldResolver(() => Section)
  async section(@Root() task: Task, @Ctx() ctx: RequestContext): Promise<Section> {
    return (await ctx.loaders.sectionById.load(task.sectionId))!;
  }

  @FieldResolver(() => [Agency], { description: "Cơ quan chủ trì, in the plan's order; a group stands for its members." })
  async leadAgencies(@Root() task: Task, @Ctx() ctx: RequestContext): Promise<Agency[]> {
    return (await ctx.loaders.taskAgencies.load(task.id)).lead;
  }

  @FieldResolver(() => [Agency], { description: "Cơ quan phối hợp, in the plan's order; a group stands for its members." })
  async coordinatingAgencies(@Root() task: Task, @Ctx() ctx: RequestContext): Promise<Agency[]> {
    return (await ctx.loaders.taskAgencies.load(task.id)).coordinating;
  }

  @FieldResolver(() => [Target], { description: 'Measurable targets parsed from the expected result.' })
  targets(@Root() task: Task, @Ctx() ctx: RequestContext): Promise<Target[]> {
    return ctx.loaders.targetsByTask.load(task.id);
  }
}
