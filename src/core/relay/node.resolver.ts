import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import { Access, PUBLIC, assertAllowed } from '../auth/access';
import { RequestContext } from '../context';
import { BadUserInputError } from '../errors/app-errors';
import { NodeType } from '../modules/api-module';
import { isUuid, tryDecodeGlobalId } from './global-id';
import { Node } from './node.interface';

/** The `node(id)` resolver over the node types the modules declare (by GraphQL type name). */
export function createNodeResolver(nodeTypes: Readonly<Record<string, NodeType>>) {
  @Resolver()
  class NodeResolver {
    @Access(PUBLIC)
    @Query(() => Node, { nullable: true, description: 'Any object by its global ID; null when it does not exist or is not visible to you.' })
    node(@Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo, @Arg('id', () => ID) id: string): Promise<Node | null> {
      const decoded = tryDecodeGlobalId(id);
      const type = decoded && Object.hasOwn(nodeTypes, decoded.type) ? nodeTypes[decoded.type] : undefined;
      if (!decoded || !type || !isUuid(decoded.id)) {
        throw new BadUserInputError(`"${id}" is not an ID issued by this API`, 'id', 'INVALID_ID');
      }
      assertAllowed(type.rule, ctx.principal);
      return type.load(ctx, decoded.id, info);
    }
  }
  return NodeResolver;
}
