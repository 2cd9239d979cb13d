// A reporting year end to end: communes record trainings and pilots, agencies report, the province
// returns one report and approves the rest, and the plan progress view and its XLSX show actuals
// counted from the records, not typed.
import ExcelJS from 'exceljs';
import { Role } from '../../../src/core/auth/roles';
import { HOME_UNIT, OTHER_UNIT, createTestUser } from '../../helpers/principals';
import { TestServer, startTestServer } from '../../helpers/test-server';
import { CREATE_PILOT, RECORD_EVENT, eventInput, mutate, pilotInput } from '../field-records/fixtures';
import { ADOPT_CRITERIA, CREATE_CRITERIA, criteriaInput, decision } from '../registers/fixtures';

type Headers = Record<string, string>;
interface TargetRow {
  target: { metric: string };
  actual: number | null;
  goal: number | null;
  comparison: string;
  source: string;
  communesTotal: number | null;
  communes: { administrativeUnitCode: string; value: number }[];
}
interface TaskRow {
  task: { code: string };
  status: string | null;
  targets: TargetRow[];
  missingReports: { code: string }[];
}
interface Progress {
  planProgress: { sections: { code: string; tasks: TaskRow[] }[] };
}

let server: TestServer;
let home: Headers;
let other: Headers;
let dae: Headers;
let province: Headers;
const AS_OF = '2026-11-29T00:00:00Z';

beforeAll(async () => {
  server = await startTestServer();
  home = (await createTestUser(server, Role.COMMUNE_OFFICER, { unitCode: HOME_UNIT })).headers;
  other = (await createTestUser(server, Role.COMMUNE_OFFICER, { unitCode: OTHER_UNIT })).headers;
  dae = (await createTestUser(server, Role.AGENCY_OFFICER, { agencyCode: 'DAE' })).headers;
  province = (await createTestUser(server, Role.PROVINCE_OFFICER)).headers;
});
afterAll(async () => {
  await server.stop();
});

const progress = async (filter?: object) =>
  (
    await server.requestText<Progress>(
      `query($filter: PlanProgressFilter, $asOf: DateTimeISO) { planProgress(year: 2026, filter: $filter, asOf: $asOf) { sections { code tasks {
       task { code } status missingReports { code }
       targets { target { metric } goal actual comparison source communesTotal communes { administrativeUnitCode value } } } } } }`,
      { filter, asOf: AS_OF },
      province,
    )
  ).data!.planProgress;
const taskRow = (p: Progress['planProgress'], code: string) => p.sections.flatMap((s) => s.tasks).find((t) => t.task.code === code)!;
const report = async (input: object, headers: Headers) =>
  (
    await server.requestText<{ createProgressReport: { progressReport: { id: string } } }>(
      'mutation($input: CreateProgressReportInput!) { createProgressReport(input: $input) { progressReport { id } userErrors { code message } } }',
      { input: { year: 2026, ...input } },
      headers,
    )
  ).data!.createProgressReport.progressReport.id;
const transition = (name: string, input: object, headers: Headers) =>
  server.requestText(
    `mutation($input: ${name === 'returnProgressReport' ? 'ProgressReportReasonInput' : 'ProgressReportIdInput'}!) { ${name}(input: $input) { progressReport { state } } }`,
    { input },
    headers,
  );

describe('a reporting year', () => {
  it('counts the farmers trained, the sessions and the pilots from the records', async () => {
    await mutate(server, RECORD_EVENT, eventInput({ participants: { total: 40, women: 18, farmers: 35 } }), home);
    await mutate(server, RECORD_EVENT, eventInput({ startDate: '2026-06-02', participants: { total: 50, women: 20, farmers: 45 } }), home);
    await mutate(server, RECORD_EVENT, eventInput({ administrativeUnitCode: OTHER_UNIT, participants: { total: 25, women: 10, farmers: 20 } }), other);
    for (const [headers, unit] of [
      [home, HOME_UNIT],
      [home, HOME_UNIT],
      [other, OTHER_UNIT],
    ] as const) {
      await mutate(
        server,
        RECORD_EVENT,
        eventInput({ kind: 'COMMUNICATION_SESSION', administrativeUnitCode: unit, topics: ['LOW_EMISSION_CULTIVATION'] }),
        headers,
      );
    }
    await mutate(server, CREATE_PILOT, pilotInput(), home);
    await mutate(server, CREATE_PILOT, pilotInput({ level: 'PROVINCIAL', administrativeUnitCode: null, crop: 'SUGARCANE', status: 'ACTIVE' }), province);

    const view = await progress();
    const farmers = taskRow(view, 'III.5').targets.find((t) => t.target.metric === 'FARMERS_TRAINED')!;
    expect(farmers).toMatchObject({ actual: 35 + 45 + 20, goal: 500, comparison: 'NOT_DUE', source: 'RECORDS' });
    // I.3 is per commune or ward: none has held the 5 sessions yet (2 at home, 1 in the other commune).
    const sessions = taskRow(view, 'I.3').targets[0];
    expect(sessions).toMatchObject({ actual: 0, goal: 5, communesTotal: 102, comparison: 'NOT_DUE', source: 'RECORDS' });
    expect(sessions.communes.filter((c) => c.value > 0).map((c) => [c.administrativeUnitCode, c.value])).toEqual(
      expect.arrayContaining([
        [HOME_UNIT, 2],
        [OTHER_UNIT, 1],
      ]),
    );
    expect(taskRow(view, 'IV.1').targets[0]).toMatchObject({ actual: 1, source: 'RECORDS' });
    const communePilots = taskRow(view, 'IV.2').targets[0];
    expect(communePilots).toMatchObject({ actual: 1, communesTotal: 102, source: 'RECORDS' });
    expect(communePilots.communes.find((c) => c.administrativeUnitCode === HOME_UNIT)!.value).toBe(1);

    // A commune's scorecard counts that commune only.
    const own = await progress({ administrativeUnitCode: OTHER_UNIT });
    expect(taskRow(own, 'III.5').targets[0].actual).toBe(20);
    expect(taskRow(own, 'IV.2').targets[0]).toMatchObject({ actual: 0, communesTotal: 1 });
  });

  it('takes words and status from reports and every count from the records, and the province returns one and approves the rest', async () => {
    // A typed count is refused: III.2's target is counted in the criteria-set register.
    const typed = await server.requestText<{ createProgressReport: { userErrors: { code: string }[] } }>(
      'mutation($input: CreateProgressReportInput!) { createProgressReport(input: $input) { userErrors { code } } }',
      { input: { year: 2026, taskCode: 'III.2', status: 'ON_TRACK', targetValues: [{ metric: 'LOW_EMISSION_CRITERIA_SETS', value: 2 }] } },
      dae,
    );
    expect(typed.data!.createProgressReport.userErrors.map((e) => e.code)).toEqual(['MEASURED_FROM_RECORDS']);
    const research = await report({ taskCode: 'III.2', status: 'ON_TRACK', narrative: 'Bộ tiêu chí cà phê đã trình UBND tỉnh' }, dae);
    const training = await report({ taskCode: 'III.5', status: 'AT_RISK', difficulties: 'Thiếu giảng viên', proposals: 'Tăng kinh phí tập huấn' }, dae);
    const homeSessions = await report({ taskCode: 'I.3', status: 'ON_TRACK', difficulties: 'Địa bàn rộng', proposals: 'Hỗ trợ loa di động' }, home);
    for (const id of [research, training, homeSessions]) await transition('submitProgressReport', { id }, id === homeSessions ? home : dae);

    // The count comes from the register, whatever the reports say: none adopted yet, so none counted.
    expect(taskRow(await progress(), 'III.2').targets[0]).toMatchObject({ actual: 0, source: 'RECORDS' });
    const draft = await mutate(server, CREATE_CRITERIA, criteriaInput(), province);
    expect((await mutate(server, ADOPT_CRITERIA, { id: draft.record!.id, expectedVersion: 1, ...decision('2026-10-01') }, province)).userErrors).toEqual([]);

    await transition('returnProgressReport', { id: training, reason: 'Thiếu số liệu học viên' }, province);
    await transition('approveProgressReport', { id: research }, province);
    await transition('approveProgressReport', { id: homeSessions }, province);
    const locked = await server.requestText(
      'mutation($input: UpdateProgressReportInput!) { updateProgressReport(input: $input) { progressReport { id } } }',
      {
        input: { id: research, expectedVersion: 3, narrative: 'đổi' },
      },
      dae,
    );
    expect(locked.errors![0].extensions).toMatchObject({ code: 'LOCKED' });

    const view = await progress();
    expect(taskRow(view, 'III.2').targets[0]).toMatchObject({ actual: 1, comparison: 'MET', source: 'RECORDS' });
    expect(taskRow(view, 'III.2').status).toBe('ON_TRACK');
    // The returned report is not "sent": DAE still owes its III.5 report.
    expect(taskRow(view, 'III.5').missingReports.map((a) => a.code)).toContain('DAE');
    expect(taskRow(view, 'I.3').missingReports.map((a) => a.code)).not.toContain(`PC-${HOME_UNIT}`);
  });

  it("writes the annual XLSX with the same figures and the communes' difficulties and proposals", async () => {
    const response = await fetch(server.url.replace('/graphql', '/reports/plan-progress/2026.xlsx'), { headers: province });
    expect(response.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await response.arrayBuffer());
    // One sheet per section that has tasks running in the year, then one per register.
    const sections = (await progress()).sections.map((s) => `Section ${s.code}`);
    expect(sections.length).toBeGreaterThanOrEqual(7);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      ...sections,
      'Zones (VI.1)',
      'Conversions (II.2)',
      'Works (III.1)',
      'Criteria sets (III.2)',
      'Studies (III.3, III.4)',
    ]);
    const rows = (name: string) => {
      const found: unknown[][] = [];
      book.getWorksheet(name)!.eachRow((row) => found.push((row.values as unknown[]).slice(1)));
      return found;
    };
    const farmers = rows('Section III').find((r) => r[0] === 'III.5' && String(r[2]).includes('farmers'))!;
    expect(farmers[4]).toBe(100); // "Actual 2026"
    const sessions = rows('Section I').find((r) => r[0] === 'I.3')!;
    expect(sessions[4]).toBe(0); // communes and wards with 5 sessions
    const feedback = rows('Section I').find((r) => r[4] === 'Địa bàn rộng')!;
    expect(feedback).toEqual([2026, 'I.3', expect.stringContaining('Hòa Phú'), 'APPROVED', 'Địa bàn rộng', 'Hỗ trợ loa di động']);
    expect((await fetch(server.url.replace('/graphql', '/reports/plan-progress/2026.xlsx'))).status).toBe(401);
    const phase = await fetch(server.url.replace('/graphql', '/reports/plan-phase/1.xlsx'), { headers: province });
    expect(phase.status).toBe(200);
  });

  it('lists what is overdue once the due day has passed', async () => {
    const overdue = await server.requestText<{ overdueItems: { reportsNotSubmitted: { task: { code: string }; agency: { code: string } }[] } }>(
      '{ overdueItems(asOf: "2027-02-01T00:00:00Z") { reportsNotSubmitted { task { code } agency { code } year } tasksEndedUnmet { task { code } target { metric } } } }',
      {},
      province,
    );
    expect(overdue.errors).toBeUndefined();
    const missing = overdue.data!.overdueItems.reportsNotSubmitted.map((m) => `${m.task.code}/${m.agency.code}`);
    expect(missing).toContain('III.5/DAE');
    expect(missing).not.toContain('III.2/DAE');
    expect(missing).not.toContain(`I.3/PC-${HOME_UNIT}`);
  });
});
