import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Access, PUBLIC } from '../../core/auth/access';
import { RequestContext } from '../../core/context';
import { PageArgs } from '../../core/relay/pagination';
import { AdministrativeUnitConnection } from './administrative-unit.connection';
import { AdministrativeUnitFilter } from './administrative-unit-filter.input';
import { AdministrativeUnit } from './administrative-unit.entity';
import { findAdministrativeUnitByCode, listAdministrativeUnits } from './geography.service';

@Resolver(() => AdministrativeUnit)
export class GeographyResolver {
  @Access(PUBLIC)
  @Query(() => AdministrativeUnitConnection, { description: 'Administrative units ordered by code.' })
  administrativeUnits(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => AdministrativeUnitFilter, { nullable: true }) filter?: AdministrativeUnitFilter | null,
  ): Promise<AdministrativeUnitConnection> {
    return listAdministrativeUnits(ctx, page, filter) as Promise<AdministrativeUnitConnection>;
  }

  @Access(PUBLIC)
  @Query(() => AdministrativeUnit, { nullable: true, description: 'A unit by its official code, e.g. "66" or "24175".' })
  administrativeUnit(@Ctx() ctx: RequestContext, @Arg('code', () => String) code: string): Promise<AdministrativeUnit | null> {
    return findAdministrativeUnitByCode(ctx, code);
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true })
  parent(@Root() unit: AdministrativeUnit, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit | null> | null {
    return unit.parentId ? ctx.loaders.unitById.load(unit.parentId) : null;
  }

  @FieldResolver(() => [AdministrativeUnit], {
    description: 'Units directly below, ordered by code.',
    // Up to 102 rows (the province): counted as ten items, not one, in the query cost.
    complexity: ({ childComplexity }) => 1 + 10 * childComplexity,
  })
  children(@Root() unit: AdministrativeUnit, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit[]> {
    return ctx.loaders.unitsByParent.load(unit.id);
  }
}
