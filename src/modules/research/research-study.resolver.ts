import { Arg, Args, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../core/auth/access';
import { RequestContext } from '../../core/context';
import { UserError } from '../../core/errors/user-error';
import { DeleteRecordInput } from '../../core/input/record-inputs';
import { toGlobalId } from '../../core/relay/global-id';
import { PageArgs } from '../../core/relay/pagination';
import { Agency } from '../agencies';
import { SyncedConnectionType } from '../../core/relay/synced-list';
import { Organisation } from '../organisations';
import { RESEARCH_READERS, RESEARCH_WRITERS } from './research-access';
import { ResearchStudy } from './research-study.entity';
import { CreateResearchStudyInput, ResearchStudyFilter, UpdateResearchStudyInput } from './research-study.inputs';
import { createResearchStudy, deleteResearchStudy, listResearchStudies, updateResearchStudy } from './research-study.service';

@ObjectType({ description: 'A page of research studies.' })
export class ResearchStudyConnection extends SyncedConnectionType(ResearchStudy, 'ResearchStudy') {}

@ObjectType()
export class ResearchStudyPayload {
  @Field(() => ResearchStudy, { nullable: true })
  researchStudy: ResearchStudy | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@Resolver(() => ResearchStudy)
export class ResearchStudyResolver {
  @Access(RESEARCH_READERS)
  @Query(() => ResearchStudyConnection, {
    description:
      'Studies, S&T tasks, experimental models and technology applications (III.3, III.4), oldest first. With updatedSince: every change since then, deletions as tombstones.',
  })
  researchStudies(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ResearchStudyFilter, { nullable: true }) filter?: ResearchStudyFilter | null,
    @Arg('updatedSince', () => Date, { nullable: true }) updatedSince?: Date | null,
  ): Promise<ResearchStudyConnection> {
    return listResearchStudies(ctx, page, filter, updatedSince) as Promise<ResearchStudyConnection>;
  }

  @Access(RESEARCH_WRITERS)
  @Mutation(() => ResearchStudyPayload, {
    description: 'Records a study; province officers and the lead agencies of III.3 and III.4 (the Department of Science and Technology).',
  })
  createResearchStudy(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateResearchStudyInput) input: CreateResearchStudyInput,
  ): Promise<ResearchStudyPayload> {
    return createResearchStudy(ctx, input);
  }

  @Access(RESEARCH_WRITERS)
  @Mutation(() => ResearchStudyPayload, { description: 'Changes the given fields of the version you edited.' })
  updateResearchStudy(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateResearchStudyInput) input: UpdateResearchStudyInput,
  ): Promise<ResearchStudyPayload> {
    return updateResearchStudy(ctx, input);
  }

  @Access(RESEARCH_WRITERS)
  @Mutation(() => ResearchStudyPayload, { description: 'Deletes softly; syncing clients receive a tombstone.' })
  deleteResearchStudy(@Ctx() ctx: RequestContext, @Arg('input', () => DeleteRecordInput) input: DeleteRecordInput): Promise<ResearchStudyPayload> {
    return deleteResearchStudy(ctx, input);
  }

  @FieldResolver(() => Agency, { description: 'The lead agency.' })
  async leadAgency(@Root() study: ResearchStudy, @Ctx() ctx: RequestContext): Promise<Agency> {
    return (await ctx.loaders.agencyById.load(study.leadAgencyId))!;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'EXPERIMENTAL_MODEL: the global ID of the pilot model it runs on (read it with node(id)).' })
  pilotModelId(@Root() study: ResearchStudy): string | null {
    return study.pilotModelId ? toGlobalId('PilotModel', study.pilotModelId) : null;
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The organisation that leads it, when one is named (a deleted one shows as its tombstone).',
  })
  leadOrganisation(@Root() study: ResearchStudy, @Ctx() ctx: RequestContext): Promise<Organisation | null> | null {
    return study.leadOrganisationId ? ctx.loaders.organisationById.load(study.leadOrganisationId) : null;
  }
}
