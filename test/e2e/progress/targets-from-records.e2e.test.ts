// The plan's targets measured from the records, as the plan words them: I.3 per commune, sessions and
// trainings toward the task they were recorded for, III.5 as distinct people, IV.1 per crop; and every
// seeded target counted from records, none from typed progress-report values.
import { TestServer, startTestServer } from '../../helpers/test-server';
import { CREATE_PILOT, Callers, HOME_UNIT, OTHER_UNIT, RECORD_EVENT, createCallers, eventInput, key, mutate, ok, pilotInput } from '../field-records/fixtures';
import { criteriaInput, decision, zoneInput } from '../registers/fixtures';

let server: TestServer;
let callers: Callers;
let thirdUnit: string;
beforeAll(async () => {
  server = await startTestServer();
  callers = await createCallers(server);
  [{ code: thirdUnit }] = await server.database.dataSource.query(
    `SELECT code FROM administrative_unit WHERE kind IN ('COMMUNE', 'WARD') AND code NOT IN ($1, $2) ORDER BY code LIMIT 1`,
    [HOME_UNIT, OTHER_UNIT],
  );
});
afterAll(async () => {
  await server.stop();
});

interface TargetRow {
  target: { metric: string };
  goal: number | null;
  actual: number | null;
  comparison: string;
  source: string;
  sourceDescription: string;
  communesTotal: number | null;
  communes: { administrativeUnitCode: string; value: number; met: boolean }[];
  parts: { key: string; value: number; goal: number | null; met: boolean | null }[];
}
type Progress = { sections: { tasks: { task: { code: string }; targets: TargetRow[] }[] }[] };

const PROGRESS = `query($year: Int!, $filter: PlanProgressFilter) { planProgress(year: $year, filter: $filter, asOf: "2026-12-01T00:00:00Z") {
  sections { tasks { task { code } targets { target { metric } goal actual comparison source sourceDescription communesTotal
    communes { administrativeUnitCode value met } parts { key value goal met } } } } } }`;
const progress = async (year = 2026, filter?: object) =>
  (await ok<{ planProgress: Progress }>(server, PROGRESS, { year, filter }, callers.province)).planProgress;
const target = (view: Progress, task: string, metric: string) =>
  view.sections
    .flatMap((s) => s.tasks)
    .find((t) => t.task.code === task)!
    .targets.find((t) => t.target.metric === metric)!;

const record = async (overrides: Record<string, unknown>) => {
  const { record: event, userErrors } = await mutate(server, RECORD_EVENT, eventInput(overrides), callers.province);
  expect(userErrors).toEqual([]);
  return event!.id;
};
const session = (unit: string, extra: Record<string, unknown> = {}) =>
  record({ kind: 'COMMUNICATION_SESSION', administrativeUnitCode: unit, topics: ['LOW_EMISSION_CULTIVATION'], ...extra });

const IMPORT = `mutation($input: ImportAttendanceInput!) { importAttendance(input: $input) { summary { created conflicts { code } } } }`;
const attend = async (trainingEventId: string, rows: Record<string, unknown>[]) => {
  const data = await ok<{ importAttendance: { summary: { created: number; conflicts: unknown[] } } }>(
    server,
    IMPORT,
    { input: { trainingEventId, rows } },
    callers.province,
  );
  expect(data.importAttendance.summary).toEqual({ created: rows.length, conflicts: [] });
};

describe('I.3: sessions per commune or ward', () => {
  it('counts the units that held at least 5 sessions for the task, without more SQL for more units', async () => {
    for (let i = 0; i < 5; i++) await session(HOME_UNIT, { startDate: `2026-0${i + 1}-15` });
    for (let i = 0; i < 4; i++) await session(OTHER_UNIT);
    // Recorded for another task: it counts toward that task, not I.3.
    await session(OTHER_UNIT, { taskCode: 'I.1' });
    // Another year's session is not this year's.
    await session(OTHER_UNIT, { startDate: '2027-01-05' });

    const view = await progress();
    const statements = server.lastSqlStatements();
    const sessions = target(view, 'I.3', 'COMMUNICATION_SESSIONS');
    const [{ n: units }] = await server.database.dataSource.query(`SELECT count(*)::int AS n FROM administrative_unit WHERE kind IN ('COMMUNE', 'WARD')`);
    expect(sessions).toMatchObject({ goal: 5, actual: 1, communesTotal: units, comparison: 'NOT_DUE', source: 'RECORDS' });
    const unit = (code: string) => sessions.communes.find((c) => c.administrativeUnitCode === code);
    expect(unit(HOME_UNIT)).toMatchObject({ value: 5, met: true });
    expect(unit(OTHER_UNIT)).toMatchObject({ value: 4, met: false });
    expect(sessions.communes.filter((c) => c.value > 0)).toHaveLength(2);
    // The same numbers as the records: sessions per unit recorded for I.3 in 2026.
    const counted: { code: string; n: number }[] = await server.database.dataSource.query(
      `SELECT u.code, count(*)::int AS n FROM training_event e JOIN administrative_unit u ON u.id = e.administrative_unit_id JOIN task t ON t.id = e.task_id
        WHERE e.kind = 'COMMUNICATION_SESSION' AND t.code = 'I.3' AND e.deleted_at IS NULL AND EXTRACT(YEAR FROM e.start_date) = 2026 GROUP BY u.code`,
    );
    for (const { code, n } of counted) expect(sessions.communes.find((c) => c.administrativeUnitCode === code)!.value).toBe(n);

    // A third unit reaching the goal: one more unit met, and the view takes as many statements.
    for (let i = 0; i < 6; i++) await session(thirdUnit);
    const more = target(await progress(), 'I.3', 'COMMUNICATION_SESSIONS');
    expect(more.actual).toBe(2);
    expect(server.lastSqlStatements()).toBe(statements);

    // A commune's own view counts that commune only.
    expect(target(await progress(2026, { administrativeUnitCode: OTHER_UNIT }), 'I.3', 'COMMUNICATION_SESSIONS')).toMatchObject({
      actual: 0,
      communesTotal: 1,
      communes: [{ administrativeUnitCode: OTHER_UNIT, value: 4, met: false }],
    });
  });
});

describe('III.5: farmers trained', () => {
  it('counts people on attendance lists and in the training app once a year, and head counts only for list-less events', async () => {
    // Listed events: their head counts (35, 20) are not used.
    const a = await record({ participants: { total: 40, farmers: 35 } });
    await attend(a, [
      { externalId: 'A-1', fullName: 'Nguyễn Thị Lan', phone: '0912111001' },
      { externalId: 'X-2', fullName: 'Y Đôn Niê' },
      { externalId: 'T-1', fullName: 'Kỹ thuật viên', group: 'TECHNICIAN' },
    ]);
    const b = await record({ administrativeUnitCode: OTHER_UNIT, participants: { total: 25, farmers: 20 } });
    await attend(b, [
      { fullName: 'Nguyễn Thị Lan', phone: '+84 912 111 001' }, // the same person by phone
      { externalId: 'X-2', fullName: 'Y Đôn Niê', phone: '0912111002' }, // the same person by external id
      { externalId: 'B-3', fullName: 'Trần Văn Bình' },
    ]);
    // Without a list: the head count.
    await record({ participants: { total: 32, farmers: 30 } });
    // Recorded for another task, or in another year: not this year's III.5.
    await record({ taskCode: 'I.1', participants: { total: 50, farmers: 50 } });
    const next = await record({ startDate: '2027-03-01', participants: { total: 5, farmers: 5 } });
    await attend(next, [{ externalId: 'A-1', fullName: 'Nguyễn Thị Lan', phone: '0912111001' }]);

    // The training app: one farmer also on a list (by phone), one only online, one who has not finished.
    const course = await mutate(
      server,
      `mutation($input: CreateCourseInput!) { createCourse(input: $input) { course { id task { code } lessons { id } } userErrors { code } } }`,
      {
        code: `KH-${key().slice(5, 15)}`,
        title: 'Cà phê phát thải thấp',
        crops: ['COFFEE'],
        topics: ['LOW_EMISSION_CULTIVATION'],
        lessons: [{ title: 'Bài 1', durationMinutes: 10 }],
      },
      callers.province,
    );
    // Recorded for V.2 (the app that delivers it): its trainees are still III.5's farmers.
    expect(course.record).toMatchObject({ task: { code: 'V.2' } });
    const lessonId = (course.record!.lessons as { id: string }[])[0].id;
    const farmer = async (phone: string) =>
      (
        await mutate(
          server,
          `mutation($input: RegisterFarmerAccountInput!) { registerFarmerAccount(input: $input) { farmerAccount { id } userErrors { code } } }`,
          { phone, administrativeUnitCode: HOME_UNIT, consent: { accepted: true, noticeVersion: '2026-01' } },
          callers.homeOfficer,
        )
      ).record!.id;
    const complete = (farmerAccountId: string) =>
      mutate(
        server,
        `mutation($input: RecordLessonCompletionInput!) { recordLessonCompletion(input: $input) { enrolment { completedAt } userErrors { code } } }`,
        { lessonId, farmerAccountId, completedAt: '2026-07-01T08:00:00Z' },
        callers.homeKey,
      );
    expect((await complete(await farmer('0912111002'))).record).toMatchObject({ completedAt: expect.any(String) });
    expect((await complete(await farmer('0912111009'))).record).toMatchObject({ completedAt: expect.any(String) });
    await farmer('0912111010');

    const farmers = target(await progress(), 'III.5', 'FARMERS_TRAINED');
    expect(farmers).toMatchObject({ actual: 3 + 1 + 30, goal: 500, source: 'RECORDS' });
    expect(farmers.parts.map((p) => [p.key, p.value])).toEqual([
      ['ATTENDANCE_LISTS', 3],
      ['TRAINING_APP', 1],
      ['HEAD_COUNTS', 30],
    ]);
    // The next year counts the same person again, once.
    expect(target(await progress(2027), 'III.5', 'FARMERS_TRAINED')).toMatchObject({ actual: 1 });
    // The other commune's own view: its list only (the app farmers are the home commune's).
    expect(target(await progress(2026, { administrativeUnitCode: OTHER_UNIT }), 'III.5', 'FARMERS_TRAINED')).toMatchObject({ actual: 3 });
  });
});

describe('IV.1: provincial pilots on sugarcane and coffee', () => {
  it('shows each crop, and a second coffee pilot does not stand in for the sugarcane one', async () => {
    const pilot = async (crop: string, extra: Record<string, unknown> = {}) =>
      expect(
        (
          await mutate(
            server,
            CREATE_PILOT,
            pilotInput({ level: 'PROVINCIAL', administrativeUnitCode: null, crop, status: 'ACTIVE', ...extra }),
            callers.province,
          )
        ).userErrors,
      ).toEqual([]);
    await pilot('COFFEE');
    await pilot('COFFEE');
    await pilot('SUGARCANE', { taskCode: 'IV.2' }); // recorded for IV.2: not IV.1's
    let pilots = target(await progress(), 'IV.1', 'PROVINCIAL_PILOT_MODELS');
    expect(pilots).toMatchObject({ goal: 2, actual: 1, source: 'RECORDS' });
    expect(pilots.parts).toEqual([
      { key: 'SUGARCANE', value: 0, goal: 1, met: false },
      { key: 'COFFEE', value: 2, goal: 1, met: true },
    ]);
    await pilot('SUGARCANE');
    pilots = target(await progress(), 'IV.1', 'PROVINCIAL_PILOT_MODELS');
    expect(pilots).toMatchObject({ actual: 2, comparison: 'MET' });
  });
});

/** One count straight from the database, to compare a target with its records. */
const count = async (sql: string, params: unknown[] = []) => (await server.database.dataSource.query<{ n: number }[]>(sql, params))[0].n;

describe('III.2: low-emission criteria sets, counted by crop from the register', () => {
  it('moves when a set is adopted through the API, and agrees with the adopted sets of the records', async () => {
    const CREATE = `mutation($input: CreateCriteriaSetInput!) { createCriteriaSet(input: $input) { criteriaSet { id version } userErrors { field code } } }`;
    const ADOPT = `mutation($input: AdoptCriteriaSetInput!) { adoptCriteriaSet(input: $input) { criteriaSet { id status } userErrors { field code } } }`;
    const before = target(await progress(2026), 'III.2', 'LOW_EMISSION_CRITERIA_SETS');
    expect(before).toMatchObject({ source: 'RECORDS', actual: 0 });
    const draft = await mutate(server, CREATE, { ...criteriaInput({ crop: 'PEPPER' }), idempotencyKey: key() }, callers.province);
    expect(draft.userErrors).toEqual([]);
    // A draft is not a set: the target does not move until the province adopts it.
    expect(target(await progress(2026), 'III.2', 'LOW_EMISSION_CRITERIA_SETS').actual).toBe(0);
    const adopted = await mutate(server, ADOPT, { id: draft.record!.id, expectedVersion: draft.record!.version, ...decision('2026-06-01') }, callers.province);
    expect(adopted.userErrors).toEqual([]);

    const after = target(await progress(2026), 'III.2', 'LOW_EMISSION_CRITERIA_SETS');
    const byCrop: { crop: string; n: number }[] = await server.database.dataSource.query(
      `SELECT crop, count(*)::int AS n FROM criteria_set WHERE deleted_at IS NULL AND status <> 'DRAFT' AND decision_date <= '2026-12-31' GROUP BY crop ORDER BY crop`,
    );
    expect(after).toMatchObject({ source: 'RECORDS', actual: byCrop.length });
    expect(after.actual).toBe(1);
    expect(after.parts.map((p) => [p.key, p.value])).toEqual(byCrop.map((r) => [r.crop, r.n]));
    expect(after.sourceDescription).toMatch(/\(criteriaSets\)$/);
    // A decision of a later year counts from that year on, not in this one.
    const later = await mutate(server, CREATE, criteriaInput({ crop: 'COFFEE' }), callers.province);
    await mutate(server, ADOPT, { id: later.record!.id, expectedVersion: later.record!.version, ...decision('2027-02-01') }, callers.province);
    expect(target(await progress(2026), 'III.2', 'LOW_EMISSION_CRITERIA_SETS').actual).toBe(1);
    expect(target(await progress(2027), 'III.2', 'LOW_EMISSION_CRITERIA_SETS').actual).toBe(2);
  });
});

describe('VI.1: production zones, counted from the register', () => {
  it('moves when a zone is established through the API, and agrees with the established zones of the records', async () => {
    const CREATE = `mutation($input: CreateProductionZoneInput!) { createProductionZone(input: $input) { productionZone { id version } userErrors { field code } } }`;
    const UPDATE = `mutation($input: UpdateProductionZoneInput!) { updateProductionZone(input: $input) { productionZone { id version status } userErrors { field code } } }`;
    const established = () =>
      count(`SELECT count(*)::int AS n FROM production_zone WHERE deleted_at IS NULL AND established_on <= '2026-12-31' AND dissolved_on IS NULL`);
    const before = target(await progress(2026), 'VI.1', 'PRODUCTION_ZONES');
    expect(before).toMatchObject({ source: 'RECORDS', actual: await established() });
    const zone = await mutate(server, CREATE, zoneInput({ status: 'FORMING', formingOn: '2026-02-01' }), callers.province);
    expect(zone.userErrors).toEqual([]);
    expect(target(await progress(2026), 'VI.1', 'PRODUCTION_ZONES').actual).toBe(before.actual);
    const moved = await mutate(
      server,
      UPDATE,
      { id: zone.record!.id, expectedVersion: 1, status: 'ESTABLISHED', establishedOn: '2026-09-15' },
      callers.province,
    );
    expect(moved.userErrors).toEqual([]);
    const after = target(await progress(2026), 'VI.1', 'PRODUCTION_ZONES');
    expect(after).toMatchObject({ source: 'RECORDS', actual: before.actual! + 1 });
    expect(after.actual).toBe(await established());
    expect(after.sourceDescription).toMatch(/\(productionZones\)$/);
  });
});

describe('every target of the seeded plan', () => {
  it('is counted from records, and says which records', async () => {
    const seeded: { task: string; metric: string; year: number }[] = await server.database.dataSource.query(
      `SELECT k.code AS task, t.metric, k.start_year AS year FROM target t JOIN task k ON k.id = t.task_id ORDER BY k.ordinal, t.metric`,
    );
    expect(seeded.length).toBeGreaterThanOrEqual(12);
    for (const { task, metric, year } of seeded) {
      const row = target(await progress(year), task, metric);
      expect({ metric, source: row.source }).toEqual({ metric, source: 'RECORDS' });
      expect(row.sourceDescription).toMatch(/\([a-z][A-Za-z]+[^()]*\)$/);
    }
  });

  it('refuses reported values for any target the records count, so targetValues serves none of them', async () => {
    // Each target's task with one agency that reports on it (a lead, or a member of a leading group).
    const seeded: { task: string; metric: string; agency: string }[] = await server.database.dataSource.query(
      `SELECT DISTINCT ON (k.ordinal, t.metric) k.code AS task, t.metric, a.code AS agency
         FROM target t JOIN task k ON k.id = t.task_id JOIN task_agency ta ON ta.task_id = k.id AND ta.role = 'LEAD'
         LEFT JOIN agency_group_member m ON m.group_id = ta.agency_id
         JOIN agency a ON a.id = COALESCE(m.member_id, ta.agency_id) AND a.kind <> 'GROUP'
        ORDER BY k.ordinal, t.metric, a.code`,
    );
    const CREATE = `mutation($input: CreateProgressReportInput!) { createProgressReport(input: $input) { progressReport { id } userErrors { field code } } }`;
    expect(seeded.length).toBeGreaterThanOrEqual(12);
    for (const { task, metric, agency } of seeded) {
      const year = Number((await server.database.dataSource.query(`SELECT start_year FROM task WHERE code = $1`, [task]))[0].start_year);
      const answer = await mutate(
        server,
        CREATE,
        { taskCode: task, year, status: 'ON_TRACK', reportingAgencyCode: agency, targetValues: [{ metric, value: 1 }] },
        callers.province,
      );
      expect({ metric, record: answer.record, codes: answer.userErrors.map((e) => e.code) }).toEqual({
        metric,
        record: null,
        codes: ['MEASURED_FROM_RECORDS'],
      });
    }
    const [{ n }] = await server.database.dataSource.query(`SELECT count(*)::int AS n FROM progress_report WHERE target_values <> '[]'::jsonb`);
    expect(n).toBe(0);
  });
});
