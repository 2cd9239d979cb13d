import { Arg, Args, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Access, AccessRule, PUBLIC } from '../../../core/auth/access';
import { Role } from '../../../core/auth/roles';
import { RequestContext } from '../../../core/context';
import { UserError } from '../../../core/errors/user-error';
import { PageArgs } from '../../../core/relay/pagination';
import { DeleteRecordInput } from '../../../core/input/record-inputs';
import { SyncedConnectionType } from '../../../core/relay/synced-list';
import { AdministrativeUnit } from '../../geography';
import { Task } from '../../plan';
import { FILES_COMPLEXITY, StoredFile, filesOfRecord } from '../../files';
import { Material } from './material.entity';
import { CreateMaterialInput, MaterialFilter, MaterialOrder, UpdateMaterialInput } from './material.inputs';
import { createMaterial, deleteMaterial, listMaterials, updateMaterial } from './material.service';

/** Materials are published for farmers: anyone reads them. Writers are limited to their units by the service. */
export const MATERIAL_WRITERS: AccessRule = { roles: [Role.PROVINCE_OFFICER, Role.AGENCY_OFFICER, Role.COMMUNE_OFFICER], scopes: ['materials:write'] };

@ObjectType({ description: 'A page of materials.' })
export class MaterialConnection extends SyncedConnectionType(Material, 'Material') {}

@ObjectType()
export class MaterialPayload {
  @Field(() => Material, { nullable: true })
  material: Material | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@Resolver(() => Material)
export class MaterialResolver {
  @Access(PUBLIC)
  @Query(() => MaterialConnection, {
    description: 'Materials, by title unless ordered otherwise. With updatedSince: every change since then, deletions as tombstones, oldest first.',
  })
  materials(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => MaterialFilter, { nullable: true }) filter?: MaterialFilter | null,
    @Arg('orderBy', () => MaterialOrder, { nullable: true }) orderBy?: MaterialOrder | null,
    @Arg('updatedSince', () => Date, { nullable: true }) updatedSince?: Date | null,
  ): Promise<MaterialConnection> {
    return listMaterials(ctx, page, filter, orderBy, updatedSince) as Promise<MaterialConnection>;
  }

  @Access(MATERIAL_WRITERS)
  @Mutation(() => MaterialPayload, { description: 'Records a material produced by a unit in your scope (the province by default).' })
  createMaterial(@Ctx() ctx: RequestContext, @Arg('input', () => CreateMaterialInput) input: CreateMaterialInput): Promise<MaterialPayload> {
    return createMaterial(ctx, input);
  }

  @Access(MATERIAL_WRITERS)
  @Mutation(() => MaterialPayload, { description: 'Changes the given fields of the version you edited.' })
  updateMaterial(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateMaterialInput) input: UpdateMaterialInput): Promise<MaterialPayload> {
    return updateMaterial(ctx, input);
  }

  @Access(MATERIAL_WRITERS)
  @Mutation(() => MaterialPayload, { description: 'Deletes softly; syncing devices receive a tombstone.' })
  deleteMaterial(@Ctx() ctx: RequestContext, @Arg('input', () => DeleteRecordInput) input: DeleteRecordInput): Promise<MaterialPayload> {
    return deleteMaterial(ctx, input);
  }

  @FieldResolver(() => AdministrativeUnit, { description: 'The producing unit.' })
  async administrativeUnit(@Root() material: Material, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit> {
    return (await ctx.loaders.unitById.load(material.administrativeUnitId))!;
  }

  @FieldResolver(() => Task)
  async task(@Root() material: Material, @Ctx() ctx: RequestContext): Promise<Task> {
    return (await ctx.loaders.taskById.load(material.taskId))!;
  }

  @FieldResolver(() => [StoredFile], {
    description: 'Files uploaded for it (POST /files), in the order given; public like the material.',
    complexity: FILES_COMPLEXITY,
  })
  files(@Root() material: Material, @Ctx() ctx: RequestContext): Promise<StoredFile[]> {
    return filesOfRecord(ctx, 'Material', material.id);
  }
}
