import {
  AddCourseLessonDocument,
  CreateCourseDocument,
  DeleteFarmerAccountDocument,
  EnrolInCourseDocument,
  RecordLessonCompletionDocument,
  RegisterFarmerAccountDocument,
  UpdateCourseDocument,
  UpdateCourseLessonDocument,
} from '@daklak-lowemission/client';
import { Role } from '../../../src/core/auth/roles';
import { createTestApiKey, createTestUser } from '../../helpers/principals';
import { TestServer, startTestServer } from '../../helpers/test-server';
import { Callers, HOME_UNIT, OTHER_UNIT, RecordNode, count, createCallers, failure, key, mutate, ok, rawId } from './fixtures';

let server: TestServer;
let callers: Callers;
let partner: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  callers = await createCallers(server);
  partner = (await createTestApiKey(server, { scopes: ['courses:write'] })).headers;
});
afterAll(async () => {
  await server.stop();
});

const CREATE_COURSE = CreateCourseDocument;
const ADD_LESSON = AddCourseLessonDocument;
const UPDATE_LESSON = UpdateCourseLessonDocument;
const UPDATE_COURSE = UpdateCourseDocument;
const REGISTER = RegisterFarmerAccountDocument;
const DELETE_FARMER = DeleteFarmerAccountDocument;
const ENROL = EnrolInCourseDocument;
const COMPLETE = RecordLessonCompletionDocument;

const CONSENT = { accepted: true, noticeVersion: '2026-01' };
let phoneSeq = 100;
const nextPhone = () => `0912 000 ${String((phoneSeq += 1)).padStart(3, '0')}`;

async function newCourse(lessons = 3, extra: Record<string, unknown> = {}) {
  const input = {
    code: `KH-${key().slice(5, 17)}`,
    title: 'Canh tác cà phê phát thải thấp',
    crops: ['COFFEE'],
    topics: ['LOW_EMISSION_CULTIVATION'],
    lessons: Array.from({ length: lessons }, (_, i) => ({ title: `Bài ${i + 1}`, durationMinutes: 10 })),
    ...extra,
  };
  const { record, userErrors } = await mutate(server, CREATE_COURSE, input, callers.province);
  expect(userErrors).toEqual([]);
  return record as RecordNode & { lessons: { id: string; position: number; title: string; version: number }[] };
}

const register = (input: Record<string, unknown>, headers: Record<string, string>) =>
  mutate(server, REGISTER, { administrativeUnitCode: HOME_UNIT, consent: CONSENT, ...input }, headers);

describe('courses and lessons', () => {
  it('are written by province-wide callers only', async () => {
    const course = await newCourse(2);
    expect(course).toMatchObject({
      status: 'OPEN',
      lessonCount: 2,
      task: { code: 'V.2' },
      lessons: [
        { position: 1, title: 'Bài 1' },
        { position: 2, title: 'Bài 2' },
      ],
    });
    const input = { code: 'KH-X', title: 'x' };
    expect(await failure(server, CREATE_COURSE, { input }, callers.homeOfficer)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await failure(server, CREATE_COURSE, { input }, callers.homeKey)).toMatchObject({ code: 'FORBIDDEN' });
    expect((await mutate(server, CREATE_COURSE, input, partner)).userErrors).toEqual([]);
    expect((await mutate(server, CREATE_COURSE, input, partner)).userErrors).toEqual([
      { field: ['input', 'code'], code: 'TAKEN', message: expect.any(String) },
    ]);
  });

  it("move the course's updatedAt when a lesson changes, and refuse stale lesson edits", async () => {
    const course = await newCourse(1);
    const added = await mutate(server, ADD_LESSON, { courseId: course.id, title: 'Bài 2', idempotencyKey: key() }, callers.province);
    expect(added.record).toMatchObject({ position: 2, version: 1 });
    const reread = await ok<{ node: { updatedAt: string; version: number; lessons: { title: string }[] } }>(
      server,
      'query($id: ID!) { node(id: $id) { ... on Course { updatedAt version lessons { title } } } }',
      { id: course.id },
      {},
    );
    expect(reread.node.lessons.map((l) => l.title)).toEqual(['Bài 1', 'Bài 2']);
    expect(reread.node.version).toBe(1);
    expect(new Date(reread.node.updatedAt).getTime()).toBeGreaterThan(new Date(course.updatedAt).getTime());
    const lessonId = course.lessons[0].id;
    expect((await mutate(server, UPDATE_LESSON, { id: lessonId, expectedVersion: 1, title: 'Bài mở đầu' }, callers.province)).record).toMatchObject({
      version: 2,
    });
    expect(await failure(server, UPDATE_LESSON, { input: { id: lessonId, expectedVersion: 1, title: 'Cũ' } }, callers.province)).toMatchObject({
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
    });
    expect(await failure(server, UPDATE_COURSE, { input: { id: course.id, expectedVersion: 7, title: 'Cũ' } }, callers.province)).toMatchObject({
      code: 'CONFLICT',
    });
  });
});

describe('farmer accounts', () => {
  it('are registered with consent by a commune officer or a bound key for their commune, never for another', async () => {
    const byOfficer = await register({ phone: nextPhone(), displayName: 'Ama Hoa', idempotencyKey: key() }, callers.homeOfficer);
    expect(byOfficer.record).toMatchObject({
      phone: expect.stringMatching(/^\+84912000\d{3}$/),
      hasLogin: false,
      administrativeUnit: { code: HOME_UNIT },
      version: 1,
    });
    expect((await register({ email: 'Nong.Dan@Example.test' }, callers.homeKey)).record).toMatchObject({ email: 'nong.dan@example.test', phone: null });
    expect(
      await failure(server, REGISTER, { input: { administrativeUnitCode: HOME_UNIT, consent: CONSENT, phone: nextPhone() } }, callers.otherOfficer),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      await failure(server, REGISTER, { input: { administrativeUnitCode: OTHER_UNIT, consent: CONSENT, phone: nextPhone() } }, callers.homeKey),
    ).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('need consent and a phone or an email, and a number is registered once', async () => {
    expect(
      await failure(
        server,
        REGISTER,
        { input: { administrativeUnitCode: HOME_UNIT, consent: { ...CONSENT, accepted: false }, phone: nextPhone() } },
        callers.homeOfficer,
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.consent.accepted', reason: 'CONSENT_REQUIRED' });
    expect(await failure(server, REGISTER, { input: { administrativeUnitCode: HOME_UNIT, consent: CONSENT } }, callers.homeOfficer)).toMatchObject({
      field: 'input.phone',
      reason: 'REQUIRED',
    });
    expect(await failure(server, REGISTER, { input: { administrativeUnitCode: HOME_UNIT, consent: CONSENT, phone: '12' } }, callers.homeOfficer)).toMatchObject(
      { reason: 'INVALID_PHONE' },
    );
    const phone = nextPhone();
    await register({ phone }, callers.homeOfficer);
    expect((await register({ phone: phone.replace(/^0/, '+84') }, callers.homeKey)).userErrors).toEqual([
      { field: ['input', 'phone'], code: 'TAKEN', message: expect.any(String) },
    ]);
  });

  it('are visible to their commune, the province and the farmer, not to another commune', async () => {
    const { record } = await register({ phone: nextPhone() }, callers.homeOfficer);
    const probe = 'query($id: ID!) { node(id: $id) { id } }';
    expect((await ok<{ node: unknown }>(server, probe, { id: record!.id }, callers.homeOfficer)).node).toEqual({ id: record!.id });
    expect((await ok<{ node: unknown }>(server, probe, { id: record!.id }, callers.province)).node).toEqual({ id: record!.id });
    expect((await ok<{ node: unknown }>(server, probe, { id: record!.id }, callers.otherOfficer)).node).toBeNull();
    expect(await failure(server, probe, { id: record!.id }, callers.viewer)).toMatchObject({ code: 'FORBIDDEN' });
    const listed = async (headers: Record<string, string>) =>
      (await ok<{ farmerAccounts: { totalCount: number } }>(server, '{ farmerAccounts(first: 1) { totalCount } }', {}, headers)).farmerAccounts.totalCount;
    expect(await listed(callers.otherOfficer)).toBe(0);
    expect(await listed(callers.homeOfficer)).toBeGreaterThan(0);
  });

  it('erase the contact data when deleted, keeping the record as a tombstone', async () => {
    const { record } = await register({ phone: nextPhone(), displayName: 'Tên riêng' }, callers.homeOfficer);
    const { record: deleted } = await mutate(server, DELETE_FARMER, { id: record!.id, expectedVersion: 1 }, callers.homeOfficer);
    expect(deleted).toMatchObject({ phone: null, email: null, displayName: null, deletedAt: expect.any(String), version: 2 });
    // The append-only audit trail recorded the registration and the erasure without the contact data.
    const phoneDigits = String(record!.phone).slice(3);
    const events = await server.database.dataSource.query(`SELECT action, changes::text AS changes FROM audit_event WHERE entity_id = $1 ORDER BY sequence`, [
      rawId(record!.id),
    ]);
    expect(events.map((e: { action: string }) => e.action)).toEqual(['registerFarmerAccount', 'deleteFarmerAccount']);
    expect(events.some((e: { changes: string }) => e.changes.includes(phoneDigits) || e.changes.includes('Tên riêng'))).toBe(false);
  });
});

describe('enrolments and lesson completions', () => {
  it('complete a course when every lesson is done, however often the app sends them', async () => {
    const course = await newCourse(2);
    const { record: farmer } = await register({ phone: nextPhone() }, callers.homeOfficer);
    const enrolled = await mutate(server, ENROL, { courseId: course.id, farmerAccountId: farmer!.id }, callers.homeKey);
    expect(enrolled.record).toMatchObject({ completedLessons: 0, lessonCount: 2, completedAt: null, course: { code: course.code } });
    const again = await mutate(server, ENROL, { courseId: course.id, farmerAccountId: farmer!.id }, callers.homeOfficer);
    expect(again.record!.id).toBe(enrolled.record!.id);

    const done = (lesson: number, completedAt: string) =>
      mutate(server, COMPLETE, { lessonId: course.lessons[lesson].id, farmerAccountId: farmer!.id, completedAt, idempotencyKey: key() }, callers.homeKey);
    expect((await done(0, '2026-07-01T08:00:00Z')).record).toMatchObject({ completedLessons: 1, completedAt: null });
    expect((await done(0, '2026-07-09T08:00:00Z')).record).toMatchObject({ completedLessons: 1, completedAt: null });
    const finished = await done(1, '2026-07-03T09:30:00Z');
    expect(finished.record).toMatchObject({ completedLessons: 2, completedAt: '2026-07-03T09:30:00.000Z' });
    expect((finished.record!.completions as unknown[]).length).toBe(2);
    expect(
      await count(server, 'lesson_completion', 'enrolment_id = (SELECT id FROM course_enrolment WHERE farmer_account_id = $1)', [
        (await server.database.dataSource.query('SELECT id FROM farmer_account WHERE phone = $1', [farmer!.phone]))[0].id,
      ]),
    ).toBe(2);
  });

  it('enrol on the first completion, and refuse new farmers in a closed course', async () => {
    const open = await newCourse(1);
    const closed = await newCourse(1, { status: 'CLOSED' });
    const { record: farmer } = await register({ phone: nextPhone() }, callers.homeOfficer);
    const first = await mutate(server, COMPLETE, { lessonId: open.lessons[0].id, farmerAccountId: farmer!.id }, callers.homeOfficer);
    expect(first.record).toMatchObject({ completedLessons: 1, completedAt: expect.any(String) });
    expect(await mutate(server, ENROL, { courseId: closed.id, farmerAccountId: farmer!.id }, callers.homeOfficer)).toEqual({
      record: null,
      userErrors: [{ field: ['input', 'courseId'], code: 'COURSE_CLOSED', message: expect.any(String) }],
    });
    // Another commune's farmer is personal data it may not see: refused as unknown, not as forbidden.
    expect(await failure(server, ENROL, { input: { courseId: open.id, farmerAccountId: farmer!.id } }, callers.otherOfficer)).toMatchObject({
      code: 'NOT_FOUND',
      field: 'input.farmerAccountId',
    });
    expect(
      await failure(
        server,
        COMPLETE,
        { input: { lessonId: open.lessons[0].id, farmerAccountId: farmer!.id, completedAt: '2099-01-01T00:00:00Z' } },
        callers.homeOfficer,
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.completedAt' });
  });

  it('let a signed-in farmer register, enrol and learn for themselves only', async () => {
    const farmerUser = (await createTestUser(server, Role.FARMER)).headers;
    const course = await newCourse(1);
    const own = await register({ phone: nextPhone() }, farmerUser);
    expect(own.record).toMatchObject({ hasLogin: true });
    expect((await register({ phone: nextPhone() }, farmerUser)).userErrors).toEqual([
      { field: ['input', 'consent'], code: 'ALREADY_REGISTERED', message: expect.any(String) },
    ]);
    expect((await mutate(server, ENROL, { courseId: course.id }, farmerUser)).record).toMatchObject({ farmerAccount: { id: own.record!.id } });
    expect((await mutate(server, COMPLETE, { lessonId: course.lessons[0].id }, farmerUser)).record).toMatchObject({ completedLessons: 1 });
    const { record: someoneElse } = await register({ phone: nextPhone() }, callers.homeOfficer);
    expect(await failure(server, ENROL, { input: { courseId: course.id, farmerAccountId: someoneElse!.id } }, farmerUser)).toMatchObject({
      code: 'NOT_FOUND',
      field: 'input.farmerAccountId',
    });
    const mine = await ok<{ farmerAccounts: { edges: { node: { id: string } }[] }; enrolments: { totalCount: number } }>(
      server,
      '{ farmerAccounts(first: 10) { edges { node { id } } } enrolments(first: 10) { totalCount } }',
      {},
      farmerUser,
    );
    expect(mine).toEqual({ farmerAccounts: { edges: [{ node: { id: own.record!.id } }] }, enrolments: { totalCount: 1 } });
    expect(await failure(server, '{ pilotModels(first: 1) { totalCount } }', {}, farmerUser)).toMatchObject({ code: 'FORBIDDEN' });
  });
});
