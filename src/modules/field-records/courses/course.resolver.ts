import { Arg, Args, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Access, PUBLIC } from '../../../core/auth/access';
import { RequestContext } from '../../../core/context';
import { UserError } from '../../../core/errors/user-error';
import { PageArgs } from '../../../core/relay/pagination';
import { DeleteRecordInput } from '../../../core/input/record-inputs';
import { SyncedConnectionType } from '../../../core/relay/synced-list';
import { Task } from '../../plan';
import { CourseLesson } from './course-lesson.entity';
import { Course } from './course.entity';
import { AddCourseLessonInput, CourseFilter, CourseOrder, CreateCourseInput, UpdateCourseInput, UpdateCourseLessonInput } from './course.inputs';
import { addCourseLesson, createCourse, deleteCourse, deleteCourseLesson, listCourses, updateCourse, updateCourseLesson } from './course.service';
import { COURSE_WRITERS } from './courses-access';

@ObjectType({ description: 'A page of courses.' })
export class CourseConnection extends SyncedConnectionType(Course, 'Course') {}

@ObjectType()
export class CoursePayload {
  @Field(() => Course, { nullable: true })
  course: Course | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class CourseLessonPayload {
  @Field(() => CourseLesson, { nullable: true })
  lesson: CourseLesson | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@Resolver(() => Course)
export class CourseResolver {
  @Access(PUBLIC)
  @Query(() => CourseConnection, {
    description:
      "The training app's courses, by code unless ordered otherwise. With updatedSince: every course changed since then (lesson changes included), deletions as tombstones.",
  })
  courses(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => CourseFilter, { nullable: true }) filter?: CourseFilter | null,
    @Arg('orderBy', () => CourseOrder, { nullable: true }) orderBy?: CourseOrder | null,
    @Arg('updatedSince', () => Date, { nullable: true }) updatedSince?: Date | null,
  ): Promise<CourseConnection> {
    return listCourses(ctx, page, filter, orderBy, updatedSince) as Promise<CourseConnection>;
  }

  @Access(COURSE_WRITERS)
  @Mutation(() => CoursePayload, { description: 'Creates a course, optionally with its first lessons (province-wide callers only).' })
  createCourse(@Ctx() ctx: RequestContext, @Arg('input', () => CreateCourseInput) input: CreateCourseInput): Promise<CoursePayload> {
    return createCourse(ctx, input);
  }

  @Access(COURSE_WRITERS)
  @Mutation(() => CoursePayload, { description: 'Changes the given fields of the version you edited.' })
  updateCourse(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateCourseInput) input: UpdateCourseInput): Promise<CoursePayload> {
    return updateCourse(ctx, input);
  }

  @Access(COURSE_WRITERS)
  @Mutation(() => CoursePayload, { description: 'Deletes softly; enrolments and completions stay counted.' })
  deleteCourse(@Ctx() ctx: RequestContext, @Arg('input', () => DeleteRecordInput) input: DeleteRecordInput): Promise<CoursePayload> {
    return deleteCourse(ctx, input);
  }

  @Access(COURSE_WRITERS)
  @Mutation(() => CourseLessonPayload, { description: 'Adds a lesson (after the last one unless a position is given).' })
  addCourseLesson(@Ctx() ctx: RequestContext, @Arg('input', () => AddCourseLessonInput) input: AddCourseLessonInput): Promise<CourseLessonPayload> {
    return addCourseLesson(ctx, input);
  }

  @Access(COURSE_WRITERS)
  @Mutation(() => CourseLessonPayload, { description: 'Changes the given fields of the version you edited.' })
  updateCourseLesson(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateCourseLessonInput) input: UpdateCourseLessonInput): Promise<CourseLessonPayload> {
    return updateCourseLesson(ctx, input);
  }

  @Access(COURSE_WRITERS)
  @Mutation(() => CourseLessonPayload, { description: 'Removes a lesson from its course; completions already recorded stay.' })
  deleteCourseLesson(@Ctx() ctx: RequestContext, @Arg('input', () => DeleteRecordInput) input: DeleteRecordInput): Promise<CourseLessonPayload> {
    return deleteCourseLesson(ctx, input);
  }

  @FieldResolver(() => [CourseLesson], { description: 'Current lessons, in order.', complexity: ({ childComplexity }) => 1 + 10 * childComplexity })
  lessons(@Root() course: Course, @Ctx() ctx: RequestContext): Promise<CourseLesson[]> {
    return ctx.loaders.lessonsByCourse.load(course.id);
  }

  @FieldResolver(() => Int)
  async lessonCount(@Root() course: Course, @Ctx() ctx: RequestContext): Promise<number> {
    return (await ctx.loaders.lessonsByCourse.load(course.id)).length;
  }

  @FieldResolver(() => Task)
  async task(@Root() course: Course, @Ctx() ctx: RequestContext): Promise<Task> {
    return (await ctx.loaders.taskById.load(course.taskId))!;
  }
}

@Resolver(() => CourseLesson)
export class CourseLessonResolver {
  @FieldResolver(() => Course)
  async course(@Root() lesson: CourseLesson, @Ctx() ctx: RequestContext): Promise<Course> {
    return (await ctx.loaders.courseById.load(lesson.courseId))!;
  }
}
