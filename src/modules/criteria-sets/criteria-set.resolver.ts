import { Arg, Args, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../core/auth/access';
import { RequestContext } from '../../core/context';
import { UserError } from '../../core/errors/user-error';
import { DeleteRecordInput } from '../../core/input/record-inputs';
import { PageArgs } from '../../core/relay/pagination';
import { SyncedConnectionType } from '../../core/relay/synced-list';
import { FILES_COMPLEXITY, StoredFile, filesOfRecord } from '../files';
import { CRITERIA_READERS, CRITERIA_WRITERS, mayRead } from './criteria-set-access';
import { listCriteriaSets } from './criteria-set-list';
import { CriteriaSet } from './criteria-set.entity';
import { AdoptCriteriaSetInput, CreateCriteriaSetInput, CriteriaSetFilter, CriteriaSetOrder, UpdateCriteriaSetInput } from './criteria-set.inputs';
import { adoptCriteriaSet, createCriteriaSet, deleteCriteriaSet, updateCriteriaSet } from './criteria-set.service';

@ObjectType({ description: 'A page of criteria sets.' })
export class CriteriaSetConnection extends SyncedConnectionType(CriteriaSet, 'CriteriaSet') {}

@ObjectType()
export class CriteriaSetPayload {
  @Field(() => CriteriaSet, { nullable: true })
  criteriaSet: CriteriaSet | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@Resolver(() => CriteriaSet)
export class CriteriaSetResolver {
  @Access(CRITERIA_READERS)
  @Query(() => CriteriaSetConnection, {
    description:
      'Low-emission criteria sets (task III.2), by crop. Drafts only for signed-in staff and keys with criteria-sets:read. With updatedSince: every change since then, deletions as tombstones, oldest first.',
  })
  criteriaSets(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => CriteriaSetFilter, { nullable: true }) filter?: CriteriaSetFilter | null,
    @Arg('orderBy', () => CriteriaSetOrder, { nullable: true }) orderBy?: CriteriaSetOrder | null,
    @Arg('updatedSince', () => Date, { nullable: true }) updatedSince?: Date | null,
  ): Promise<CriteriaSetConnection> {
    return listCriteriaSets(ctx, page, filter, orderBy, updatedSince) as Promise<CriteriaSetConnection>;
  }

  @Access(CRITERIA_WRITERS)
  @Mutation(() => CriteriaSetPayload, { description: 'Drafts a criteria set (province level; agency officers of the lead agencies of III.2).' })
  createCriteriaSet(@Ctx() ctx: RequestContext, @Arg('input', () => CreateCriteriaSetInput) input: CreateCriteriaSetInput): Promise<CriteriaSetPayload> {
    return createCriteriaSet(ctx, input);
  }

  @Access(CRITERIA_WRITERS)
  @Mutation(() => CriteriaSetPayload, { description: 'Changes a DRAFT; an adopted or superseded set is LOCKED (CRITERIA_SET_FIXED).' })
  updateCriteriaSet(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateCriteriaSetInput) input: UpdateCriteriaSetInput): Promise<CriteriaSetPayload> {
    return updateCriteriaSet(ctx, input);
  }

  @Access(CRITERIA_WRITERS)
  @Mutation(() => CriteriaSetPayload, { description: 'Deletes a DRAFT softly; an adopted or superseded set is LOCKED (CRITERIA_SET_FIXED).' })
  deleteCriteriaSet(@Ctx() ctx: RequestContext, @Arg('input', () => DeleteRecordInput) input: DeleteRecordInput): Promise<CriteriaSetPayload> {
    return deleteCriteriaSet(ctx, input);
  }

  @Access(CRITERIA_WRITERS)
  @Mutation(() => CriteriaSetPayload, {
    description: 'Adopts a DRAFT by a decision; the version in force for its crop, if any, becomes SUPERSEDED in the same transaction.',
  })
  adoptCriteriaSet(@Ctx() ctx: RequestContext, @Arg('input', () => AdoptCriteriaSetInput) input: AdoptCriteriaSetInput): Promise<CriteriaSetPayload> {
    return adoptCriteriaSet(ctx, input);
  }

  @FieldResolver(() => CriteriaSet, { nullable: true, description: 'The adopted set that replaced this one.' })
  async supersededBy(@Root() set: CriteriaSet, @Ctx() ctx: RequestContext): Promise<CriteriaSet | null> {
    if (!set.supersededById) return null;
    const next = await ctx.loaders.criteriaSetById.load(set.supersededById);
    return next && mayRead(ctx, next) ? next : null;
  }

  @FieldResolver(() => [StoredFile], {
    description: "Files uploaded for it (POST /files), e.g. the adopting decision, in the order given; read like the set (an adopted set's publicly).",
    complexity: FILES_COMPLEXITY,
  })
  files(@Root() set: CriteriaSet, @Ctx() ctx: RequestContext): Promise<StoredFile[]> {
    return filesOfRecord(ctx, 'CriteriaSet', set.id);
  }
}
