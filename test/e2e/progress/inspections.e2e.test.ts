// Inspections (task VIII.1): recording with follow-up actions, who may write, overdue follow-ups, batching.
import { randomUUID } from 'node:crypto';
import { Role } from '../../../src/core/auth/roles';
import { overdueFollowUps } from '../../../src/modules/progress/inspections/inspection.service';
import { HOME_UNIT, OTHER_UNIT, createTestApiKey, createTestUser } from '../../helpers/principals';
import { TestServer, startTestServer } from '../../helpers/test-server';

type Headers = Record<string, string>;
interface Action {
  id: string;
  description: string;
  dueOn: string;
  status: string;
  completedAt: string | null;
  overdue: boolean;
  version: number;
  responsibleAgency: { code: string } | null;
  responsibleUnit: { code: string } | null;
}
interface InspectionNode {
  id: string;
  inspectedOn: string;
  subjectKind: string;
  subject: string;
  findings: string;
  version: number;
  pilotModelId: string | null;
  task: { code: string } | null;
  administrativeUnit: { code: string } | null;
  inspectingAgency: { code: string };
  followUpActions: Action[];
}
interface GqlError {
  extensions?: Record<string, unknown>;
}

const ACTION = 'id description dueOn status completedAt overdue version responsibleAgency { code } responsibleUnit { code }';
const FIELDS = `id inspectedOn subjectKind subject findings version pilotModelId task { code } administrativeUnit { code } inspectingAgency { code } followUpActions { ${ACTION} }`;
const RECORD = `mutation($input: RecordInspectionInput!) { recordInspection(input: $input) { inspection { ${FIELDS} } userErrors { code } } }`;
const UPDATE = `mutation($input: UpdateInspectionInput!) { updateInspection(input: $input) { inspection { ${FIELDS} } userErrors { code } } }`;
const UPDATE_ACTION = `mutation($input: UpdateFollowUpActionInput!) { updateFollowUpAction(input: $input) { followUpAction { ${ACTION} } userErrors { code } } }`;
const LIST = `query($filter: InspectionFilter, $first: Int, $after: String) {
  inspections(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${FIELDS} } } } }`;

let server: TestServer;
let province: Headers;
let dae: Headers;
let dost: Headers;
let homePc: Headers;
let home: Headers;
let viewer: Headers;

beforeAll(async () => {
  server = await startTestServer();
  province = (await createTestUser(server, Role.PROVINCE_OFFICER)).headers;
  dae = (await createTestUser(server, Role.AGENCY_OFFICER, { agencyCode: 'DAE' })).headers;
  dost = (await createTestUser(server, Role.AGENCY_OFFICER, { agencyCode: 'DOST' })).headers;
  homePc = (await createTestUser(server, Role.AGENCY_OFFICER, { agencyCode: `PC-${HOME_UNIT}` })).headers;
  home = (await createTestUser(server, Role.COMMUNE_OFFICER, { unitCode: HOME_UNIT })).headers;
  viewer = (await createTestUser(server, Role.VIEWER)).headers;
});
afterAll(async () => {
  await server.stop();
});

const errorOf = (response: { errors?: GqlError[] }) => response.errors?.[0]?.extensions;
const record = (input: object, headers: Headers) => server.requestText<{ recordInspection: { inspection: InspectionNode | null } }>(RECORD, { input }, headers);
const recorded = async (input: object, headers: Headers = province): Promise<InspectionNode> => {
  const response = await record(input, headers);
  expect(response.errors).toBeUndefined();
  return response.data!.recordInspection.inspection!;
};
const updateAction = (input: object, headers: Headers) =>
  server.requestText<{ updateFollowUpAction: { followUpAction: Action | null } }>(UPDATE_ACTION, { input }, headers);
const taskInspection = (extra: object = {}) => ({
  inspectedOn: '2026-02-10',
  subjectKind: 'TASK',
  taskCode: 'IV.2',
  inspectingAgencyCode: 'DAE',
  findings: 'Mô hình triển khai chậm so với kế hoạch; thiếu sổ ghi chép.',
  ...extra,
});

describe('recording inspections', () => {
  let inspection: InspectionNode;

  it('records an inspection of a task with its follow-up actions, earliest due first, and audits all of them', async () => {
    inspection = await recorded(
      taskInspection({
        followUpActions: [
          { description: 'Bổ sung sổ ghi chép', dueOn: '2035-12-01', responsibleUnitCode: OTHER_UNIT },
          { description: 'Hoàn thiện hồ sơ mô hình', dueOn: '2026-03-01', responsibleAgencyCode: `PC-${HOME_UNIT}` },
          { description: 'Báo cáo khắc phục', dueOn: '2026-04-01' },
        ],
      }),
      dae,
    );
    expect(inspection).toMatchObject({
      inspectedOn: '2026-02-10',
      subjectKind: 'TASK',
      subject: 'Task IV.2',
      version: 1,
      task: { code: 'IV.2' },
      administrativeUnit: null,
      pilotModelId: null,
      inspectingAgency: { code: 'DAE' },
    });
    expect(inspection.followUpActions.map((a) => [a.dueOn, a.status, a.overdue, a.completedAt, a.version])).toEqual([
      ['2026-03-01', 'OPEN', true, null, 1],
      ['2026-04-01', 'OPEN', true, null, 1],
      ['2035-12-01', 'OPEN', false, null, 1],
    ]);
    expect(inspection.followUpActions[0].responsibleAgency).toEqual({ code: `PC-${HOME_UNIT}` });
    expect(inspection.followUpActions[2].responsibleUnit).toEqual({ code: OTHER_UNIT });
    const audits = await server.database.dataSource.query(`SELECT entity_type FROM audit_event WHERE action = 'recordInspection' ORDER BY entity_type`);
    expect(audits.map((a: { entity_type: string }) => a.entity_type)).toEqual(['FollowUpAction', 'FollowUpAction', 'FollowUpAction', 'Inspection']);
    const node = await server.requestText<{ node: { id: string } }>(
      'query($id: ID!) { node(id: $id) { id ... on FollowUpAction { overdue } } }',
      { id: inspection.followUpActions[0].id },
      viewer,
    );
    expect(node.data!.node).toEqual({ id: inspection.followUpActions[0].id, overdue: true });
  });

  it('records inspections of a commune and of a pilot model', async () => {
    const commune = await recorded({
      inspectedOn: '2026-05-05',
      subjectKind: 'COMMUNE',
      administrativeUnitCode: HOME_UNIT,
      inspectingAgencyCode: 'DAE',
      findings: 'Đạt yêu cầu',
    });
    expect(commune).toMatchObject({ subject: `Xã Hòa Phú (${HOME_UNIT})`, administrativeUnit: { code: HOME_UNIT }, task: null, followUpActions: [] });
    // The pilot must exist: an inspection of an unknown one is refused (see reference-scope.e2e.test.ts).
    const created = await server.requestText<{ createPilotModel: { pilotModel: { id: string } } }>(
      'mutation($input: CreatePilotModelInput!) { createPilotModel(input: $input) { pilotModel { id } } }',
      {
        input: {
          code: `MH-KT-${randomUUID().slice(0, 8)}`,
          name: 'Mô hình kiểm tra',
          level: 'COMMUNE',
          administrativeUnitCode: OTHER_UNIT,
          crop: 'COFFEE',
          hostKind: 'COOPERATIVE',
          hostName: 'HTX',
          areaHa: 5,
          households: 10,
          startDate: '2026-03-01',
          practices: ['REDUCED_SPLIT_NITROGEN'],
        },
      },
      province,
    );
    const pilotId = created.data!.createPilotModel.pilotModel.id;
    const pilot = await recorded({
      inspectedOn: '2026-06-06',
      subjectKind: 'PILOT',
      pilotModelId: pilotId,
      inspectingAgencyCode: 'DOST',
      findings: 'Ghi nhận',
    });
    expect(pilot).toMatchObject({ subjectKind: 'PILOT', pilotModelId: pilotId, subject: `Pilot model ${pilotId}` });
  });

  it("lets agency officers record only their own agency's inspections, and no commune officer or viewer", async () => {
    expect(errorOf(await record(taskInspection(), dost))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await record(taskInspection(), home))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await record(taskInspection(), viewer))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await record(taskInspection(), {}))).toMatchObject({ code: 'UNAUTHENTICATED' });
    const key = (await createTestApiKey(server, { scopes: ['inspections:write'] })).headers;
    expect((await recorded(taskInspection({ inspectedOn: '2026-01-20' }), key)).inspectingAgency.code).toBe('DAE');
  });

  it('names the field of every bad input', async () => {
    const refused = async (input: object, field: string, reason: string) => {
      const response = await record(input, province);
      expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    };
    await refused(taskInspection({ taskCode: null }), 'input.taskCode', 'REQUIRED');
    await refused(taskInspection({ administrativeUnitCode: HOME_UNIT }), 'input.administrativeUnitCode', 'NOT_FOR_SUBJECT');
    await refused(taskInspection({ subjectKind: 'PILOT', taskCode: null, pilotModelId: inspection.id }), 'input.pilotModelId', 'INVALID_ID');
    await refused(taskInspection({ inspectedOn: '2026-02-30' }), 'input.inspectedOn', 'INVALID_DATE');
    await refused(taskInspection({ inspectedOn: '2035-12-31' }), 'input.inspectedOn', 'IN_FUTURE');
    await refused(taskInspection({ inspectingAgencyCode: 'GROUP-DEPARTMENTS' }), 'input.inspectingAgencyCode', 'GROUP_NOT_ALLOWED');
    await refused(taskInspection({ findings: '  ' }), 'input.findings', 'REQUIRED');
    await refused(
      taskInspection({
        followUpActions: [
          { description: 'x', dueOn: '2026-12-01' },
          { description: 'y', dueOn: '2026-02-09' },
        ],
      }),
      'input.followUpActions[1].dueOn',
      'DUE_BEFORE_INSPECTION',
    );
    await refused(
      taskInspection({ followUpActions: [{ description: 'x', dueOn: '2026-12-01', responsibleAgencyCode: 'DAE', responsibleUnitCode: HOME_UNIT }] }),
      'input.followUpActions[0].responsibleUnitCode',
      'ONE_RESPONSIBLE',
    );
  });

  it('moves a follow-up through DONE and back to OPEN, checking versions and who may change it', async () => {
    const [first] = inspection.followUpActions;
    // DOST neither inspected nor must act.
    expect(errorOf(await updateAction({ id: first.id, expectedVersion: 1, status: 'DONE' }, dost))).toMatchObject({ code: 'FORBIDDEN' });
    // The responsible People's Committee reports it done.
    const done = (await updateAction({ id: first.id, expectedVersion: 1, status: 'DONE' }, homePc)).data!.updateFollowUpAction.followUpAction!;
    expect(done).toMatchObject({ status: 'DONE', overdue: false, version: 2 });
    expect(Date.now() - Date.parse(done.completedAt!)).toBeLessThan(60_000);
    const stale = await updateAction({ id: first.id, expectedVersion: 1, status: 'CANCELLED' }, dae);
    expect(errorOf(stale)).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION', currentVersion: 2 });
    expect(errorOf(await updateAction({ id: first.id, expectedVersion: 2, status: 'CANCELLED', completedAt: '2026-03-01T00:00:00Z' }, dae))).toMatchObject({
      field: 'input.completedAt',
      reason: 'ONLY_WHEN_DONE',
    });
    const reopened = (await updateAction({ id: first.id, expectedVersion: 2, status: 'OPEN', dueOn: '2026-02-28' }, dae)).data!.updateFollowUpAction
      .followUpAction!;
    expect(reopened).toMatchObject({ status: 'OPEN', completedAt: null, overdue: true, dueOn: '2026-02-28', version: 3 });
    const backdated = (await updateAction({ id: first.id, expectedVersion: 3, status: 'DONE', completedAt: '2026-02-20T03:00:00Z' }, dae)).data!
      .updateFollowUpAction.followUpAction!;
    expect(backdated).toMatchObject({ status: 'DONE', completedAt: '2026-02-20T03:00:00.000Z', version: 4 });
    expect(errorOf(await updateAction({ id: first.id, expectedVersion: 4, dueOn: '2026-01-01' }, dae))).toMatchObject({ reason: 'DUE_BEFORE_INSPECTION' });
  });

  it('corrects an inspection and adds follow-ups under its version', async () => {
    const response = await server.requestText<{ updateInspection: { inspection: InspectionNode } }>(
      UPDATE,
      {
        input: {
          id: inspection.id,
          expectedVersion: 1,
          findings: 'Đã bổ sung kết luận',
          addFollowUpActions: [{ description: 'Kiểm tra lại', dueOn: '2026-10-01' }],
        },
      },
      dae,
    );
    const updated = response.data!.updateInspection.inspection;
    expect(updated).toMatchObject({ findings: 'Đã bổ sung kết luận', version: 2 });
    expect(updated.followUpActions).toHaveLength(4);
    const onlyAdded = await server.requestText<{ updateInspection: { inspection: InspectionNode } }>(
      UPDATE,
      { input: { id: inspection.id, expectedVersion: 2, addFollowUpActions: [{ description: 'Nộp báo cáo', dueOn: '2035-06-01' }] } },
      dae,
    );
    expect(onlyAdded.data!.updateInspection.inspection.version).toBe(3);
    expect(errorOf(await server.requestText(UPDATE, { input: { id: inspection.id, expectedVersion: 2, findings: 'x' } }, dae))).toMatchObject({
      code: 'CONFLICT',
    });
    expect(errorOf(await server.requestText(UPDATE, { input: { id: inspection.id, expectedVersion: 3, inspectedOn: '2026-03-15' } }, dae))).toMatchObject({
      field: 'input.inspectedOn',
      reason: 'AFTER_DUE_DATE',
    });
    expect(errorOf(await server.requestText(UPDATE, { input: { id: inspection.id, expectedVersion: 3, findings: 'x' } }, dost))).toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});

describe('overdue follow-ups', () => {
  it('returns exactly the OPEN follow-ups whose due day has ended in Việt Nam', async () => {
    const ds = server.database.dataSource;
    const dueOn = '2026-07-15';
    const inspection = await recorded({
      inspectedOn: '2026-07-01',
      subjectKind: 'COMMUNE',
      administrativeUnitCode: OTHER_UNIT,
      inspectingAgencyCode: 'DAE',
      findings: 'Theo dõi',
      followUpActions: [
        { description: 'Due on the day', dueOn },
        { description: 'Done already', dueOn },
        { description: 'Later', dueOn: '2026-07-16' },
      ],
    });
    const byDescription = (text: string) => inspection.followUpActions.find((a) => a.description === text)!;
    const onDay = byDescription('Due on the day');
    const doneAction = byDescription('Done already');
    const [unit] = await ds.query('SELECT name FROM administrative_unit WHERE code = $1', [OTHER_UNIT]);
    await updateAction({ id: doneAction.id, expectedVersion: 1, status: 'DONE' }, province);

    // 23:00 in Việt Nam on the due day is still on time; 00:30 the next day is not.
    const lastMinute = await overdueFollowUps(ds.manager, new Date(`${dueOn}T23:00:00+07:00`));
    const nextDay = await overdueFollowUps(ds.manager, new Date(`${dueOn}T17:30:00Z`));
    expect(nextDay.map((f) => f.id).filter((id) => !lastMinute.some((l) => l.id === id))).toEqual([onDay.id]);
    expect(nextDay.find((f) => f.id === onDay.id)).toEqual({
      id: onDay.id,
      inspectionId: inspection.id,
      description: 'Due on the day',
      dueOn,
      subject: `${unit.name} (${OTHER_UNIT})`,
    });

    // Against every follow-up in the database: exactly the OPEN ones due before the day of asOf.
    const asOf = new Date('2026-11-01T00:00:00+07:00');
    const expected = await ds.query<{ id: string }[]>(`SELECT id FROM follow_up_action WHERE status = 'OPEN' AND due_on < '2026-11-01' ORDER BY due_on, id`);
    const overdue = await overdueFollowUps(ds.manager, asOf);
    expect(overdue.map((f) => Buffer.from(f.id, 'base64').toString().split(':')[1])).toEqual(expected.map((r) => r.id));
    expect(overdue.length).toBeGreaterThanOrEqual(3);
    expect(overdue.some((f) => f.id === doneAction.id)).toBe(false);
  });

  it('filters inspections by overdue actions, year, subject, task and commune, latest first', async () => {
    const list = async (filter: object, first?: number, after?: string) =>
      (
        await server.requestText<{
          inspections: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: InspectionNode }[] };
        }>(LIST, { filter, first, after }, viewer)
      ).data!.inspections;
    const all = await list({ year: 2026 }, 100);
    const dates = all.edges.map((e) => e.node.inspectedOn);
    expect(dates).toEqual([...dates].sort().reverse());
    const withOverdue = await list({ hasOverdueActions: true }, 100);
    const withoutOverdue = await list({ hasOverdueActions: false }, 100);
    expect(withOverdue.totalCount + withoutOverdue.totalCount).toBe(all.totalCount);
    for (const edge of withOverdue.edges) expect(edge.node.followUpActions.some((a) => a.overdue)).toBe(true);
    for (const edge of withoutOverdue.edges) expect(edge.node.followUpActions.some((a) => a.overdue)).toBe(false);
    expect((await list({ subjectKind: 'PILOT' })).totalCount).toBe(1);
    expect((await list({ taskCode: 'IV.2' })).edges.every((e) => e.node.task?.code === 'IV.2')).toBe(true);
    expect((await list({ administrativeUnitCode: HOME_UNIT })).edges.map((e) => e.node.administrativeUnit)).toEqual([{ code: HOME_UNIT }]);
    expect((await list({ year: 2027 })).totalCount).toBe(0);

    const page1 = await list({ year: 2026 }, 2);
    const page2 = await list({ year: 2026 }, 2, page1.pageInfo.endCursor);
    expect([...page1.edges, ...page2.edges].map((e) => e.node.id)).toEqual(all.edges.slice(0, 4).map((e) => e.node.id));
  });

  it('loads follow-ups, agencies, tasks and units in batches: the statement count does not grow with the page', async () => {
    for (let i = 0; i < 8; i++) {
      await recorded(
        taskInspection({
          inspectedOn: `2026-08-${String(i + 10)}`,
          taskCode: i % 2 ? 'IV.1' : 'III.3',
          followUpActions: [
            { description: `a${i}`, dueOn: '2026-09-01', responsibleAgencyCode: 'DOST' },
            { description: `b${i}`, dueOn: '2026-12-01', responsibleUnitCode: HOME_UNIT },
          ],
        }),
      );
    }
    // Same shape on both pages (task subjects), so only the page size differs.
    const query = `query($first: Int) { inspections(first: $first, filter: { subjectKind: TASK }) { edges { node { ${FIELDS} followUpActions { inspection { id findings } } } } } }`;
    const small = await server.requestText<{ inspections: { edges: unknown[] } }>(query, { first: 2 }, viewer);
    expect(small.data!.inspections.edges).toHaveLength(2);
    const smallCount = server.lastSqlStatements();
    const large = await server.requestText<{ inspections: { edges: { node: InspectionNode }[] } }>(query, { first: 10 }, viewer);
    expect(large.data!.inspections.edges).toHaveLength(10);
    expect(large.data!.inspections.edges.reduce((n, e) => n + e.node.followUpActions.length, 0)).toBeGreaterThanOrEqual(16);
    expect(server.lastSqlStatements()).toBe(smallCount);
    // One statement per kind of thing (caller, page, follow-ups, tasks, agencies, units, parents), not per row.
    expect(smallCount).toBeLessThanOrEqual(10);
  });
});

describe('retries', () => {
  it('records a retried submission once: the same idempotency key returns the first inspection', async () => {
    const input = taskInspection({ idempotencyKey: 'inspection-retry-0001', findings: 'Kiểm tra lần hai' });
    const [first, second] = await Promise.all([recorded(input, dae), recorded(input, dae)]);
    expect(second.id).toBe(first.id);
    const [{ n }] = await server.database.dataSource.query(`SELECT count(*)::int AS n FROM inspection WHERE findings = 'Kiểm tra lần hai'`);
    expect(n).toBe(1);
    expect(errorOf(await record({ ...input, findings: 'khác' }, dae))).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });
  });
});
