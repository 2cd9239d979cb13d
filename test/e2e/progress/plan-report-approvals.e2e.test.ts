// Plan reports (task VIII.1) the province approved: a record each, with the decision and the file's
// SHA-256, written by province officers; the VIII.1 targets count these records and nothing typed.
import { Role } from '../../../src/core/auth/roles';
import { createTestUser } from '../../helpers/principals';
import { TestServer, startTestServer } from '../../helpers/test-server';
import { Callers, count, createCallers, failure, key, list, mutate, rawId } from '../field-records/fixtures';

let server: TestServer;
let callers: Callers;
let agency: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  callers = await createCallers(server);
  agency = (await createTestUser(server, Role.AGENCY_OFFICER, { agencyCode: 'DAE' })).headers;
});
afterAll(async () => {
  await server.stop();
});

const FIELDS = 'id kind year phase decisionNumber decisionDate decisionBody fileSha256 fileUrl version updatedAt deletedAt';
const CREATE = `mutation($input: CreatePlanReportApprovalInput!) {
  createPlanReportApproval(input: $input) { planReportApproval { ${FIELDS} } userErrors { field code message } } }`;
const UPDATE = `mutation($input: UpdatePlanReportApprovalInput!) {
  updatePlanReportApproval(input: $input) { planReportApproval { ${FIELDS} } userErrors { field code message } } }`;
const DELETE = `mutation($input: DeleteRecordInput!) {
  deletePlanReportApproval(input: $input) { planReportApproval { ${FIELDS} } userErrors { field code message } } }`;

const HASH = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
const annual = (overrides: Record<string, unknown> = {}) => ({
  kind: 'ANNUAL_IMPLEMENTATION',
  year: 2026,
  decisionNumber: '1234/QĐ-UBND',
  decisionDate: '2026-11-20',
  decisionBody: 'Ủy ban nhân dân tỉnh Đắk Lắk',
  fileSha256: HASH,
  fileUrl: 'https://example.test/bao-cao-2026.pdf',
  ...overrides,
});

interface TargetRow {
  target: { metric: string };
  actual: number | null;
  comparison: string;
  source: string;
  sourceDescription: string;
  recordIds: string[];
  reportIds: string[];
}
const reportTargets = async (year = 2026) => {
  const response = await server.requestText<{ planProgress: { sections: { tasks: { task: { code: string }; targets: TargetRow[] }[] }[] } }>(
    `query($year: Int!) { planProgress(year: $year, asOf: "2026-12-01T00:00:00Z") { sections { tasks { task { code }
       targets { target { metric } actual comparison source sourceDescription recordIds reportIds } } } } }`,
    { year },
    callers.province,
  );
  expect(response.errors).toBeUndefined();
  const task = response.data!.planProgress.sections.flatMap((s) => s.tasks).find((t) => t.task.code === 'VIII.1')!;
  return Object.fromEntries(task.targets.map((t) => [t.target.metric, t]));
};

describe('plan report approvals', () => {
  it('count toward the VIII.1 targets from the records, with the records named', async () => {
    const before = await reportTargets();
    expect(before.ANNUAL_IMPLEMENTATION_REPORTS).toMatchObject({ actual: 0, comparison: 'NOT_DUE', source: 'RECORDS', recordIds: [], reportIds: [] });
    expect(before.PHASE_REVIEW_REPORTS).toMatchObject({ actual: 0, source: 'RECORDS' });
    expect(before.ANNUAL_IMPLEMENTATION_REPORTS.sourceDescription).toContain('planReportApprovals');

    const { record, userErrors } = await mutate(server, CREATE, annual({ fileSha256: HASH.toUpperCase() }), callers.province);
    expect(userErrors).toEqual([]);
    expect(record).toMatchObject({ kind: 'ANNUAL_IMPLEMENTATION', year: 2026, phase: null, fileSha256: HASH, version: 1 });
    const phase = await mutate(
      server,
      CREATE,
      { kind: 'PHASE_REVIEW', phase: 1, decisionNumber: '99/QĐ-UBND', decisionDate: '2026-11-25', decisionBody: 'UBND tỉnh', fileSha256: HASH },
      callers.province,
    );
    expect(phase.userErrors).toEqual([]);

    const after = await reportTargets();
    expect(after.ANNUAL_IMPLEMENTATION_REPORTS).toMatchObject({ actual: 1, comparison: 'MET', recordIds: [record!.id] });
    expect(after.PHASE_REVIEW_REPORTS).toMatchObject({ actual: 1, comparison: 'MET', recordIds: [phase.record!.id] });
    // Another year's annual target does not count 2026's report.
    expect((await reportTargets(2027)).ANNUAL_IMPLEMENTATION_REPORTS).toMatchObject({ actual: 0, recordIds: [] });

    // A second approval of the same report is refused; the view still counts one.
    const twice = await mutate(server, CREATE, annual({ decisionNumber: '1235/QĐ-UBND' }), callers.province);
    expect(twice.userErrors).toEqual([{ field: ['input', 'year'], code: 'TAKEN', message: expect.any(String) }]);

    // Deleted: a tombstone for syncing clients, and the target no longer counts it.
    const deleted = await mutate(server, DELETE, { id: record!.id, expectedVersion: 1 }, callers.province);
    expect(deleted.record).toMatchObject({ deletedAt: expect.any(String), version: 2 });
    expect((await reportTargets()).ANNUAL_IMPLEMENTATION_REPORTS).toMatchObject({ actual: 0 });
    const live = await list(server, 'planReportApprovals', '', 'id', {}, callers.viewer);
    expect(live.nodes.map((n) => n.id)).toEqual([phase.record!.id]);
    const changes = await list(server, 'planReportApprovals', '', 'id deletedAt', { updatedSince: '2026-01-01T00:00:00Z' }, callers.viewer);
    expect(changes.nodes.find((n) => n.id === record!.id)).toMatchObject({ deletedAt: expect.any(String) });
    expect(await count(server, 'audit_event', `entity_type = 'PlanReportApproval'`)).toBe(3);
  });

  it('are written once per idempotency key, at the version edited, by province officers only', async () => {
    const input = annual({ year: 2026, decisionNumber: '7/QĐ-UBND', idempotencyKey: key() });
    const first = await mutate(server, CREATE, input, callers.province);
    const again = await mutate(server, CREATE, input, callers.province);
    expect(again.record!.id).toBe(first.record!.id);
    expect(await count(server, 'plan_report_approval', `deleted_at IS NULL AND kind = 'ANNUAL_IMPLEMENTATION'`)).toBe(1);

    const updated = await mutate(server, UPDATE, { id: first.record!.id, expectedVersion: 1, fileUrl: '', decisionNumber: '8/QĐ-UBND' }, callers.province);
    expect(updated.record).toMatchObject({ version: 2, fileUrl: null, decisionNumber: '8/QĐ-UBND', year: 2026 });
    expect(await failure(server, UPDATE, { input: { id: first.record!.id, expectedVersion: 1, decisionNumber: 'x' } }, callers.province)).toMatchObject({
      code: 'CONFLICT',
    });

    for (const headers of [agency, callers.homeOfficer, callers.viewer, callers.homeKey]) {
      expect(await failure(server, CREATE, { input: annual({ year: 2027 }) }, headers)).toMatchObject({ code: 'FORBIDDEN' });
    }
    // A forged id of another type is no approval.
    const forged = Buffer.from(`PilotModel:${rawId(first.record!.id)}`).toString('base64');
    expect(await failure(server, UPDATE, { input: { id: forged, expectedVersion: 2, decisionNumber: 'x' } }, callers.province)).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });

  it.each([
    ['a hash of 63 digits', { fileSha256: HASH.slice(1) }, 'input.fileSha256'],
    ['a hash that is not hexadecimal', { fileSha256: 'g'.repeat(64) }, 'input.fileSha256'],
    ['a NUL byte in the hash', { fileSha256: `${HASH.slice(1)}\u0000` }, 'input.fileSha256'],
    ['an impossible date', { decisionDate: '2026-02-30' }, 'input.decisionDate'],
    ['a decision before the year reported on', { year: 2027, decisionDate: '2026-06-01' }, 'input.decisionDate'],
    ['a decision in the future', { decisionDate: '2099-01-01' }, 'input.decisionDate'],
    ['a year outside the plan', { year: 2040 }, 'input.year'],
    ['an annual report with a phase', { phase: 1 }, 'input.phase'],
    ['an annual report without a year', { year: null }, 'input.year'],
    ['a phase review with a year', { kind: 'PHASE_REVIEW', phase: 1 }, 'input.year'],
    ['a phase review of phase 3', { kind: 'PHASE_REVIEW', year: null, phase: 3 }, 'input.phase'],
    ['a file address that is not http', { fileUrl: 'javascript:alert(1)' }, 'input.fileUrl'],
    ['an empty decision body', { decisionBody: '   ' }, 'input.decisionBody'],
  ])('refuses %s, naming the field', async (_name, overrides, field) => {
    const before = await count(server, 'plan_report_approval');
    const error = await failure(server, CREATE, { input: annual(overrides) }, callers.province);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await count(server, 'plan_report_approval')).toBe(before);
  });
});
