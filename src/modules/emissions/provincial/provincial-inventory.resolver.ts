import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Access, PUBLIC } from '../../../core/auth/access';
import { Role } from '../../../core/auth/roles';
import { draftReadableUnits } from '../../../core/auth/unit-scope';
import { RequestContext } from '../../../core/context';
import { ConnectionType } from '../../../core/relay/connection';
import { PageArgs } from '../../../core/relay/pagination';
import { selectedColumns } from '../../../core/relay/selected-columns';
import { EmissionInventory } from '../inventory/emission-inventory.entity';
import { ProvincialInventoryLine } from './provincial-inventory-line.entity';
import { ProvincialInventory } from './provincial-inventory.entity';
import { compileProvincialInventory, listProvincialInventories, reopenProvincialInventory, verifyProvincialInventory } from './provincial-inventory.service';
import {
  CompileProvincialInventoryInput,
  MissingCommuneView,
  ProvincialInventoryFilter,
  ProvincialInventoryIdInput,
  ProvincialInventoryPayload,
  ReopenProvincialInventoryInput,
} from './provincial-inventory.types';
import { dataSetWork } from '../../../server/limits/cost-estimators';

@ObjectType({ description: 'A page of provincial inventories.' })
export class ProvincialInventoryConnection extends ConnectionType(ProvincialInventory, 'ProvincialInventory') {}

/** What the field resolvers below read of the row (fields not named here are columns of the same name). */
const RESOLVED_FROM: Record<string, string[]> = {
  id: ['id'],
  lines: ['id'],
  communesMissing: ['communesMissing'],
  communeInventories: ['communeInventoryIds'],
};

@Resolver(() => ProvincialInventory)
export class ProvincialInventoryResolver {
  @Access(PUBLIC)
  @Query(() => ProvincialInventoryConnection, { description: 'Verified provincial inventories for everyone; drafts and history for the province.' })
  provincialInventories(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ProvincialInventoryFilter, { nullable: true }) filter?: ProvincialInventoryFilter | null,
  ): Promise<ProvincialInventoryConnection> {
    // Only the columns the selection reads: a row carries ~100 commune inventory IDs and codes, and JSON.
    const columns = selectedColumns(info, ctx.dataSource.getMetadata(ProvincialInventory), RESOLVED_FROM);
    return listProvincialInventories(ctx, page, filter, draftReadableUnits(ctx.principal) === 'ALL', columns) as Promise<ProvincialInventoryConnection>;
  }

  @Access({ roles: [Role.ADMIN, Role.PROVINCE_OFFICER] })
  @Mutation(() => ProvincialInventoryPayload, {
    description: 'Adds up the verified commune inventories of a year that use this factor set and GWP set (sets are never mixed) into a new DRAFT version.',
    complexity: dataSetWork,
  })
  compileProvincialInventory(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CompileProvincialInventoryInput) input: CompileProvincialInventoryInput,
  ): Promise<ProvincialInventoryPayload> {
    return compileProvincialInventory(ctx, input);
  }

  @Access({ roles: [Role.VERIFIER, Role.PROVINCE_OFFICER] })
  @Mutation(() => ProvincialInventoryPayload, { description: 'DRAFT → VERIFIED: locks it and queues its delivery to the national inventory.' })
  verifyProvincialInventory(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ProvincialInventoryIdInput) input: ProvincialInventoryIdInput,
  ): Promise<ProvincialInventoryPayload> {
    return verifyProvincialInventory(ctx, input.id);
  }

  @Access({ roles: [Role.PROVINCE_OFFICER] })
  @Mutation(() => ProvincialInventoryPayload, { description: 'VERIFIED → REOPENED (audited); the next verified version says it replaces this one.' })
  reopenProvincialInventory(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ReopenProvincialInventoryInput) input: ReopenProvincialInventoryInput,
  ): Promise<ProvincialInventoryPayload> {
    return reopenProvincialInventory(ctx, input.id, input.reason);
  }

  @FieldResolver(() => [ProvincialInventoryLine], {
    description: 'Totals by IPCC category, gas and kind.',
    complexity: ({ childComplexity }) => 1 + 10 * childComplexity,
  })
  lines(@Root() inventory: ProvincialInventory, @Ctx() ctx: RequestContext): Promise<ProvincialInventoryLine[]> {
    return ctx.loaders.provincialLinesByInventory.load(inventory.id);
  }

  @FieldResolver(() => [MissingCommuneView], {
    description: 'Communes and wards not included, and why.',
    complexity: ({ childComplexity }) => 1 + 100 * childComplexity,
  })
  communesMissing(@Root() inventory: ProvincialInventory): MissingCommuneView[] {
    return inventory.communesMissing;
  }

  @FieldResolver(() => [EmissionInventory], {
    description: 'The verified commune inventories it adds up.',
    complexity: ({ childComplexity }) => 1 + 100 * childComplexity,
  })
  async communeInventories(@Root() inventory: ProvincialInventory, @Ctx() ctx: RequestContext): Promise<EmissionInventory[]> {
    const found = await ctx.loaders.emissionInventoryById.loadMany(inventory.communeInventoryIds);
    return found.filter((i): i is EmissionInventory => i instanceof EmissionInventory);
  }
}
