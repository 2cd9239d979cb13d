import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Access, PUBLIC } from '../../core/auth/access';
import { RequestContext } from '../../core/context';
import { PageArgs } from '../../core/relay/pagination';
import { AdministrativeUnit } from '../geography';
import { AgencyConnection } from './agency.connection';
import { AgencyFilter } from './agency-filter.input';
import { Agency, AgencyKind } from './agency.entity';
import { listAgencies } from './agency.service';

@Resolver(() => Agency)
export class AgencyResolver {
  @Access(PUBLIC)
  @Query(() => AgencyConnection, { description: 'Agencies ordered by code.' })
  agencies(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => AgencyFilter, { nullable: true }) filter?: AgencyFilter | null,
  ): Promise<AgencyConnection> {
    return listAgencies(ctx, page, filter) as Promise<AgencyConnection>;
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true, description: 'The province or commune the agency belongs to.' })
  administrativeUnit(@Root() agency: Agency, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit | null> | null {
    return agency.administrativeUnitId ? ctx.loaders.unitById.load(agency.administrativeUnitId) : null;
  }

  @FieldResolver(() => [Agency], {
    description: 'For a GROUP, the agencies it stands for (empty for an open group).',
    // A group may stand for 102 committees: counted as ten items in the query cost.
    complexity: ({ childComplexity }) => 1 + 10 * childComplexity,
  })
  async members(@Root() agency: Agency, @Ctx() ctx: RequestContext): Promise<Agency[]> {
    if (agency.kind !== AgencyKind.GROUP) return [];
    return (await ctx.loaders.groupMembers.load(agency.id)).map(({ target }) => target);
  }
}
