import DataLoader from 'dataloader';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { RequestContext } from '../context';
import { BadUserInputError } from '../errors/app-errors';
import { isUuid, tryDecodeGlobalId } from './global-id';
import { Node } from './node.interface';

/** The loader that fetches each Node type by its database id. */
function nodeLoaders(ctx: RequestContext): Record<string, DataLoader<string, Node | null>> {
  const l = ctx.loaders;
  return {
    AdministrativeUnit: l.unitById,
    Agency: l.agencyById,
    Plan: l.planById,
    Section: l.sectionById,
    Task: l.taskById,
    Target: l.targetById,
  };
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global ID; null when it does not exist.' })
  node(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Node | null> {
    const decoded = tryDecodeGlobalId(id);
    const loader = decoded && nodeLoaders(ctx)[decoded.type];
    if (!decoded || !loader || !isUuid(decoded.id)) {
      throw new BadUserInputError(`"${id}" is not an ID issued by this API`, 'id', 'INVALID_ID');
    }
    return loader.load(decoded.id);
  }
}
