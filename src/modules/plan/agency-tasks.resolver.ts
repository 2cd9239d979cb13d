import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../../core/context';
import { Agency } from '../agencies';
import { agencyRoleKey } from './plan.loaders';
import { AgencyRole } from './task-agency.entity';
import { Task } from './task.entity';

/** `Agency.tasks`: the plan owns the task–agency links, so it adds this field to the agencies' type. */
@Resolver(() => Agency)
export class AgencyTasksResolver {
  @FieldResolver(() => [Task], { description: 'Tasks the agency has a role in, directly or through a group it belongs to.' })
  tasks(
    @Root() agency: Agency,
    @Ctx() ctx: RequestContext,
    @Arg('role', () => AgencyRole, { nullable: true, description: 'Only this role; both when omitted.' }) role?: AgencyRole | null,
  ): Promise<Task[]> {
    return ctx.loaders.tasksByAgencyRole.load(agencyRoleKey(agency.id, role));
  }
}
