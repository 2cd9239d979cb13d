import { DataSource, EntityManager } from 'typeorm';
import { RequestContext } from '../../../core/context';
import { ConflictError } from '../../../core/errors/app-errors';
import { UserError } from '../../../core/errors/user-error';
import { decodeGlobalId } from '../../../core/relay/global-id';
import { PageArgs } from '../../../core/relay/pagination';
import { distinctList, languageTag, optionalText, optionalUrl, positive, requiredText } from '../../../core/input/input-checks';
import { DeleteRecordInput } from '../../../core/input/record-inputs';
import { OrderDirection, RecordSort, SyncedConnectionResult, listRecords } from '../../../core/relay/synced-list';
import { assertEditable, lockRecord, rejectWrite, softDelete } from '../../../core/writes/record-writes';
import { runWrite } from '../../../core/writes/write-pipeline';
import { recordAudit } from '../../audit';
import { cropCode } from '../shared/crops';
import { provinceUnit, taskByCode } from '../shared/record-references';
import { CourseLesson } from './course-lesson.entity';
import { Course, CourseStatus } from './course.entity';
import {
  AddCourseLessonInput,
  CourseFilter,
  CourseOrder,
  CourseOrderField,
  CreateCourseInput,
  LessonInput,
  UpdateCourseInput,
  UpdateCourseLessonInput,
} from './course.inputs';

export interface CourseResult {
  course: Course | null;
  userErrors: UserError[];
}

export interface LessonResult {
  lesson: CourseLesson | null;
  userErrors: UserError[];
}

type Db = DataSource | EntityManager;
type CourseFields = Partial<Omit<Course, 'id' | 'createdAt' | 'updatedAt' | 'version' | 'deletedAt' | 'nodeId'>>;
type LessonFields = Partial<Omit<CourseLesson, 'id' | 'createdAt' | 'updatedAt' | 'version' | 'deletedAt' | 'nodeId'>>;

const COURSE = 'Course';
const LESSON = 'CourseLesson';
const DEFAULT_TASK = 'V.2';
const UNIQUE_INDEXES = { UQ_course_live_code: 'code' };

/** Courses are province-wide: every course write is for the province, so only callers whose scope covers it may change them. */
const courseUnit = (ctx: RequestContext) => provinceUnit(ctx.dataSource, null, 'input');

async function checkedCourseFields(db: Db, input: Omit<UpdateCourseInput, 'id' | 'expectedVersion'>): Promise<CourseFields> {
  const fields: CourseFields = {};
  if (input.code != null) fields.code = requiredText(input.code, 'input.code', 40);
  if (input.title != null) fields.title = requiredText(input.title, 'input.title', 500);
  if (input.description !== undefined) fields.description = optionalText(input.description, 'input.description', 5000);
  if (input.language != null) fields.language = languageTag(input.language, 'input.language');
  if (input.topics != null) fields.topics = distinctList(input.topics, 'input.topics');
  if (input.crops != null)
    fields.crops = distinctList(
      input.crops.map((crop, i) => cropCode(crop, `input.crops[${i}]`)),
      'input.crops',
    );
  if (input.status != null) fields.status = input.status;
  if (input.taskCode != null) fields.taskId = (await taskByCode(db, input.taskCode, 'input.taskCode')).id;
  return fields;
}

function checkedLessonFields(input: { [K in keyof LessonInput]?: LessonInput[K] | null } & { position?: number | null }, path: string): LessonFields {
  const fields: LessonFields = {};
  if (input.title != null) fields.title = requiredText(input.title, `${path}.title`, 500);
  if (input.summary !== undefined) fields.summary = optionalText(input.summary, `${path}.summary`, 5000);
  if (input.contentUrl !== undefined) fields.contentUrl = optionalUrl(input.contentUrl, `${path}.contentUrl`);
  if (input.durationMinutes !== undefined) {
    fields.durationMinutes = input.durationMinutes === null ? null : positive(input.durationMinutes, `${path}.durationMinutes`);
  }
  if (input.position != null) fields.position = positive(input.position, `${path}.position`);
  return fields;
}

async function assertCodeFree(manager: EntityManager, code: string | undefined, exceptId: string | null): Promise<void> {
  if (!code) return;
  const clash = await manager
    .getRepository(Course)
    .createQueryBuilder('c')
    .where('c.code = :code AND c.deleted_at IS NULL', { code })
    .andWhere(exceptId ? 'c.id <> :exceptId' : 'TRUE', { exceptId })
    .getExists();
  if (clash) rejectWrite('code', 'TAKEN', `Another course already has code ${code}`);
}

/** A lesson change is a change of its course for syncing apps, which refetch the course with its lessons. */
const touchCourse = (manager: EntityManager, courseId: string) => manager.query('UPDATE course SET updated_at = now() WHERE id = $1', [courseId]);

const replayCourse = (manager: EntityManager, id: string) => manager.getRepository(Course).findOneBy({ id });
const replayLesson = (manager: EntityManager, id: string) => manager.getRepository(CourseLesson).findOneBy({ id });

export async function createCourse(ctx: RequestContext, input: CreateCourseInput): Promise<CourseResult> {
  const province = await courseUnit(ctx);
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'createCourse',
    entityType: COURSE,
    input,
    unit: province,
    uniqueIndexes: UNIQUE_INDEXES,
    replay: replayCourse,
    prepare: async () => {
      const fields = await checkedCourseFields(ctx.dataSource, input);
      const taskId = fields.taskId ?? (await taskByCode(ctx.dataSource, DEFAULT_TASK, 'input.taskCode')).id;
      const course: CourseFields = { description: null, topics: [], crops: [], status: CourseStatus.OPEN, ...fields, taskId };
      const lessons = (input.lessons ?? []).map((lesson, i) => ({
        summary: null,
        contentUrl: null,
        durationMinutes: null,
        ...checkedLessonFields(lesson, `input.lessons[${i}]`),
        position: i + 1,
      }));
      return { course, lessons };
    },
    write: async (manager, { course, lessons }) => {
      await assertCodeFree(manager, course.code, null);
      const saved = await manager.getRepository(Course).save(manager.getRepository(Course).create(course));
      if (lessons.length) await manager.getRepository(CourseLesson).insert(lessons.map((lesson) => ({ ...lesson, courseId: saved.id })));
      await recordAudit(manager, ctx, {
        action: 'createCourse',
        entityType: COURSE,
        entityId: saved.id,
        before: null,
        after: { ...saved, lessons: lessons.length },
      });
      return saved;
    },
  });
  return { course: record, userErrors };
}

export async function updateCourse(ctx: RequestContext, input: UpdateCourseInput): Promise<CourseResult> {
  const id = decodeGlobalId(input.id, COURSE, 'input.id');
  const province = await courseUnit(ctx);
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'updateCourse',
    entityType: COURSE,
    input,
    unit: province,
    uniqueIndexes: UNIQUE_INDEXES,
    replay: replayCourse,
    prepare: () => checkedCourseFields(ctx.dataSource, input),
    write: async (manager, fields) => {
      const before = await lockRecord(manager, Course, COURSE, id);
      assertEditable(before, COURSE, input.expectedVersion);
      await assertCodeFree(manager, fields.code, id);
      const repo = manager.getRepository(Course);
      const saved = await repo.save(repo.merge(repo.create({ ...before }), fields));
      await recordAudit(manager, ctx, { action: 'updateCourse', entityType: COURSE, entityId: id, before: { ...before }, after: { ...saved } });
      return saved;
    },
  });
  return { course: record, userErrors };
}

export async function deleteCourse(ctx: RequestContext, input: DeleteRecordInput): Promise<CourseResult> {
  const id = decodeGlobalId(input.id, COURSE, 'input.id');
  const province = await courseUnit(ctx);
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'deleteCourse',
    entityType: COURSE,
    unit: province,
    write: async (manager) => {
      const before = await lockRecord(manager, Course, COURSE, id);
      const after = await softDelete(manager, Course, COURSE, before, input.expectedVersion);
      if (after !== before)
        await recordAudit(manager, ctx, { action: 'deleteCourse', entityType: COURSE, entityId: id, before: { ...before }, after: { ...after } });
      return after;
    },
  });
  return { course: record, userErrors };
}

export async function addCourseLesson(ctx: RequestContext, input: AddCourseLessonInput): Promise<LessonResult> {
  const courseId = decodeGlobalId(input.courseId, COURSE, 'input.courseId');
  const province = await courseUnit(ctx);
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'addCourseLesson',
    entityType: LESSON,
    input,
    unit: province,
    replay: replayLesson,
    prepare: async () => checkedLessonFields(input, 'input'),
    write: async (manager, fields) => {
      // The course row lock orders concurrent additions, so "after the last lesson" means what it says.
      const course = await lockRecord(manager, Course, COURSE, courseId);
      if (course.deletedAt) throw new ConflictError('This Course was deleted; it can no longer change', 'DELETED');
      const [{ last }] = await manager.query<{ last: number }[]>(
        'SELECT coalesce(max(position), 0)::int AS last FROM course_lesson WHERE course_id = $1 AND deleted_at IS NULL',
        [courseId],
      );
      const repo = manager.getRepository(CourseLesson);
      const saved = await repo.save(
        repo.create({ summary: null, contentUrl: null, durationMinutes: null, ...fields, position: fields.position ?? last + 1, courseId }),
      );
      await touchCourse(manager, courseId);
      await recordAudit(manager, ctx, { action: 'addCourseLesson', entityType: LESSON, entityId: saved.id, before: null, after: { ...saved } });
      return saved;
    },
  });
  return { lesson: record, userErrors };
}

export async function updateCourseLesson(ctx: RequestContext, input: UpdateCourseLessonInput): Promise<LessonResult> {
  const id = decodeGlobalId(input.id, LESSON, 'input.id');
  const province = await courseUnit(ctx);
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'updateCourseLesson',
    entityType: LESSON,
    input,
    unit: province,
    replay: replayLesson,
    prepare: async () => checkedLessonFields(input, 'input'),
    write: async (manager, fields) => {
      const before = await lockRecord(manager, CourseLesson, LESSON, id);
      assertEditable(before, LESSON, input.expectedVersion);
      const repo = manager.getRepository(CourseLesson);
      const saved = await repo.save(repo.merge(repo.create({ ...before }), fields));
      await touchCourse(manager, before.courseId);
      await recordAudit(manager, ctx, { action: 'updateCourseLesson', entityType: LESSON, entityId: id, before: { ...before }, after: { ...saved } });
      return saved;
    },
  });
  return { lesson: record, userErrors };
}

export async function deleteCourseLesson(ctx: RequestContext, input: DeleteRecordInput): Promise<LessonResult> {
  const id = decodeGlobalId(input.id, LESSON, 'input.id');
  const province = await courseUnit(ctx);
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'deleteCourseLesson',
    entityType: LESSON,
    unit: province,
    write: async (manager) => {
      const before = await lockRecord(manager, CourseLesson, LESSON, id);
      const after = await softDelete(manager, CourseLesson, LESSON, before, input.expectedVersion);
      if (after !== before) {
        await touchCourse(manager, before.courseId);
        await recordAudit(manager, ctx, { action: 'deleteCourseLesson', entityType: LESSON, entityId: id, before: { ...before }, after: { ...after } });
      }
      return after;
    },
  });
  return { lesson: record, userErrors };
}

const SORTS: Record<CourseOrderField, Omit<RecordSort<Course>, 'direction'>> = {
  CODE: { name: 'CODE', column: 'c.code', kind: 'text', value: (c) => c.code },
  CREATED_AT: { name: 'CREATED_AT', column: 'c.created_at', kind: 'timestamp', value: (c) => c.createdAt.toISOString() },
  UPDATED_AT: { name: 'UPDATED_AT', column: 'c.updated_at', kind: 'timestamp', value: (c) => c.updatedAt.toISOString() },
};

export function listCourses(
  ctx: RequestContext,
  page: PageArgs,
  filter: CourseFilter | null | undefined,
  orderBy: CourseOrder | null | undefined,
  updatedSince: Date | null | undefined,
): Promise<SyncedConnectionResult<Course>> {
  const query = ctx.dataSource.getRepository(Course).createQueryBuilder('c');
  if (filter?.status) query.andWhere('c.status = :status', { status: filter.status });
  if (filter?.topic) query.andWhere(':topic = ANY(c.topics)', { topic: filter.topic });
  if (filter?.crop) query.andWhere(':crop = ANY(c.crops)', { crop: cropCode(filter.crop, 'filter.crop') });
  if (filter?.language) query.andWhere('c.language = :language', { language: filter.language.trim() });
  if (filter?.taskCode) query.andWhere('c.task_id IN (SELECT id FROM task WHERE code = :taskCode)', { taskCode: filter.taskCode.trim().toUpperCase() });
  const sort = { ...SORTS[orderBy?.field ?? CourseOrderField.CODE], direction: orderBy?.direction ?? OrderDirection.ASC };
  return listRecords(query, page, sort, updatedSince);
}
