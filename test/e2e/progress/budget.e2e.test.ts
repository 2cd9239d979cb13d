// Budget lines (plan section VII): who writes which lines, validation, versions, totals.
import { Role } from '../../../src/core/auth/roles';
import { budgetTotalsByTask } from '../../../src/modules/progress/budget/budget.service';
import { HOME_UNIT, OTHER_UNIT, createTestApiKey, createTestUser, unitId } from '../../helpers/principals';
import { TestServer, startTestServer } from '../../helpers/test-server';

type Headers = Record<string, string>;
interface Line {
  id: string;
  year: number;
  fundingSource: string;
  proposedVnd: number;
  approvedVnd: number;
  disbursedVnd: number;
  note: string | null;
  version: number;
  task: { code: string };
  administrativeUnit: { code: string } | null;
}
interface Payload {
  budgetLine: Line | null;
  userErrors: { field: string[]; code: string; message: string }[];
}
interface GqlError {
  extensions?: Record<string, unknown>;
}

const FIELDS = 'id year fundingSource proposedVnd approvedVnd disbursedVnd note version task { code } administrativeUnit { code }';
const CREATE = `mutation($input: CreateBudgetLineInput!) { createBudgetLine(input: $input) { budgetLine { ${FIELDS} } userErrors { field code message } } }`;
const UPDATE = `mutation($input: UpdateBudgetLineInput!) { updateBudgetLine(input: $input) { budgetLine { ${FIELDS} } userErrors { field code message } } }`;
const DELETE = `mutation($input: DeleteBudgetLineInput!) { deleteBudgetLine(input: $input) { deletedBudgetLineId budgetLine { id } userErrors { code } } }`;
const LIST = `query($filter: BudgetLineFilter, $first: Int, $after: String) {
  budgetLines(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${FIELDS} } } } }`;
const TOTALS = `query($filter: BudgetTotalsFilter) { budgetTotals(filter: $filter) {
  task { code } year proposedVnd approvedVnd disbursedVnd lineCount bySource { fundingSource proposedVnd approvedVnd disbursedVnd lineCount } } }`;

let server: TestServer;
let province: Headers;
let dae: Headers;
let dost: Headers;
let homePc: Headers;
let home: Headers;
let viewer: Headers;
let verifier: Headers;

beforeAll(async () => {
  server = await startTestServer();
  province = (await createTestUser(server, Role.PROVINCE_OFFICER)).headers;
  dae = (await createTestUser(server, Role.AGENCY_OFFICER, { agencyCode: 'DAE' })).headers;
  dost = (await createTestUser(server, Role.AGENCY_OFFICER, { agencyCode: 'DOST' })).headers;
  homePc = (await createTestUser(server, Role.AGENCY_OFFICER, { agencyCode: `PC-${HOME_UNIT}` })).headers;
  home = (await createTestUser(server, Role.COMMUNE_OFFICER, { unitCode: HOME_UNIT })).headers;
  viewer = (await createTestUser(server, Role.VIEWER)).headers;
  verifier = (await createTestUser(server, Role.VERIFIER)).headers;
});
afterAll(async () => {
  await server.stop();
});

const create = async (input: object, headers: Headers) => server.requestText<{ createBudgetLine: Payload }>(CREATE, { input }, headers);
const update = async (input: object, headers: Headers) => server.requestText<{ updateBudgetLine: Payload }>(UPDATE, { input }, headers);
const created = async (input: object, headers: Headers = province): Promise<Line> => {
  const response = await create(input, headers);
  expect(response.errors).toBeUndefined();
  expect(response.data!.createBudgetLine.userErrors).toEqual([]);
  return response.data!.createBudgetLine.budgetLine!;
};
const errorOf = (response: { errors?: GqlError[] }) => response.errors?.[0]?.extensions;
const line = (year: number, extra: object = {}) => ({ taskCode: 'IV.1', year, fundingSource: 'PROVINCIAL_BUDGET', proposedVnd: 1_000_000_000, ...extra });

describe('who writes budget lines', () => {
  it('lets the province write provincial and commune lines, and keeps one line per task, year, source and unit', async () => {
    const provincial = await created(line(2026, { approvedVnd: 800_000_000, disbursedVnd: 300_000_000, note: 'Kinh phí mô hình cấp tỉnh' }));
    expect(provincial).toMatchObject({ year: 2026, fundingSource: 'PROVINCIAL_BUDGET', administrativeUnit: null, version: 1, task: { code: 'IV.1' } });
    const commune = await created(line(2026, { administrativeUnitCode: HOME_UNIT }));
    expect(commune.administrativeUnit).toEqual({ code: HOME_UNIT });

    const again = (await create(line(2026), province)).data!.createBudgetLine;
    expect(again.budgetLine).toBeNull();
    expect(again.userErrors).toEqual([expect.objectContaining({ field: ['input', 'fundingSource'], code: 'TAKEN' })]);
    // Giving the province's code is the same provincial line.
    expect((await create(line(2026, { administrativeUnitCode: '66' }), province)).data!.createBudgetLine.userErrors[0].code).toBe('TAKEN');
    expect((await create(line(2026, { administrativeUnitCode: HOME_UNIT }), province)).data!.createBudgetLine.userErrors[0].code).toBe('TAKEN');
    await created(line(2026, { fundingSource: 'ODA' }));
  });

  it('lets exactly one of several concurrent creates of the same line win', async () => {
    const results = await Promise.all(Array.from({ length: 5 }, () => create(line(2034), province)));
    const payloads = results.map((r) => r.data!.createBudgetLine);
    expect(payloads.filter((p) => p.budgetLine !== null)).toHaveLength(1);
    expect(payloads.filter((p) => p.userErrors[0]?.code === 'TAKEN')).toHaveLength(4);
  });

  it('lets an agency officer write lines only for tasks their agency leads', async () => {
    await created({ taskCode: 'IV.1', year: 2027, fundingSource: 'CENTRAL_BUDGET', proposedVnd: 5 }, dae);
    const notLead = await create({ taskCode: 'III.3', year: 2027, fundingSource: 'CENTRAL_BUDGET', proposedVnd: 5 }, dae);
    expect(errorOf(notLead)).toMatchObject({ code: 'FORBIDDEN' });
    await created({ taskCode: 'III.3', year: 2027, fundingSource: 'CENTRAL_BUDGET', proposedVnd: 5 }, dost);
    // Coordinating is not leading: DOST coordinates IV.1 as one of "các Sở, ngành".
    expect(errorOf(await create({ taskCode: 'IV.1', year: 2027, fundingSource: 'OTHER', proposedVnd: 5 }, dost))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lets a People\'s Committee that leads through "UBND các xã, phường" write its own commune\'s lines only', async () => {
    await created({ taskCode: 'IV.2', year: 2027, fundingSource: 'PROVINCIAL_BUDGET', administrativeUnitCode: HOME_UNIT, proposedVnd: 7 }, homePc);
    const provincial = await create({ taskCode: 'IV.2', year: 2027, fundingSource: 'PROVINCIAL_BUDGET', proposedVnd: 7 }, homePc);
    expect(errorOf(provincial)).toMatchObject({ code: 'FORBIDDEN' });
    const otherCommune = await create(
      { taskCode: 'IV.2', year: 2027, fundingSource: 'PROVINCIAL_BUDGET', administrativeUnitCode: OTHER_UNIT, proposedVnd: 7 },
      homePc,
    );
    expect(errorOf(otherCommune)).toMatchObject({ code: 'FORBIDDEN' });
  });

  it("lets a commune officer write its own unit's lines, for any task, and nothing else", async () => {
    const own = await created({ taskCode: 'III.3', year: 2028, fundingSource: 'PRIVATE', administrativeUnitCode: HOME_UNIT, proposedVnd: 9 }, home);
    expect(own.administrativeUnit).toEqual({ code: HOME_UNIT });
    expect(
      errorOf(await create({ taskCode: 'III.3', year: 2028, fundingSource: 'PRIVATE', administrativeUnitCode: OTHER_UNIT, proposedVnd: 9 }, home)),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await create({ taskCode: 'III.3', year: 2028, fundingSource: 'PRIVATE', proposedVnd: 9 }, home))).toMatchObject({ code: 'FORBIDDEN' });
    // Changing another commune's line is refused too.
    const foreign = await created({ taskCode: 'III.3', year: 2028, fundingSource: 'PRIVATE', administrativeUnitCode: OTHER_UNIT, proposedVnd: 9 });
    expect(errorOf(await update({ id: foreign.id, expectedVersion: 1, proposedVnd: 1 }, home))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses readers and anonymous callers, and limits keys to their scope and units', async () => {
    for (const headers of [viewer, verifier]) expect(errorOf(await create(line(2029), headers))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await create(line(2029), {}))).toMatchObject({ code: 'UNAUTHENTICATED' });
    const reader = (await createTestApiKey(server, { scopes: ['budget:read'] })).headers;
    expect(errorOf(await create(line(2029), reader))).toMatchObject({ code: 'FORBIDDEN' });
    const homeKey = (await createTestApiKey(server, { scopes: ['budget:write'], administrativeUnitIds: [await unitId(server, HOME_UNIT)] })).headers;
    await created(line(2029, { administrativeUnitCode: HOME_UNIT }), homeKey);
    expect(errorOf(await create(line(2029), homeKey))).toMatchObject({ code: 'FORBIDDEN' });
    // Readers read.
    const listed = await server.requestText<{ budgetLines: { totalCount: number } }>(LIST, { filter: { year: 2029 } }, reader);
    expect(listed.data!.budgetLines.totalCount).toBe(1);
    expect((await server.requestText(LIST, { filter: { year: 2029 } }, {})).errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('validation', () => {
  const refused = async (input: object, field: string, reason: string) => {
    const response = await create(input, province);
    expect(response.data?.createBudgetLine ?? null).toBeNull();
    expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
  };

  it('names the field of every bad amount, year, task or unit', async () => {
    await refused(line(2030, { proposedVnd: -1 }), 'input.proposedVnd', 'NEGATIVE');
    await refused(line(2030, { approvedVnd: 10.5 }), 'input.approvedVnd', 'NOT_WHOLE');
    await refused(line(2030, { approvedVnd: 100, disbursedVnd: 101 }), 'input.disbursedVnd', 'EXCEEDS_APPROVED');
    await refused(line(2030, { proposedVnd: 2 ** 60 }), 'input.proposedVnd', 'TOO_LARGE');
    await refused(line(2040), 'input.year', 'OUTSIDE_PLAN_PERIOD');
    await refused(line(2030, { taskCode: 'IX.9' }), 'input.taskCode', 'UNKNOWN_TASK');
    await refused(line(2030, { administrativeUnitCode: '99999' }), 'input.administrativeUnitCode', 'UNKNOWN_UNIT');
    expect(Number((await server.database.dataSource.query('SELECT count(*) AS n FROM budget_line WHERE year = 2030'))[0].n)).toBe(0);
  });

  it('accepts an approval above the proposal and amounts far beyond 32 bits, exactly', async () => {
    const big = await created(line(2030, { proposedVnd: 12_500_000_000_000, approvedVnd: 12_600_000_000_001, disbursedVnd: 9_007_199_254 }));
    expect(big).toMatchObject({ proposedVnd: 12_500_000_000_000, approvedVnd: 12_600_000_000_001, disbursedVnd: 9_007_199_254 });
    const [stored] = await server.database.dataSource.query('SELECT approved_vnd::text AS approved FROM budget_line WHERE year = 2030');
    expect(stored.approved).toBe('12600000000001');
  });

  it('checks disbursed against approved on update, with the stored values filled in', async () => {
    const saved = await created(line(2031, { approvedVnd: 500, disbursedVnd: 200 }));
    const tooMuch = await update({ id: saved.id, expectedVersion: 1, disbursedVnd: 501 }, province);
    expect(errorOf(tooMuch)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.disbursedVnd', reason: 'EXCEEDS_APPROVED' });
    const lowered = await update({ id: saved.id, expectedVersion: 1, approvedVnd: 199 }, province);
    expect(errorOf(lowered)).toMatchObject({ reason: 'EXCEEDS_APPROVED' });
    const ok = (await update({ id: saved.id, expectedVersion: 1, approvedVnd: 700, disbursedVnd: 650, note: '' }, province)).data!.updateBudgetLine;
    expect(ok.budgetLine).toMatchObject({ approvedVnd: 700, disbursedVnd: 650, proposedVnd: 1_000_000_000, version: 2, note: null });
  });
});

describe('versions and deletion', () => {
  it('refuses a stale version with CONFLICT, deletes the current one, and audits each change', async () => {
    const saved = await created(line(2032));
    const first = (await update({ id: saved.id, expectedVersion: 1, approvedVnd: 10 }, dae)).data!.updateBudgetLine.budgetLine!;
    expect(first.version).toBe(2);
    const stale = await update({ id: saved.id, expectedVersion: 1, approvedVnd: 20 }, province);
    expect(errorOf(stale)).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION', currentVersion: 2 });
    const staleDelete = await server.requestText(DELETE, { input: { id: saved.id, expectedVersion: 1 } }, province);
    expect(errorOf(staleDelete)).toMatchObject({ code: 'CONFLICT' });

    const deleted = await server.requestText<{ deleteBudgetLine: { deletedBudgetLineId: string; budgetLine: { id: string } } }>(
      DELETE,
      { input: { id: saved.id, expectedVersion: 2 } },
      province,
    );
    expect(deleted.data!.deleteBudgetLine).toMatchObject({ deletedBudgetLineId: saved.id, budgetLine: { id: saved.id } });
    const node = await server.requestText<{ node: null }>('query($id: ID!) { node(id: $id) { id } }', { id: saved.id }, province);
    expect(node.data!.node).toBeNull();
    expect(errorOf(await update({ id: saved.id, expectedVersion: 2, approvedVnd: 1 }, province))).toMatchObject({ code: 'NOT_FOUND' });

    expect(await server.database.dataSource.query('SELECT id FROM budget_line WHERE year = 2032')).toHaveLength(0);
    const audits = await server.database.dataSource.query(
      `SELECT action FROM audit_event WHERE entity_type = 'BudgetLine' AND entity_id = (SELECT entity_id FROM audit_event WHERE action = 'deleteBudgetLine' LIMIT 1) ORDER BY sequence`,
    );
    expect(audits.map((a: { action: string }) => a.action)).toEqual(['createBudgetLine', 'updateBudgetLine', 'deleteBudgetLine']);
  });
});

describe('listing and totals', () => {
  const YEAR = 2033;
  const inputs = [
    { taskCode: 'IV.1', fundingSource: 'PROVINCIAL_BUDGET', proposedVnd: 3_000_000_000, approvedVnd: 2_500_000_000, disbursedVnd: 1_000_000_000 },
    { taskCode: 'IV.1', fundingSource: 'CENTRAL_BUDGET', proposedVnd: 4_000_000_000, approvedVnd: 4_000_000_000, disbursedVnd: 4_000_000_000 },
    {
      taskCode: 'IV.1',
      fundingSource: 'PROVINCIAL_BUDGET',
      administrativeUnitCode: HOME_UNIT,
      proposedVnd: 150_000_000,
      approvedVnd: 120_000_000,
      disbursedVnd: 0,
    },
    { taskCode: 'IV.2', fundingSource: 'ODA', administrativeUnitCode: HOME_UNIT, proposedVnd: 70_000_000, approvedVnd: 90_000_000, disbursedVnd: 60_000_000 },
    { taskCode: 'IV.2', fundingSource: 'ODA', administrativeUnitCode: OTHER_UNIT, proposedVnd: 80_000_000, approvedVnd: 50_000_000, disbursedVnd: 50_000_000 },
  ];

  beforeAll(async () => {
    for (const input of inputs) await created({ ...input, year: YEAR });
  });

  it('pages through the lines and filters by task, source and unit (the province code: provincial lines)', async () => {
    const list = (filter: object, first?: number, after?: string) =>
      server.requestText<{ budgetLines: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: Line }[] } }>(
        LIST,
        { filter, first, after },
        viewer,
      );
    const page1 = (await list({ year: YEAR }, 3)).data!.budgetLines;
    expect(page1.totalCount).toBe(5);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await list({ year: YEAR }, 3, page1.pageInfo.endCursor)).data!.budgetLines;
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect(new Set([...page1.edges, ...page2.edges].map((e) => e.node.id)).size).toBe(5);
    expect((await list({ year: YEAR, taskCode: 'IV.2' })).data!.budgetLines.totalCount).toBe(2);
    expect((await list({ year: YEAR, fundingSource: 'ODA', administrativeUnitCode: OTHER_UNIT })).data!.budgetLines.totalCount).toBe(1);
    const provincial = (await list({ year: YEAR, administrativeUnitCode: '66' })).data!.budgetLines.edges.map((e) => e.node);
    expect(provincial.map((l) => l.administrativeUnit)).toEqual([null, null]);
  });

  it('sums every line per task and year, and per source, equal to the lines themselves', async () => {
    const totals = (
      await server.requestText<{
        budgetTotals: {
          task: { code: string };
          year: number;
          proposedVnd: number;
          approvedVnd: number;
          disbursedVnd: number;
          lineCount: number;
          bySource: { fundingSource: string; proposedVnd: number; lineCount: number }[];
        }[];
      }>(TOTALS, { filter: { year: YEAR } }, viewer)
    ).data!.budgetTotals;
    const sum = (task: string, key: 'proposedVnd' | 'approvedVnd' | 'disbursedVnd', source?: string) =>
      inputs.filter((i) => i.taskCode === task && (!source || i.fundingSource === source)).reduce((acc, i) => acc + i[key], 0);
    expect(totals.map((t) => [t.task.code, t.year])).toEqual([
      ['IV.1', YEAR],
      ['IV.2', YEAR],
    ]);
    for (const total of totals) {
      expect(total).toMatchObject({
        proposedVnd: sum(total.task.code, 'proposedVnd'),
        approvedVnd: sum(total.task.code, 'approvedVnd'),
        disbursedVnd: sum(total.task.code, 'disbursedVnd'),
        lineCount: inputs.filter((i) => i.taskCode === total.task.code).length,
      });
      for (const source of total.bySource) expect(source.proposedVnd).toBe(sum(total.task.code, 'proposedVnd', source.fundingSource));
    }
    expect(totals[0].bySource.map((s) => [s.fundingSource, s.lineCount])).toEqual([
      ['PROVINCIAL_BUDGET', 2],
      ['CENTRAL_BUDGET', 1],
    ]);
    const oneTask = (await server.requestText<{ budgetTotals: { year: number }[] }>(TOTALS, { filter: { taskCode: 'IV.2' } }, viewer)).data!.budgetTotals;
    expect(oneTask.map((t) => t.year)).toEqual([2027, YEAR]);
  });

  it('gives the plan progress view the same totals by task id (budgetTotalsByTask)', async () => {
    const ds = server.database.dataSource;
    const [iv1] = await ds.query(`SELECT id FROM task WHERE code = 'IV.1'`);
    const [iv2] = await ds.query(`SELECT id FROM task WHERE code = 'IV.2'`);
    const byTask = await budgetTotalsByTask(ds.manager, YEAR);
    expect(byTask.size).toBe(2);
    expect(byTask.get(iv1.id)).toEqual({ proposed: 7_150_000_000, approved: 6_620_000_000, disbursed: 5_000_000_000 });
    expect(byTask.get(iv2.id)).toEqual({ proposed: 150_000_000, approved: 140_000_000, disbursed: 110_000_000 });
    // Every year: the database's own sum over all IV.2 lines.
    const [all] = await ds.query(`SELECT sum(proposed_vnd)::text AS proposed FROM budget_line WHERE task_id = $1`, [iv2.id]);
    expect((await budgetTotalsByTask(ds.manager, null)).get(iv2.id)!.proposed).toBe(Number(all.proposed));
  });
});
