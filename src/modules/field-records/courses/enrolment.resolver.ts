import { Arg, Args, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../../core/auth/access';
import { RequestContext } from '../../../core/context';
import { UserError } from '../../../core/errors/user-error';
import { PageArgs } from '../../../core/relay/pagination';
import { SyncedConnectionType } from '../../../core/relay/synced-list';
import { Course } from './course.entity';
import { FARMER_RECORD_READERS, FARMER_RECORD_WRITERS } from './courses-access';
import { CompletedLesson, Enrolment } from './enrolment.entity';
import { EnrolInCourseInput, EnrolmentFilter, RecordLessonCompletionInput } from './enrolment.inputs';
import { enrolInCourse, listEnrolments, recordLessonCompletion } from './enrolment.service';
import { FarmerAccount } from './farmer-account.entity';

@ObjectType({ description: 'A page of enrolments.' })
export class EnrolmentConnection extends SyncedConnectionType(Enrolment, 'Enrolment') {}

@ObjectType()
export class EnrolmentPayload {
  @Field(() => Enrolment, { nullable: true })
  enrolment: Enrolment | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@Resolver(() => Enrolment)
export class EnrolmentResolver {
  @Access(FARMER_RECORD_READERS)
  @Query(() => EnrolmentConnection, {
    description:
      'Enrolments of the farmers you may see (a FARMER: their own), oldest first. With updatedSince: every enrolment whose progress changed since then.',
  })
  enrolments(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => EnrolmentFilter, { nullable: true }) filter?: EnrolmentFilter | null,
    @Arg('updatedSince', () => Date, { nullable: true }) updatedSince?: Date | null,
  ): Promise<EnrolmentConnection> {
    return listEnrolments(ctx, page, filter, updatedSince) as Promise<EnrolmentConnection>;
  }

  @Access(FARMER_RECORD_WRITERS)
  @Mutation(() => EnrolmentPayload, { description: 'Enrols a farmer in an open course; enrolling again returns the same enrolment.' })
  enrolInCourse(@Ctx() ctx: RequestContext, @Arg('input', () => EnrolInCourseInput) input: EnrolInCourseInput): Promise<EnrolmentPayload> {
    return enrolInCourse(ctx, input);
  }

  @Access(FARMER_RECORD_WRITERS)
  @Mutation(() => EnrolmentPayload, { description: 'Records a lesson the farmer finished in the app; safe to send again.' })
  recordLessonCompletion(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RecordLessonCompletionInput) input: RecordLessonCompletionInput,
  ): Promise<EnrolmentPayload> {
    return recordLessonCompletion(ctx, input);
  }

  @FieldResolver(() => Course)
  async course(@Root() enrolment: Enrolment, @Ctx() ctx: RequestContext): Promise<Course> {
    return (await ctx.loaders.courseById.load(enrolment.courseId))!;
  }

  @FieldResolver(() => FarmerAccount)
  async farmerAccount(@Root() enrolment: Enrolment, @Ctx() ctx: RequestContext): Promise<FarmerAccount> {
    return (await ctx.loaders.farmerAccountById.load(enrolment.farmerAccountId))!;
  }

  @FieldResolver(() => Int, { description: 'Current lessons of the course.' })
  async lessonCount(@Root() enrolment: Enrolment, @Ctx() ctx: RequestContext): Promise<number> {
    return (await ctx.loaders.lessonsByCourse.load(enrolment.courseId)).length;
  }

  @FieldResolver(() => [CompletedLesson], { complexity: ({ childComplexity }) => 1 + 10 * childComplexity })
  async completions(@Root() enrolment: Enrolment, @Ctx() ctx: RequestContext): Promise<CompletedLesson[]> {
    const completions = await ctx.loaders.completionsByEnrolment.load(enrolment.id);
    const lessons = await ctx.loaders.lessonById.loadMany(completions.map((c) => c.lessonId));
    return completions.flatMap((completion, i) => {
      const lesson = lessons[i];
      return lesson && !(lesson instanceof Error) ? [{ lesson, completedAt: completion.completedAt }] : [];
    });
  }
}
