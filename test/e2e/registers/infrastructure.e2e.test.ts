// Infrastructure works (task III.1) over HTTP: scope and lead agency, completion rules, budget line
// links, retries, versions, tombstones, audit, hostile input, and the counts targets will use.
import { Role } from '../../../src/core/auth/roles';
import { completedWorksByYear } from '../../../src/modules/infrastructure';
import { createTestApiKey, createTestUser, unitId } from '../../helpers/principals';
import { TestServer, startTestServer } from '../../helpers/test-server';
import { Callers, HOME_UNIT, OTHER_UNIT, count, createCallers, failure, key, list, mutate, rawId } from '../field-records/fixtures';
import { WORK, WORK_FIELDS, workInput } from './crop-planning.fixtures';

const CREATE_LINE = `mutation($input: CreateBudgetLineInput!) { createBudgetLine(input: $input) { budgetLine { id } userErrors { code } } }`;

let server: TestServer;
let callers: Callers;
let department: Record<string, string>;
let otherDepartment: Record<string, string>;
let worksKey: Record<string, string>;
const lines = {} as Record<'home' | 'province' | 'other', string>;
beforeAll(async () => {
  server = await startTestServer();
  callers = await createCallers(server);
  department = (await createTestUser(server, Role.AGENCY_OFFICER, { agencyCode: 'DAE' })).headers;
  otherDepartment = (await createTestUser(server, Role.AGENCY_OFFICER, { agencyCode: 'DOST' })).headers;
  worksKey = (await createTestApiKey(server, { scopes: ['infrastructure:write'], administrativeUnitIds: [await unitId(server, HOME_UNIT)] })).headers;
  for (const [name, code] of [
    ['home', HOME_UNIT],
    ['province', null],
    ['other', OTHER_UNIT],
  ] as const) {
    const input = { taskCode: 'III.1', year: 2026, fundingSource: 'PROVINCIAL_BUDGET', administrativeUnitCode: code, proposedVnd: 5e9 };
    const { record } = await mutate(server, CREATE_LINE, input, callers.province);
    lines[name] = record!.id;
  }
});
afterAll(async () => {
  await server.stop();
});

const create = (input: Record<string, unknown>, headers: Record<string, string>) => mutate(server, WORK.create, input, headers);

describe('infrastructure works: who may write them', () => {
  it('lets the commune officer, a key bound to the commune and the lead department (DAE leads III.1) write them', async () => {
    const byOfficer = await create(workInput(), callers.homeOfficer);
    expect(byOfficer.userErrors).toEqual([]);
    expect(byOfficer.record).toMatchObject({
      kind: 'ON_FARM_CANAL',
      status: 'PLANNED',
      areaServedHa: 85,
      enablesAlternateWettingDrying: true,
      investmentVnd: 4_500_000_000,
      completedOn: null,
      budgetLineId: null,
      version: 1,
      administrativeUnit: { code: HOME_UNIT },
    });
    expect((await create(workInput(), worksKey)).userErrors).toEqual([]);
    expect((await create(workInput({ administrativeUnitCode: OTHER_UNIT }), department)).record).toMatchObject({ administrativeUnit: { code: OTHER_UNIT } });
  });

  it('refuses another commune, keys of another commune, viewers and departments that do not lead III.1', async () => {
    expect(await failure(server, WORK.create, { input: workInput() }, callers.otherOfficer)).toMatchObject({ code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE' });
    expect(await failure(server, WORK.create, { input: workInput({ administrativeUnitCode: OTHER_UNIT }) }, worksKey)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await failure(server, WORK.create, { input: workInput() }, callers.viewer)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_PERMITTED' });
    expect(await failure(server, WORK.create, { input: workInput() }, otherDepartment)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_PERMITTED' });
    const { record } = await create(workInput(), callers.homeOfficer);
    expect(await failure(server, WORK.update, { input: { id: record!.id, expectedVersion: 1, name: 'x' } }, callers.otherOfficer)).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await failure(server, WORK.delete, { input: { id: record!.id, expectedVersion: 1 } }, otherDepartment)).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('infrastructure works: completion and budget lines', () => {
  it('needs a completion date exactly when COMPLETED, not in the future', async () => {
    const done = await create(workInput({ status: 'COMPLETED', completedOn: '2026-06-30' }), callers.homeOfficer);
    expect(done.record).toMatchObject({ status: 'COMPLETED', completedOn: '2026-06-30' });
    const refusals: [Record<string, unknown>, string, string][] = [
      [{ status: 'COMPLETED' }, 'input.completedOn', 'REQUIRED'],
      [{ status: 'UNDER_CONSTRUCTION', completedOn: '2026-06-30' }, 'input.completedOn', 'NOT_COMPLETED'],
      [{ status: 'COMPLETED', completedOn: '2035-12-31' }, 'input.completedOn', 'IN_FUTURE'],
      [{ status: 'COMPLETED', completedOn: '2026-02-29' }, 'input.completedOn', 'INVALID_DATE'],
      [{ status: 'COMPLETED', completedOn: '2025-12-31' }, 'input.completedOn', 'OUTSIDE_PLAN_PERIOD'],
    ];
    for (const [change, field, reason] of refusals) {
      expect(await failure(server, WORK.create, { input: workInput(change) }, callers.homeOfficer)).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    }
    // Back under construction: the stored completion day goes with the status.
    const reopened = await mutate(server, WORK.update, { id: done.record!.id, expectedVersion: 1, status: 'SUSPENDED' }, callers.homeOfficer);
    expect(reopened.record).toMatchObject({ status: 'SUSPENDED', completedOn: null, version: 2 });
    const planned = await create(workInput(), callers.homeOfficer);
    expect(
      await failure(server, WORK.update, { input: { id: planned.record!.id, expectedVersion: 1, status: 'COMPLETED' } }, callers.homeOfficer),
    ).toMatchObject({
      field: 'input.completedOn',
      reason: 'REQUIRED',
    });
  });

  it("links a budget line of the work's commune or of the province, never another commune's or a forged one", async () => {
    expect((await create(workInput({ budgetLineId: lines.home }), callers.homeOfficer)).record).toMatchObject({ budgetLineId: lines.home });
    expect((await create(workInput({ budgetLineId: lines.province }), callers.homeOfficer)).record).toMatchObject({ budgetLineId: lines.province });
    expect(await failure(server, WORK.create, { input: workInput({ budgetLineId: lines.other }) }, callers.homeOfficer)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.budgetLineId',
      reason: 'OTHER_UNIT',
    });
    const missing = Buffer.from('BudgetLine:00000000-0000-4000-8000-000000000000').toString('base64');
    const pilot = Buffer.from(`PilotModel:${rawId(lines.home)}`).toString('base64');
    expect(await failure(server, WORK.create, { input: workInput({ budgetLineId: missing }) }, callers.homeOfficer)).toMatchObject({ reason: 'NOT_FOUND' });
    expect(await failure(server, WORK.create, { input: workInput({ budgetLineId: pilot }) }, callers.homeOfficer)).toMatchObject({ reason: 'INVALID_ID' });
    const { record } = await create(workInput({ budgetLineId: lines.home }), callers.homeOfficer);
    const unlinked = await mutate(server, WORK.update, { id: record!.id, expectedVersion: 1, budgetLineId: null }, callers.homeOfficer);
    expect(unlinked.record).toMatchObject({ budgetLineId: null, version: 2 });
  });
});

describe('infrastructure works: retries, versions, tombstones, audit', () => {
  it('writes once for a repeated idempotency key and audits the create', async () => {
    const input = workInput({ idempotencyKey: key(), name: `Trạm bơm ${key()}` });
    const results = await Promise.all([create(input, callers.homeOfficer), create(input, callers.homeOfficer)]);
    expect(results[0].record!.id).toBe(results[1].record!.id);
    expect(await count(server, 'infrastructure_work', 'name = $1', [input.name])).toBe(1);
    expect(await count(server, 'audit_event', `action = 'createInfrastructureWork' AND entity_id = $1`, [rawId(results[0].record!.id)])).toBe(1);
  });

  it('refuses a stale version, and sends a deletion as a tombstone', async () => {
    const { record } = await create(workInput(), callers.homeOfficer);
    await mutate(server, WORK.update, { id: record!.id, expectedVersion: 1, investmentVnd: 5e9 }, callers.homeOfficer);
    expect(await failure(server, WORK.update, { input: { id: record!.id, expectedVersion: 1, name: 'x' } }, callers.province)).toMatchObject({
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
      currentVersion: 2,
    });
    const since = (await list(server, 'infrastructureWorks', '', 'id', { first: 1 }, callers.viewer)).syncWatermark;
    const deleted = await mutate(server, WORK.delete, { id: record!.id, expectedVersion: 2 }, callers.homeOfficer);
    expect(deleted.record).toMatchObject({ deletedAt: expect.any(String), version: 3 });
    const feed = await list(server, 'infrastructureWorks', '', WORK_FIELDS, { first: 100, updatedSince: since }, callers.viewer);
    expect(feed.nodes.find((n) => n.id === record!.id)).toMatchObject({ deletedAt: deleted.record!.deletedAt, investmentVnd: 5e9 });
    const live = await list(server, 'infrastructureWorks', '', 'id', { first: 100 }, callers.viewer);
    expect(live.nodes.map((n) => n.id)).not.toContain(record!.id);
    expect(await count(server, 'audit_event', `entity_id = $1`, [rawId(record!.id)])).toBe(3);
  });
});

describe('infrastructure works: hostile input', () => {
  it.each([
    [{ investmentVnd: 1e16 }, 'input.investmentVnd'],
    [{ investmentVnd: 1.5 }, 'input.investmentVnd'],
    [{ investmentVnd: -1 }, 'input.investmentVnd'],
    [{ areaServedHa: 1e9 }, 'input.areaServedHa'],
    [{ areaServedHa: -0.5 }, 'input.areaServedHa'],
    [{ name: 'Kênh\u0000' }, 'input.name'],
    [{ name: '  ' }, 'input.name'],
    [{ administrativeUnitCode: '66' }, 'input.administrativeUnitCode'],
    [{ budgetLineId: 'x'.repeat(200) }, 'input.budgetLineId'],
  ])('refuses %j with BAD_USER_INPUT on %s and writes nothing', async (change, field) => {
    const before = await count(server, 'infrastructure_work');
    expect(await failure(server, WORK.create, { input: workInput(change) }, callers.province)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await count(server, 'infrastructure_work')).toBe(before);
  });
});

describe('infrastructure works: lists and counts', () => {
  it('filter by unit, kind, status, AWD and completion year, in a constant number of SQL statements', async () => {
    const unit = '24163';
    await create(workInput({ administrativeUnitCode: unit, kind: 'IRRIGATION', status: 'COMPLETED', completedOn: '2026-03-01' }), callers.province);
    await create(workInput({ administrativeUnitCode: unit, kind: 'ROAD', enablesAlternateWettingDrying: false }), callers.province);
    const query = (filter: string, first = 10) =>
      list(server, 'infrastructureWorks', `filter: { administrativeUnitCode: "${unit}"${filter} }`, 'kind status', { first }, callers.viewer);
    expect((await query('')).totalCount).toBe(2);
    expect((await query(', completedInYear: 2026')).nodes).toEqual([{ kind: 'IRRIGATION', status: 'COMPLETED' }]);
    expect((await query(', enablesAlternateWettingDrying: false, kind: ROAD')).totalCount).toBe(1);
    expect((await query(', status: SUSPENDED')).totalCount).toBe(0);
    await list(server, 'infrastructureWorks', '', `${WORK_FIELDS}`, { first: 1 }, callers.viewer);
    const one = server.lastSqlStatements();
    await list(server, 'infrastructureWorks', '', `${WORK_FIELDS}`, { first: 50 }, callers.viewer);
    expect(server.lastSqlStatements()).toBe(one);
  });

  it('counts completed works by year and kind as the live records say', async () => {
    const rows = await server.database.dataSource.query(
      `SELECT kind, area_served_ha, enables_alternate_wetting_drying AS awd FROM infrastructure_work
        WHERE deleted_at IS NULL AND status = 'COMPLETED' AND completed_on BETWEEN '2026-01-01' AND '2026-12-31'`,
    );
    const totals = await completedWorksByYear(server.database.dataSource, { fromYear: 2026, toYear: 2026 });
    expect(totals.reduce((n, t) => n + t.works, 0)).toBe(rows.length);
    const irrigation = totals.find((t) => t.kind === 'IRRIGATION')!;
    const irrigationRows = rows.filter((r: { kind: string }) => r.kind === 'IRRIGATION');
    expect(irrigation).toMatchObject({
      year: 2026,
      works: irrigationRows.length,
      areaServedHa: irrigationRows.reduce((a: number, r: { area_served_ha: string }) => a + Number(r.area_served_ha), 0),
    });
  });
});
