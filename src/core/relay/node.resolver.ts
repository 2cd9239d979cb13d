import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { findVisiblePlan } from '../../modules/progress/commune-implementation-plan.service';
import { ADMIN_ONLY, Access, AccessRule, PUBLIC, assertAllowed } from '../auth/access';
import { RequestContext } from '../context';
import { BadUserInputError } from '../errors/app-errors';
import { isUuid, tryDecodeGlobalId } from './global-id';
import { Node } from './node.interface';

interface NodeType {
  rule: AccessRule;
  load(ctx: RequestContext, id: string): Promise<Node | null>;
}

/** How each type is fetched by id, and who may fetch it this way (the same rules as its queries). */
const NODE_TYPES: Record<string, NodeType> = {
  AdministrativeUnit: { rule: PUBLIC, load: (ctx, id) => ctx.loaders.unitById.load(id) },
  Agency: { rule: PUBLIC, load: (ctx, id) => ctx.loaders.agencyById.load(id) },
  Plan: { rule: PUBLIC, load: (ctx, id) => ctx.loaders.planById.load(id) },
  Section: { rule: PUBLIC, load: (ctx, id) => ctx.loaders.sectionById.load(id) },
  Task: { rule: PUBLIC, load: (ctx, id) => ctx.loaders.taskById.load(id) },
  Target: { rule: PUBLIC, load: (ctx, id) => ctx.loaders.targetById.load(id) },
  CommuneImplementationPlan: {
    rule: PUBLIC,
    load: async (ctx, id) => findVisiblePlan(ctx, await ctx.loaders.implementationPlanById.load(id)),
  },
  User: { rule: ADMIN_ONLY, load: (ctx, id) => ctx.loaders.userById.load(id) },
  ApiKey: { rule: ADMIN_ONLY, load: (ctx, id) => ctx.loaders.apiKeyById.load(id) },
  AuditEvent: { rule: ADMIN_ONLY, load: (ctx, id) => ctx.loaders.auditEventById.load(id) },
};

@Resolver()
export class NodeResolver {
  @Access(PUBLIC)
  @Query(() => Node, { nullable: true, description: 'Any object by its global ID; null when it does not exist or is not visible to you.' })
  node(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Node | null> {
    const decoded = tryDecodeGlobalId(id);
    const type = decoded && NODE_TYPES[decoded.type];
    if (!decoded || !type || !isUuid(decoded.id)) {
      throw new BadUserInputError(`"${id}" is not an ID issued by this API`, 'id', 'INVALID_ID');
    }
    assertAllowed(type.rule, ctx.principal);
    return type.load(ctx, decoded.id);
  }
}
