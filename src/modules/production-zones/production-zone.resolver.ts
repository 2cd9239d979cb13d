import { Arg, Args, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../core/auth/access';
import { RequestContext } from '../../core/context';
import { UserError } from '../../core/errors/user-error';
import { DeleteRecordInput } from '../../core/input/record-inputs';
import { PageArgs } from '../../core/relay/pagination';
import { SyncedConnectionType } from '../../core/relay/synced-list';
import { CriteriaSet } from '../criteria-sets';
import { AdministrativeUnit } from '../geography';
import { Organisation } from '../organisations';
import { ZONE_READERS, ZONE_WRITERS } from './production-zone-access';
import { listProductionZones } from './production-zone-list';
import { EnterpriseLink, ProductionZone } from './production-zone.entity';
import { CreateProductionZoneInput, ProductionZoneFilter, ProductionZoneOrder, UpdateProductionZoneInput } from './production-zone.inputs';
import { createProductionZone, deleteProductionZone, updateProductionZone } from './production-zone.service';

@ObjectType({ description: 'A page of production zones.' })
export class ProductionZoneConnection extends SyncedConnectionType(ProductionZone, 'ProductionZone') {}

@ObjectType()
export class ProductionZonePayload {
  @Field(() => ProductionZone, { nullable: true })
  productionZone: ProductionZone | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

const present = <T>(items: (T | null | Error)[]): T[] => items.filter((item): item is T => item !== null && !(item instanceof Error));

@Resolver(() => ProductionZone)
export class ProductionZoneResolver {
  @Access(ZONE_READERS)
  @Query(() => ProductionZoneConnection, {
    description:
      'Production zones (task VI.1), by code unless ordered otherwise. With updatedSince: every change since then, deletions as tombstones, oldest first.',
  })
  productionZones(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ProductionZoneFilter, { nullable: true }) filter?: ProductionZoneFilter | null,
    @Arg('orderBy', () => ProductionZoneOrder, { nullable: true }) orderBy?: ProductionZoneOrder | null,
    @Arg('updatedSince', () => Date, { nullable: true }) updatedSince?: Date | null,
  ): Promise<ProductionZoneConnection> {
    return listProductionZones(ctx, page, filter, orderBy, updatedSince) as Promise<ProductionZoneConnection>;
  }

  @Access(ZONE_WRITERS)
  @Mutation(() => ProductionZonePayload, { description: 'Registers a zone over communes you write for (agency officers: lead agencies of VI.1).' })
  createProductionZone(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateProductionZoneInput) input: CreateProductionZoneInput,
  ): Promise<ProductionZonePayload> {
    return createProductionZone(ctx, input);
  }

  @Access(ZONE_WRITERS)
  @Mutation(() => ProductionZonePayload, {
    description: 'Changes the given fields of the version you edited; status moves PLANNED → FORMING → ESTABLISHED, or to DISSOLVED.',
  })
  updateProductionZone(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateProductionZoneInput) input: UpdateProductionZoneInput,
  ): Promise<ProductionZonePayload> {
    return updateProductionZone(ctx, input);
  }

  @Access(ZONE_WRITERS)
  @Mutation(() => ProductionZonePayload, {
    description: 'Deletes softly (a mistaken entry; a zone that ended is DISSOLVED); syncing devices receive a tombstone.',
  })
  deleteProductionZone(@Ctx() ctx: RequestContext, @Arg('input', () => DeleteRecordInput) input: DeleteRecordInput): Promise<ProductionZonePayload> {
    return deleteProductionZone(ctx, input);
  }

  @FieldResolver(() => [AdministrativeUnit], { description: 'The communes and wards the zone spans.' })
  async communes(@Root() zone: ProductionZone, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit[]> {
    return present(await ctx.loaders.unitById.loadMany(zone.administrativeUnitIds));
  }

  @FieldResolver(() => [Organisation], { description: 'Member organisations (a deleted one shows as its tombstone).' })
  async memberOrganisations(@Root() zone: ProductionZone, @Ctx() ctx: RequestContext): Promise<Organisation[]> {
    return present(await ctx.loaders.organisationById.loadMany(zone.memberOrganisationIds));
  }

  @FieldResolver(() => CriteriaSet, { nullable: true, description: 'The criteria set the zone produces to.' })
  criteriaSet(@Root() zone: ProductionZone, @Ctx() ctx: RequestContext): Promise<CriteriaSet | null> | null {
    return zone.criteriaSetId ? ctx.loaders.criteriaSetById.load(zone.criteriaSetId) : null;
  }
}

@Resolver(() => EnterpriseLink)
export class EnterpriseLinkResolver {
  @FieldResolver(() => Organisation, { description: 'The buying organisation.' })
  async buyer(@Root() link: EnterpriseLink, @Ctx() ctx: RequestContext): Promise<Organisation> {
    return (await ctx.loaders.organisationById.load(link.buyerOrganisationId))!;
  }
}
