import { Arg, Args, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../core/auth/access';
import { RequestContext } from '../../core/context';
import { UserError } from '../../core/errors/user-error';
import { ArgLimits } from '../../core/input/input-limits';
import { PageArgs } from '../../core/relay/pagination';
import { SyncedConnectionType } from '../../core/relay/synced-list';
import { FILES_COMPLEXITY, StoredFile, filesOfRecord } from '../files';
import { AdministrativeUnit } from '../geography';
import { Organisation } from '../organisations';
import { ProductionZone } from '../production-zones';
import { LOT_READERS, LOT_VERIFIERS, LOT_WRITERS } from './lot-access';
import { recordLotEvent } from './lot-events.service';
import { ImportProductLotsPayload, importProductLots } from './lot-import.service';
import { LotVerification, verifyProductLot } from './lot-verification';
import { ProductLotEvent } from './product-lot-event.entity';
import { ProductLot } from './product-lot.entity';
import { deleteProductLot } from './lot-delete.service';
import {
  DeleteProductLotInput,
  ImportProductLotsInput,
  ProductLotFilter,
  ProductLotOrder,
  RecordLotEventInput,
  RegisterProductLotInput,
  UpdateProductLotInput,
} from './product-lot.inputs';
import { listProductLots, registerProductLot, updateProductLot } from './product-lot.service';

@ObjectType({ description: 'A page of product lots.' })
export class ProductLotConnection extends SyncedConnectionType(ProductLot, 'ProductLot') {}

@ObjectType()
export class ProductLotPayload {
  @Field(() => ProductLot, { nullable: true })
  productLot: ProductLot | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class RecordLotEventPayload {
  @Field(() => ProductLotEvent, { nullable: true })
  event: ProductLotEvent | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@Resolver(() => ProductLot)
export class ProductLotResolver {
  @Access(LOT_READERS)
  @Query(() => ProductLotConnection, {
    description: 'Product lots, by code unless ordered otherwise. With updatedSince: every change since then, oldest first.',
  })
  productLots(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ProductLotFilter, { nullable: true }) filter?: ProductLotFilter | null,
    @Arg('orderBy', () => ProductLotOrder, { nullable: true }) orderBy?: ProductLotOrder | null,
    @Arg('updatedSince', () => Date, { nullable: true }) updatedSince?: Date | null,
  ): Promise<ProductLotConnection> {
    return listProductLots(ctx, page, filter, orderBy, updatedSince) as Promise<ProductLotConnection>;
  }

  @Access(LOT_VERIFIERS)
  @ArgLimits({ code: { maxLength: 100 } })
  @Query(() => LotVerification, {
    nullable: true,
    description: 'What the QR code of a lot shows, without login: null for an unknown or malformed code. Rate-limited per address.',
  })
  verifyProductLot(@Ctx() ctx: RequestContext, @Arg('code') code: string): Promise<LotVerification | null> {
    return verifyProductLot(ctx, code);
  }

  @Access(LOT_WRITERS)
  @Mutation(() => ProductLotPayload, { description: 'Registers a lot of a commune in your scope; its code and intensity are computed.' })
  registerProductLot(@Ctx() ctx: RequestContext, @Arg('input', () => RegisterProductLotInput) input: RegisterProductLotInput): Promise<ProductLotPayload> {
    return registerProductLot(ctx, input);
  }

  @Access(LOT_WRITERS)
  @Mutation(() => ProductLotPayload, { description: 'Changes the given fields of the version you edited.' })
  updateProductLot(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateProductLotInput) input: UpdateProductLotInput): Promise<ProductLotPayload> {
    return updateProductLot(ctx, input);
  }

  @Access(LOT_WRITERS)
  @Mutation(() => ProductLotPayload, {
    description: 'Deletes softly a lot still as registered (no custody step after its harvest; else LOT_IN_CUSTODY); syncing clients receive a tombstone.',
  })
  deleteProductLot(@Ctx() ctx: RequestContext, @Arg('input', () => DeleteProductLotInput) input: DeleteProductLotInput): Promise<ProductLotPayload> {
    return deleteProductLot(ctx, input);
  }

  @Access(LOT_WRITERS)
  @Mutation(() => RecordLotEventPayload, { description: 'Records a step of the chain of custody; mass balance holds, a refused event changes nothing.' })
  recordLotEvent(@Ctx() ctx: RequestContext, @Arg('input', () => RecordLotEventInput) input: RecordLotEventInput): Promise<RecordLotEventPayload> {
    return recordLotEvent(ctx, input);
  }

  @Access(LOT_WRITERS)
  @Mutation(() => ImportProductLotsPayload, { description: 'Creates lots by externalId, all or nothing; dryRun checks without writing.' })
  importProductLots(@Ctx() ctx: RequestContext, @Arg('input', () => ImportProductLotsInput) input: ImportProductLotsInput): Promise<ImportProductLotsPayload> {
    return importProductLots(ctx, input);
  }

  @FieldResolver(() => AdministrativeUnit)
  async administrativeUnit(@Root() lot: ProductLot, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit> {
    return (await ctx.loaders.unitById.load(lot.administrativeUnitId))!;
  }

  @FieldResolver(() => Organisation, { description: 'The producing organisation.' })
  async organisation(@Root() lot: ProductLot, @Ctx() ctx: RequestContext): Promise<Organisation> {
    return (await ctx.loaders.organisationById.load(lot.organisationId))!;
  }

  @FieldResolver(() => ProductionZone, { nullable: true })
  zone(@Root() lot: ProductLot, @Ctx() ctx: RequestContext): Promise<ProductionZone | null> | null {
    return lot.zoneId ? ctx.loaders.productionZoneById.load(lot.zoneId) : null;
  }

  @FieldResolver(() => [ProductLotEvent], { description: 'The chain of custody, oldest first.' })
  custody(@Root() lot: ProductLot, @Ctx() ctx: RequestContext): Promise<ProductLotEvent[]> {
    return ctx.loaders.lotEventsByLot.load(lot.id);
  }

  @FieldResolver(() => [StoredFile], {
    description: 'Files uploaded for it (POST /files), e.g. harvest or lab documents, in the order given; read like the lot.',
    complexity: FILES_COMPLEXITY,
  })
  files(@Root() lot: ProductLot, @Ctx() ctx: RequestContext): Promise<StoredFile[]> {
    return filesOfRecord(ctx, 'ProductLot', lot.id);
  }
}

@Resolver(() => ProductLotEvent)
export class ProductLotEventResolver {
  @FieldResolver(() => ProductLot, { description: 'The lot the event is about.' })
  async lot(@Root() event: ProductLotEvent, @Ctx() ctx: RequestContext): Promise<ProductLot> {
    return (await ctx.loaders.productLotById.load(event.lotId))!;
  }

  @FieldResolver(() => [ProductLot], { description: 'SPLIT: the new lots; MERGED: the new lot (or, on it, the lots merged).' })
  async relatedLots(@Root() event: ProductLotEvent, @Ctx() ctx: RequestContext): Promise<ProductLot[]> {
    return (await ctx.loaders.productLotById.loadMany(event.relatedLotIds)).filter((l): l is ProductLot => l instanceof ProductLot);
  }
}
