import { EntityManager } from 'typeorm';
import { resolveReference } from '../../../core/auth/references';
import { RequestContext } from '../../../core/context';
import { BadUserInputError, NotFoundError } from '../../../core/errors/app-errors';
import { UserError } from '../../../core/errors/user-error';
import { decodeGlobalId } from '../../../core/relay/global-id';
import { PageArgs } from '../../../core/relay/pagination';
import { planInstant, yearInPlan } from '../../../core/input/input-checks';
import { OrderDirection, SyncedConnectionResult, listRecords } from '../../../core/relay/synced-list';
import { rejectWrite } from '../../../core/writes/record-writes';
import { runWrite } from '../../../core/writes/write-pipeline';
import { recordAudit } from '../../audit';
import { CourseLesson } from './course-lesson.entity';
import { Course, CourseStatus } from './course.entity';
import { Enrolment, LessonCompletion } from './enrolment.entity';
import { EnrolInCourseInput, EnrolmentFilter, RecordLessonCompletionInput } from './enrolment.inputs';
import { FarmerAccount } from './farmer-account.entity';
import { FARMER_ACCOUNTS, farmerUserId, limitToVisibleFarmers } from './farmer-scope';

export interface EnrolmentResult {
  enrolment: Enrolment | null;
  userErrors: UserError[];
}

const TYPE = 'Enrolment';
/** Years of completions are Vietnam's calendar years, whatever the device's time zone. */
export const PLAN_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** The farmer a call is about: the one named (an account the caller may not see is NOT_FOUND), or the signed-in farmer themselves. */
async function farmerFor(ctx: RequestContext, manager: EntityManager, farmerAccountId: string | null | undefined): Promise<FarmerAccount> {
  let account: FarmerAccount | null;
  if (farmerAccountId) {
    account = await resolveReference(ctx, manager, FARMER_ACCOUNTS, farmerAccountId, 'input.farmerAccountId', {
      scope: 'WRITABLE_UNIT',
      deleted: 'ALLOW',
      missing: 'NOT_FOUND',
    });
  } else {
    const userId = farmerUserId(ctx);
    if (!userId) throw new BadUserInputError('Say which farmer: farmerAccountId', 'input.farmerAccountId', 'REQUIRED');
    account = await manager.getRepository(FarmerAccount).findOneBy({ userId });
    if (!account) return rejectWrite('farmerAccountId', 'NOT_REGISTERED', 'Register your farmer account first (registerFarmerAccount)');
  }
  if (account.deletedAt) rejectWrite('farmerAccountId', 'DELETED', 'This farmer account was deleted');
  return account;
}

/** The farmer's enrolment in the course, created if the course takes new farmers; concurrent calls create one. */
async function enrolmentOf(ctx: RequestContext, manager: EntityManager, account: FarmerAccount, course: Course): Promise<Enrolment> {
  const enrolments = manager.getRepository(Enrolment);
  const existing = await enrolments.findOneBy({ farmerAccountId: account.id, courseId: course.id });
  if (existing) return existing;
  if (course.deletedAt || course.status !== CourseStatus.OPEN) rejectWrite('courseId', 'COURSE_CLOSED', 'This course takes no new enrolments');
  const inserted = await manager
    .createQueryBuilder()
    .insert()
    .into(Enrolment)
    .values({ farmerAccountId: account.id, courseId: course.id, enrolledAt: () => 'now()', completedLessons: 0, completedAt: null })
    .orIgnore()
    .execute();
  const enrolment = await enrolments.findOneByOrFail({ farmerAccountId: account.id, courseId: course.id });
  // No row back: a concurrent call enrolled the farmer first and recorded it.
  if ((inserted.raw as unknown[]).length > 0) {
    await recordAudit(manager, ctx, { action: 'enrolInCourse', entityType: TYPE, entityId: enrolment.id, before: null, after: { ...enrolment } });
  }
  return enrolment;
}

const replay = (manager: EntityManager, id: string) => manager.getRepository(Enrolment).findOneBy({ id });

export async function enrolInCourse(ctx: RequestContext, input: EnrolInCourseInput): Promise<EnrolmentResult> {
  const courseId = decodeGlobalId(input.courseId, 'Course', 'input.courseId');
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'enrolInCourse',
    entityType: TYPE,
    input,
    replay,
    write: async (manager) => {
      const account = await farmerFor(ctx, manager, input.farmerAccountId);
      // Courses are public and province-wide: any farmer may enrol in any of them.
      const course = await manager.getRepository(Course).findOneBy({ id: courseId });
      if (!course) throw new NotFoundError('Course', input.courseId);
      return enrolmentOf(ctx, manager, account, course);
    },
  });
  return { enrolment: record, userErrors };
}

/**
 * Records a lesson as done (once; a repeat changes nothing) and completes the enrolment when every
 * current lesson of the course is done. The completion time is the last lesson's.
 */
export async function recordLessonCompletion(ctx: RequestContext, input: RecordLessonCompletionInput): Promise<EnrolmentResult> {
  const lessonId = decodeGlobalId(input.lessonId, 'CourseLesson', 'input.lessonId');
  const completedAt = input.completedAt ? planInstant(input.completedAt, 'input.completedAt') : null;
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'recordLessonCompletion',
    entityType: TYPE,
    input,
    replay,
    write: async (manager) => {
      const account = await farmerFor(ctx, manager, input.farmerAccountId);
      const lesson = await manager.getRepository(CourseLesson).findOneBy({ id: lessonId });
      if (!lesson) throw new NotFoundError('CourseLesson', input.lessonId);
      if (lesson.deletedAt) rejectWrite('lessonId', 'DELETED', 'This lesson was removed from its course');
      const course = await manager.getRepository(Course).findOneByOrFail({ id: lesson.courseId });
      const enrolled = await enrolmentOf(ctx, manager, account, course);
      // The row lock orders concurrent completions of one enrolment, so its count is never lost.
      const enrolment = await manager.getRepository(Enrolment).findOneOrFail({ where: { id: enrolled.id }, lock: { mode: 'pessimistic_write' } });
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(LessonCompletion)
        .values({ enrolmentId: enrolment.id, lessonId, completedAt: completedAt ?? (() => 'now()') })
        .orIgnore()
        .execute();
      // ON CONFLICT DO NOTHING returns no row when the lesson was already recorded.
      if ((inserted.raw as unknown[]).length === 0) return enrolment;
      return completeIfDone(ctx, manager, enrolment);
    },
  });
  return { enrolment: record, userErrors };
}

async function completeIfDone(ctx: RequestContext, manager: EntityManager, enrolment: Enrolment): Promise<Enrolment> {
  const [progress] = await manager.query<{ done: number; lessons: number; last: Date | null }[]>(
    `SELECT count(c.id)::int AS done, (SELECT count(*)::int FROM course_lesson WHERE course_id = $2 AND deleted_at IS NULL) AS lessons,
            max(c.completed_at) AS last
       FROM lesson_completion c JOIN course_lesson l ON l.id = c.lesson_id AND l.deleted_at IS NULL
      WHERE c.enrolment_id = $1`,
    [enrolment.id, enrolment.courseId],
  );
  const repo = manager.getRepository(Enrolment);
  const before = { ...enrolment };
  const changes: Partial<Enrolment> = { completedLessons: progress.done };
  if (!enrolment.completedAt && progress.lessons > 0 && progress.done >= progress.lessons) changes.completedAt = progress.last;
  const saved = await repo.save(repo.merge(repo.create({ ...enrolment }), changes));
  await recordAudit(manager, ctx, { action: 'recordLessonCompletion', entityType: TYPE, entityId: saved.id, before, after: { ...saved } });
  return saved;
}

export function listEnrolments(
  ctx: RequestContext,
  page: PageArgs,
  filter: EnrolmentFilter | null | undefined,
  updatedSince: Date | null | undefined,
): Promise<SyncedConnectionResult<Enrolment>> {
  const query = ctx.dataSource.getRepository(Enrolment).createQueryBuilder('en').innerJoin(FarmerAccount, 'f', 'f.id = en.farmer_account_id');
  limitToVisibleFarmers(ctx, query, 'f');
  if (filter?.courseId) query.andWhere('en.course_id = :courseId', { courseId: decodeGlobalId(filter.courseId, 'Course', 'filter.courseId') });
  if (filter?.farmerAccountId) {
    query.andWhere('en.farmer_account_id = :farmerId', { farmerId: decodeGlobalId(filter.farmerAccountId, 'FarmerAccount', 'filter.farmerAccountId') });
  }
  if (filter?.completed != null) query.andWhere(filter.completed ? 'en.completed_at IS NOT NULL' : 'en.completed_at IS NULL');
  if (filter?.completedInYear != null) {
    const year = yearInPlan(filter.completedInYear, 'filter.completedInYear');
    query.andWhere(`EXTRACT(YEAR FROM en.completed_at AT TIME ZONE '${PLAN_TIME_ZONE}') = :completedYear`, { completedYear: year });
  }
  const sort = {
    name: 'ENROLLED_AT',
    column: 'en.enrolled_at',
    kind: 'timestamp' as const,
    value: (e: Enrolment) => e.enrolledAt.toISOString(),
    direction: OrderDirection.ASC,
  };
  return listRecords(query, page, sort, updatedSince);
}
