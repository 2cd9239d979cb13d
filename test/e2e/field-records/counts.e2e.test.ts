import { countPilots, countTrainedFarmers, countTrainings, communesWithoutPilot } from '../../../src/modules/field-records/counts/field-record-counts.service';
import { TestServer, startTestServer } from '../../helpers/test-server';
import { Role } from '../../../src/core/auth/roles';
import { createTestUser, unitId } from '../../helpers/principals';
import {
  CREATE_PILOT,
  Callers,
  DELETE_EVENT,
  DELETE_PILOT,
  HOME_UNIT,
  OTHER_UNIT,
  RECORD_EVENT,
  createCallers,
  eventInput,
  key,
  mutate,
  ok,
  pilotInput,
  rawId,
} from './fixtures';

let server: TestServer;
let callers: Callers;
beforeAll(async () => {
  server = await startTestServer();
  callers = await createCallers(server);
});
afterAll(async () => {
  await server.stop();
});

const COUNTS = `query($filter: FieldCountFilter) { fieldRecordCounts {
  trainings(filter: $filter) { year administrativeUnit { code } events participants women farmers }
  communicationSessions(filter: $filter) { year administrativeUnit { code } events }
  trainedFarmers(filter: $filter) { year administrativeUnit { code } inPerson online total }
  pilots { administrativeUnit { code } planned active completed cancelled counted }
  communesWithoutPilot { code }
} }`;

interface Counts {
  fieldRecordCounts: {
    trainings: { year: number; administrativeUnit: { code: string }; events: number; participants: number; women: number; farmers: number }[];
    communicationSessions: { year: number; administrativeUnit: { code: string }; events: number }[];
    trainedFarmers: { year: number; administrativeUnit: { code: string }; inPerson: number; online: number; total: number }[];
    pilots: { administrativeUnit: { code: string }; planned: number; active: number; completed: number; cancelled: number; counted: number }[];
    communesWithoutPilot: { code: string }[];
  };
}

const event = (overrides: Record<string, unknown>) => mutate(server, RECORD_EVENT, eventInput(overrides), callers.province);

async function completeCourseAt(farmerId: string, completedAt: string): Promise<string> {
  const course = await mutate(
    server,
    'mutation($input: CreateCourseInput!) { createCourse(input: $input) { course { id lessons { id } } userErrors { code } } }',
    { code: `C-${key().slice(5, 15)}`, title: 'Khóa học', lessons: [{ title: 'Bài duy nhất' }] },
    callers.province,
  );
  const lessonId = (course.record!.lessons as { id: string }[])[0].id;
  const done = await mutate(
    server,
    'mutation($input: RecordLessonCompletionInput!) { recordLessonCompletion(input: $input) { enrolment { id completedAt } userErrors { code } } }',
    { lessonId, farmerAccountId: farmerId, completedAt },
    callers.province,
  );
  expect(done.record).toMatchObject({ completedAt: expect.any(String) });
  return done.record!.id;
}

/**
 * The API refuses completions in the future, and the plan began in 2026: to count across years
 * before they have happened, a recorded completion is moved in time directly in the database.
 */
async function moveCompletion(enrolmentId: string, completedAt: string): Promise<void> {
  await server.database.dataSource.query('UPDATE course_enrolment SET completed_at = $2 WHERE id = $1', [rawId(enrolmentId), completedAt]);
}

async function farmer(unit: string): Promise<string> {
  const { record } = await mutate(
    server,
    'mutation($input: RegisterFarmerAccountInput!) { registerFarmerAccount(input: $input) { farmerAccount { id version } userErrors { code } } }',
    { administrativeUnitCode: unit, email: `${key()}@example.test`, consent: { accepted: true, noticeVersion: '2026-01' } },
    callers.province,
  );
  return record!.id;
}

describe('the counts the plan needs', () => {
  beforeAll(async () => {
    await event({ startDate: '2026-03-01', participants: { total: 40, women: 20, farmers: 30 } });
    await event({ startDate: '2026-11-20', participants: { total: 25, women: 5, farmers: 25 } });
    await event({ startDate: '2027-01-05', participants: { total: 10, farmers: 8 } });
    await event({ startDate: '2026-05-05', administrativeUnitCode: OTHER_UNIT, participants: { total: 12, farmers: 12 } });
    await event({ startDate: '2026-06-01', kind: 'WORKSHOP', participants: { total: 60, farmers: 50 } });
    const gone = await event({ startDate: '2026-07-01', participants: { total: 99, farmers: 99 } });
    await mutate(server, DELETE_EVENT, { id: gone.record!.id, expectedVersion: 1 }, callers.province);
    for (const day of ['2026-02-01', '2026-08-01', '2027-02-01']) await event({ kind: 'COMMUNICATION_SESSION', startDate: day, participants: { total: 100 } });

    await mutate(server, CREATE_PILOT, pilotInput({ status: 'ACTIVE' }), callers.province);
    await mutate(server, CREATE_PILOT, pilotInput({ status: 'PLANNED' }), callers.province);
    await mutate(server, CREATE_PILOT, pilotInput({ administrativeUnitCode: OTHER_UNIT, status: 'CANCELLED' }), callers.province);
    await mutate(
      server,
      CREATE_PILOT,
      pilotInput({ level: 'PROVINCIAL', administrativeUnitCode: null, crop: 'SUGARCANE', status: 'ACTIVE' }),
      callers.province,
    );
    const deleted = await mutate(server, CREATE_PILOT, pilotInput({ administrativeUnitCode: '24163' }), callers.province);
    await mutate(server, DELETE_PILOT, { id: deleted.record!.id, expectedVersion: 1 }, callers.province);

    // One farmer finishes two courses in 2026 and one in 2027; another finishes just after midnight
    // on New Year's Eve in Vietnam (still 2026 in UTC) and then leaves the app.
    const loyal = await farmer(HOME_UNIT);
    await completeCourseAt(loyal, '2026-04-01T03:00:00Z');
    await completeCourseAt(loyal, '2026-09-01T03:00:00Z');
    await moveCompletion(await completeCourseAt(loyal, '2026-10-01T03:00:00Z'), '2027-03-01T03:00:00Z');
    const leaver = await farmer(HOME_UNIT);
    await moveCompletion(await completeCourseAt(leaver, '2026-10-15T03:00:00Z'), '2026-12-31T18:30:00Z');
    await mutate(
      server,
      'mutation($input: DeleteRecordInput!) { deleteFarmerAccount(input: $input) { farmerAccount { id } userErrors { code } } }',
      { id: leaver, expectedVersion: 1 },
      callers.province,
    );
  });

  it('equal the records created, deleted ones left out', async () => {
    const counts = (await ok<Counts>(server, COUNTS, {}, callers.viewer)).fieldRecordCounts;
    expect(counts.trainings).toEqual(
      [
        { year: 2026, administrativeUnit: { code: HOME_UNIT }, events: 2, participants: 65, women: 25, farmers: 55 },
        { year: 2026, administrativeUnit: { code: OTHER_UNIT }, events: 1, participants: 12, women: 0, farmers: 12 },
        { year: 2027, administrativeUnit: { code: HOME_UNIT }, events: 1, participants: 10, women: 0, farmers: 8 },
      ].sort((a, b) => a.year - b.year || a.administrativeUnit.code.localeCompare(b.administrativeUnit.code)),
    );
    expect(counts.communicationSessions).toEqual([
      { year: 2026, administrativeUnit: { code: HOME_UNIT }, events: 2 },
      { year: 2027, administrativeUnit: { code: HOME_UNIT }, events: 1 },
    ]);
    expect(counts.pilots).toEqual(
      [
        { administrativeUnit: { code: OTHER_UNIT }, planned: 0, active: 0, completed: 0, cancelled: 1, counted: 0 },
        { administrativeUnit: { code: HOME_UNIT }, planned: 1, active: 1, completed: 0, cancelled: 0, counted: 2 },
        { administrativeUnit: { code: '66' }, planned: 0, active: 1, completed: 0, cancelled: 0, counted: 1 },
      ].sort((a, b) => a.administrativeUnit.code.localeCompare(b.administrativeUnit.code)),
    );
    const without = counts.communesWithoutPilot.map((u) => u.code);
    expect(without).toHaveLength(101);
    expect(without).not.toContain(HOME_UNIT);
    expect(without).toEqual(expect.arrayContaining([OTHER_UNIT, '24163']));
  });

  it("count a farmer trained online once a year, in Vietnam's calendar, whatever became of the account", async () => {
    const counts = (await ok<Counts>(server, COUNTS, { filter: { administrativeUnitCode: HOME_UNIT } }, callers.viewer)).fieldRecordCounts;
    expect(counts.trainedFarmers).toEqual([
      { year: 2026, administrativeUnit: { code: HOME_UNIT }, inPerson: 55, online: 1, total: 56 },
      { year: 2027, administrativeUnit: { code: HOME_UNIT }, inPerson: 8, online: 2, total: 10 },
    ]);
    const only2026 = (await ok<Counts>(server, COUNTS, { filter: { fromYear: 2026, toYear: 2026 } }, callers.viewer)).fieldRecordCounts.trainedFarmers;
    expect(only2026.map((r) => [r.administrativeUnit.code, r.total])).toEqual(
      [
        [OTHER_UNIT, 12],
        [HOME_UNIT, 56],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
  });

  it('are callable from code, with the same results', async () => {
    const db = server.database.dataSource;
    const home = await unitId(server, HOME_UNIT);
    expect(await countTrainedFarmers(db, { unitIds: [home], fromYear: 2027 })).toEqual([
      { year: 2027, administrativeUnitId: home, inPerson: 8, online: 2, total: 10 },
    ]);
    expect((await countTrainings(db, { fromYear: 2026, toYear: 2026 })).map((r) => r.events).sort()).toEqual([1, 2]);
    expect((await countPilots(db, { unitIds: [home] }))[0]).toMatchObject({ counted: 2 });
    expect(await communesWithoutPilot(db)).toHaveLength(101);
  });

  it('are refused to anonymous callers and farmers', async () => {
    const query = '{ fieldRecordCounts { communesWithoutPilot { code } } }';
    expect((await server.requestText(query)).errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    const farmerUser = (await createTestUser(server, Role.FARMER)).headers;
    expect((await server.requestText(query, {}, farmerUser)).errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
