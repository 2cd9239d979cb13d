// Progress reports: who writes them, the approval cycle, locks, versions, lateness.
import { Role } from '../../../src/core/auth/roles';
import { HOME_UNIT, OTHER_UNIT, createTestUser } from '../../helpers/principals';
import { TestServer, startTestServer } from '../../helpers/test-server';

type Headers = Record<string, string>;
interface Report {
  id: string;
  state: string;
  status: string;
  version: number;
  late: boolean;
  dueOn: string;
  stateReason: string | null;
}
interface Payload {
  progressReport: Report | null;
  userErrors: { field: string[]; code: string; message: string }[];
}

const FIELDS = 'id state status version late dueOn stateReason difficulties proposals reportingAgency { code } task { code }';
let server: TestServer;
let home: Headers;
let other: Headers;
let dae: Headers;
let province: Headers;

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

const mutate = async (name: string, inputType: string, input: object, headers: Headers) =>
  server.requestText<Record<string, Payload>>(
    `mutation($input: ${inputType}!) { ${name}(input: $input) { progressReport { ${FIELDS} } userErrors { field code message } } }`,
    { input },
    headers,
  );
const create = (input: object, headers: Headers) => mutate('createProgressReport', 'CreateProgressReportInput', input, headers);

describe('writing progress reports', () => {
  it("lets a commune report on its tasks through its People's Committee, and no one else's", async () => {
    const own = await create(
      { taskCode: 'I.3', year: 2026, status: 'ON_TRACK', narrative: '6 buổi tuyên truyền', difficulties: 'Thiếu kinh phí', proposals: 'Hỗ trợ tài liệu' },
      home,
    );
    expect(own.data!.createProgressReport.userErrors).toEqual([]);
    expect(own.data!.createProgressReport.progressReport).toMatchObject({ state: 'DRAFT', version: 1, late: false, dueOn: '2027-01-15' });
    const foreign = await create({ taskCode: 'I.3', year: 2026, status: 'ON_TRACK', administrativeUnitCode: HOME_UNIT }, other);
    expect(foreign.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const again = await create({ taskCode: 'I.3', year: 2026, status: 'ON_TRACK' }, home);
    expect(again.data!.createProgressReport.userErrors[0]).toMatchObject({ code: 'TAKEN' });
    // A task the commune has no part in.
    const notInvolved = await create({ taskCode: 'I.2', year: 2026, status: 'ON_TRACK' }, home);
    expect(notInvolved.data!.createProgressReport.userErrors[0]).toMatchObject({ code: 'NOT_INVOLVED' });
  });

  it("checks reported target values against the task's targets", async () => {
    const unknown = await create({ taskCode: 'III.3', year: 2026, status: 'ON_TRACK', targetValues: [{ metric: 'FARMERS_TRAINED', value: 3 }] }, dae);
    expect(unknown.data!.createProgressReport.userErrors[0]).toMatchObject({ field: ['input', 'targetValues[0].metric'], code: 'UNKNOWN_METRIC' });
    // RESEARCH_STUDIES is counted from the research register: a typed value is refused.
    const counted = await create({ taskCode: 'III.3', year: 2026, status: 'ON_TRACK', targetValues: [{ metric: 'RESEARCH_STUDIES', value: 3 }] }, dae);
    expect(counted.data!.createProgressReport.userErrors[0]).toMatchObject({ field: ['input', 'targetValues[0].metric'], code: 'MEASURED_FROM_RECORDS' });
    // So is every other target of the seeded plan, criteria sets (III.2) among them: a report on III.2 carries words, not the count.
    const criteria = await create(
      { taskCode: 'III.2', year: 2026, status: 'ON_TRACK', targetValues: [{ metric: 'LOW_EMISSION_CRITERIA_SETS', value: 3 }] },
      dae,
    );
    expect(criteria.data!.createProgressReport.userErrors[0]).toMatchObject({ field: ['input', 'targetValues[0].metric'], code: 'MEASURED_FROM_RECORDS' });
    const ok = await create({ taskCode: 'III.2', year: 2026, status: 'ON_TRACK', narrative: 'Dự thảo bộ tiêu chí cà phê đang lấy ý kiến' }, dae);
    expect(ok.data!.createProgressReport.userErrors).toEqual([]);
  });
});

describe('the approval cycle', () => {
  let report: Report;

  it('goes DRAFT → SUBMITTED → RETURNED (with a reason) → SUBMITTED → APPROVED; approved reports refuse edits', async () => {
    report = (await create({ taskCode: 'I.4', year: 2026, status: 'AT_RISK', difficulties: 'Chưa có cán bộ chuyên trách' }, home)).data!.createProgressReport
      .progressReport!;
    const submitted = await mutate('submitProgressReport', 'ProgressReportIdInput', { id: report.id }, home);
    expect(submitted.data!.submitProgressReport.progressReport!.state).toBe('SUBMITTED');

    const whileSubmitted = await mutate('updateProgressReport', 'UpdateProgressReportInput', { id: report.id, expectedVersion: 2, narrative: 'x' }, home);
    expect(whileSubmitted.errors![0].extensions).toMatchObject({ code: 'LOCKED' });
    expect((await mutate('approveProgressReport', 'ProgressReportIdInput', { id: report.id }, home)).errors![0].extensions).toMatchObject({
      code: 'FORBIDDEN',
    });

    const returned = await mutate('returnProgressReport', 'ProgressReportReasonInput', { id: report.id, reason: 'Bổ sung minh chứng' }, province);
    expect(returned.data!.returnProgressReport.progressReport).toMatchObject({ state: 'RETURNED', stateReason: 'Bổ sung minh chứng' });
    const version = returned.data!.returnProgressReport.progressReport!.version;

    const stale = await mutate('updateProgressReport', 'UpdateProgressReportInput', { id: report.id, expectedVersion: version - 1, narrative: 'x' }, home);
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    const edited = await mutate(
      'updateProgressReport',
      'UpdateProgressReportInput',
      { id: report.id, expectedVersion: version, evidence: [{ url: 'https://example.test/bien-ban.pdf', sha256: 'a'.repeat(64) }] },
      home,
    );
    expect(edited.data!.updateProgressReport.userErrors).toEqual([]);

    await mutate('submitProgressReport', 'ProgressReportIdInput', { id: report.id }, home);
    const approved = await mutate('approveProgressReport', 'ProgressReportIdInput', { id: report.id }, province);
    expect(approved.data!.approveProgressReport.progressReport!.state).toBe('APPROVED');
    const locked = await mutate('updateProgressReport', 'UpdateProgressReportInput', { id: report.id, expectedVersion: 99, narrative: 'x' }, home);
    expect(locked.errors![0].extensions).toMatchObject({ code: 'LOCKED' });
  });

  it('is reopened only by the approving level, and the reopening is audited', async () => {
    expect(
      (await mutate('reopenProgressReport', 'ProgressReportReasonInput', { id: report.id, reason: 'Sai số liệu' }, dae)).errors![0].extensions,
    ).toMatchObject({
      code: 'FORBIDDEN',
    });
    const reopened = await mutate('reopenProgressReport', 'ProgressReportReasonInput', { id: report.id, reason: 'Sai số liệu' }, province);
    expect(reopened.data!.reopenProgressReport.progressReport).toMatchObject({ state: 'DRAFT', stateReason: 'Sai số liệu' });
    const [event] = await server.database.dataSource.query(`SELECT changes FROM audit_event WHERE action = 'reopenProgressReport'`);
    expect(event.changes.state).toEqual({ before: 'APPROVED', after: 'DRAFT' });
  });

  it('shows drafts to their reporter and the province; approved reports to every signed-in caller', async () => {
    const list = async (headers: Headers) =>
      (
        await server.requestText<{ progressReports: { edges: { node: { task: { code: string }; state: string } }[] } }>(
          '{ progressReports(first: 50) { edges { node { state task { code } } } } }',
          {},
          headers,
        )
      )
        .data!.progressReports.edges.map((e) => e.node.task.code)
        .sort();
    expect(await list(province)).toEqual(['I.3', 'I.4', 'III.2']);
    expect(await list(home)).toEqual(['I.3', 'I.4']);
    expect(await list(other)).toEqual([]);
    expect((await server.requestText('{ progressReports(first: 1) { totalCount } }')).errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('deadlines', () => {
  it('marks a report late once the due day the province set has passed', async () => {
    const set = await server.requestText<{ setReportingDeadline: { dueOn: string } }>(
      'mutation { setReportingDeadline(input: { year: 2026, quarter: 0, dueOn: "2026-01-02" }) { year quarter dueOn } }',
      {},
      province,
    );
    expect(set.data!.setReportingDeadline.dueOn).toBe('2026-01-02');
    const reports = (
      await server.requestText<{ progressReports: { edges: { node: { late: boolean; dueOn: string } }[] } }>(
        '{ progressReports(first: 50) { edges { node { late dueOn } } } }',
        {},
        province,
      )
    ).data!.progressReports.edges.map((e) => e.node);
    expect(reports.every((r) => r.late && r.dueOn === '2026-01-02')).toBe(true);
  });
});

describe('parallel edits', () => {
  it('20 edits of one draft at once: one wins, the others are stale, none waits on the pool for its visibility check', async () => {
    // Each edit holds a pooled connection while it waits for the report's row lock; the one holding the
    // lock must check visibility through its own transaction, or all 20 wait on each other.
    const created = await create({ taskCode: 'I.3', year: 2029, status: 'ON_TRACK' }, home);
    expect(created.data!.createProgressReport.userErrors).toEqual([]);
    const draft = created.data!.createProgressReport.progressReport!;
    const edits = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        mutate('updateProgressReport', 'UpdateProgressReportInput', { id: draft.id, expectedVersion: draft.version, narrative: `Bản ${i}` }, home),
      ),
    );
    const outcomes = edits.map((r) => (r.errors ? `${String(r.errors[0].extensions?.code)}:${String(r.errors[0].extensions?.reason)}` : 'OK'));
    expect(outcomes.filter((o) => o === 'OK')).toHaveLength(1);
    expect(new Set(outcomes.filter((o) => o !== 'OK'))).toEqual(new Set(['CONFLICT:STALE_VERSION']));
  });
});
