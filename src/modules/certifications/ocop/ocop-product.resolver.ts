import { Arg, Args, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../../core/auth/access';
import { RequestContext } from '../../../core/context';
import { UserError } from '../../../core/errors/user-error';
import { DeleteRecordInput } from '../../../core/input/record-inputs';
import { PageArgs } from '../../../core/relay/pagination';
import { SyncedConnectionType } from '../../../core/relay/synced-list';
import { AdministrativeUnit } from '../../geography';
import { Organisation } from '../../organisations';
import { Certification } from '../certification.entity';
import { OCOP_READERS, OCOP_WRITERS } from './ocop-access';
import { listOcopProducts } from './ocop-product-list';
import { OcopProduct } from './ocop-product.entity';
import { CreateOcopProductInput, OcopProductFilter, OcopProductOrder, UpdateOcopProductInput } from './ocop-product.inputs';
import { createOcopProduct, deleteOcopProduct, updateOcopProduct } from './ocop-product.service';

@ObjectType({ description: 'A page of OCOP products.' })
export class OcopProductConnection extends SyncedConnectionType(OcopProduct, 'OcopProduct') {}

@ObjectType()
export class OcopProductPayload {
  @Field(() => OcopProduct, { nullable: true })
  ocopProduct: OcopProduct | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@Resolver(() => OcopProduct)
export class OcopProductResolver {
  @Access(OCOP_READERS)
  @Query(() => OcopProductConnection, {
    description:
      'OCOP products (task VI.5), by name unless ordered otherwise. With updatedSince: every change since then, deletions as tombstones, oldest first.',
  })
  ocopProducts(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => OcopProductFilter, { nullable: true }) filter?: OcopProductFilter | null,
    @Arg('orderBy', () => OcopProductOrder, { nullable: true }) orderBy?: OcopProductOrder | null,
    @Arg('updatedSince', () => Date, { nullable: true }) updatedSince?: Date | null,
  ): Promise<OcopProductConnection> {
    return listOcopProducts(ctx, page, filter, orderBy, updatedSince) as Promise<OcopProductConnection>;
  }

  @Access(OCOP_WRITERS)
  @Mutation(() => OcopProductPayload, { description: 'Records a rated OCOP product of a commune you write for.' })
  createOcopProduct(@Ctx() ctx: RequestContext, @Arg('input', () => CreateOcopProductInput) input: CreateOcopProductInput): Promise<OcopProductPayload> {
    return createOcopProduct(ctx, input);
  }

  @Access(OCOP_WRITERS)
  @Mutation(() => OcopProductPayload, { description: 'Changes the given fields of the version you edited (a re-rating: starRating and reRatedOn).' })
  updateOcopProduct(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateOcopProductInput) input: UpdateOcopProductInput): Promise<OcopProductPayload> {
    return updateOcopProduct(ctx, input);
  }

  @Access(OCOP_WRITERS)
  @Mutation(() => OcopProductPayload, { description: 'Deletes softly; syncing devices receive a tombstone.' })
  deleteOcopProduct(@Ctx() ctx: RequestContext, @Arg('input', () => DeleteRecordInput) input: DeleteRecordInput): Promise<OcopProductPayload> {
    return deleteOcopProduct(ctx, input);
  }

  @FieldResolver(() => Organisation, { description: 'The producing organisation (a deleted one shows as its tombstone).' })
  async organisation(@Root() product: OcopProduct, @Ctx() ctx: RequestContext): Promise<Organisation> {
    return (await ctx.loaders.organisationById.load(product.organisationId))!;
  }

  @FieldResolver(() => AdministrativeUnit, { description: 'The commune or ward that put it forward.' })
  async commune(@Root() product: OcopProduct, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit> {
    return (await ctx.loaders.unitById.load(product.administrativeUnitId))!;
  }

  @FieldResolver(() => Certification, {
    nullable: true,
    description: 'The low-emission label of its organisation valid today (GRANTED, within its validity), if any: computed, never typed.',
  })
  async lowEmissionLabel(@Root() product: OcopProduct, @Ctx() ctx: RequestContext): Promise<Certification | null> {
    return (await ctx.loaders.lowEmissionLabelsByOrganisation.load(product.organisationId))[0] ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether it carries the low-emission label: its organisation holds one valid today.' })
  async carriesLowEmissionLabel(@Root() product: OcopProduct, @Ctx() ctx: RequestContext): Promise<boolean> {
    return (await ctx.loaders.lowEmissionLabelsByOrganisation.load(product.organisationId)).length > 0;
  }
}
