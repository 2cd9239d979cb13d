import { Role } from '../../../src/core/auth/roles';
import { createTestUser } from '../../helpers/principals';
import { TestServer, startTestServer } from '../../helpers/test-server';
import {
  CREATE_PILOT,
  Callers,
  DELETE_PILOT,
  HOME_UNIT,
  OTHER_UNIT,
  UPDATE_PILOT,
  count,
  createCallers,
  failure,
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

const create = (input: Record<string, unknown>, headers: Record<string, string>) => mutate(server, CREATE_PILOT, input, headers);

describe('pilot models: who may record them', () => {
  it('lets a commune officer and a partner key bound to the commune record its pilots', async () => {
    const byOfficer = await create(pilotInput(), callers.homeOfficer);
    expect(byOfficer.userErrors).toEqual([]);
    expect(byOfficer.record).toMatchObject({
      level: 'COMMUNE',
      status: 'PLANNED',
      version: 1,
      deletedAt: null,
      administrativeUnit: { code: HOME_UNIT },
      task: { code: 'IV.2' },
    });
    const byKey = await create(pilotInput({ crop: 'pepper' }), callers.homeKey);
    expect(byKey.record).toMatchObject({ crop: 'PEPPER', administrativeUnit: { code: HOME_UNIT } });
  });

  it('refuses an officer or key of another commune, whatever unit code they send', async () => {
    expect(await failure(server, CREATE_PILOT, { input: pilotInput() }, callers.otherOfficer)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await failure(server, CREATE_PILOT, { input: pilotInput({ administrativeUnitCode: OTHER_UNIT }) }, callers.homeKey)).toMatchObject({
      code: 'FORBIDDEN',
    });
    const { record } = await create(pilotInput(), callers.homeOfficer);
    const update = { id: record!.id, expectedVersion: 1, name: 'Đổi tên' };
    expect(await failure(server, UPDATE_PILOT, { input: update }, callers.otherOfficer)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await failure(server, DELETE_PILOT, { input: { id: record!.id, expectedVersion: 1 } }, callers.otherOfficer)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await failure(server, CREATE_PILOT, { input: pilotInput() }, callers.viewer)).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('leaves provincial pilots to province-wide callers, and a provincial pilot has no commune', async () => {
    const provincial = pilotInput({ level: 'PROVINCIAL', administrativeUnitCode: null, crop: 'SUGARCANE', legalBasis: 'Quyết định số 4766/QĐ-BNNMT' });
    expect(await failure(server, CREATE_PILOT, { input: provincial }, callers.homeOfficer)).toMatchObject({ code: 'FORBIDDEN' });
    const { record } = await create(provincial, callers.province);
    expect(record).toMatchObject({ level: 'PROVINCIAL', administrativeUnit: { code: '66' }, task: { code: 'IV.1' } });
    expect(await failure(server, CREATE_PILOT, { input: { ...provincial, code: 'X-1', administrativeUnitCode: HOME_UNIT } }, callers.province)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.administrativeUnitCode',
      reason: 'PROVINCIAL_HAS_NO_COMMUNE',
    });
    expect(await failure(server, CREATE_PILOT, { input: pilotInput({ administrativeUnitCode: null }) }, callers.province)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.administrativeUnitCode',
      reason: 'REQUIRED',
    });
  });

  it('lets agency officers write for the units their agency covers', async () => {
    const committee = (await createTestUser(server, Role.AGENCY_OFFICER, { agencyCode: `PC-${HOME_UNIT}` })).headers;
    const department = (await createTestUser(server, Role.AGENCY_OFFICER, { agencyCode: 'DAE' })).headers;
    expect((await create(pilotInput(), committee)).userErrors).toEqual([]);
    expect(await failure(server, CREATE_PILOT, { input: pilotInput({ administrativeUnitCode: OTHER_UNIT }) }, committee)).toMatchObject({ code: 'FORBIDDEN' });
    expect((await create(pilotInput({ administrativeUnitCode: OTHER_UNIT }), department)).record).toMatchObject({ administrativeUnit: { code: OTHER_UNIT } });
  });
});

describe('pilot models: validation', () => {
  it.each([
    [{ areaHa: 0 }, 'input.areaHa', 'NOT_POSITIVE'],
    [{ households: -1 }, 'input.households', 'NEGATIVE'],
    [{ startDate: '2025-12-31' }, 'input.startDate', 'OUTSIDE_PLAN_PERIOD'],
    [{ startDate: '2026-02-30' }, 'input.startDate', 'INVALID_DATE'],
    [{ startDate: '2027-05-01', endDate: '2027-04-30' }, 'input.endDate', 'END_BEFORE_START'],
    [{ endDate: '2036-01-01' }, 'input.endDate', 'OUTSIDE_PLAN_PERIOD'],
    [{ crop: 'TEA' }, 'input.crop', 'UNKNOWN_CROP'],
    [{ taskCode: 'III.5' }, 'input.taskCode', 'TASK_NOT_ALLOWED'],
    [{ administrativeUnitCode: '99999' }, 'input.administrativeUnitCode', 'UNKNOWN_UNIT'],
    [{ baselineActivityRecordIds: ['not-an-id'] }, 'input.baselineActivityRecordIds[0]', 'INVALID_ID'],
    [
      { actualActivityRecordIds: [Buffer.from('ActivityRecord:00000000-0000-4000-8000-000000000000').toString('base64')] },
      'input.actualActivityRecordIds[0]',
      'NOT_FOUND',
    ],
  ])('refuses %j with BAD_USER_INPUT on %s', async (change, field, reason) => {
    const before = await count(server, 'pilot_model');
    expect(await failure(server, CREATE_PILOT, { input: pilotInput(change) }, callers.homeOfficer)).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    expect(await count(server, 'pilot_model')).toBe(before);
  });

  it('reports a code already in use as a user error, and frees it when the pilot is deleted', async () => {
    const input = pilotInput();
    const first = await create(input, callers.homeOfficer);
    const again = await create({ ...input, name: 'Khác' }, callers.homeOfficer);
    expect(again).toEqual({ record: null, userErrors: [expect.objectContaining({ field: ['input', 'code'], code: 'TAKEN' })] });
    await mutate(server, DELETE_PILOT, { id: first.record!.id, expectedVersion: 1 }, callers.homeOfficer);
    expect((await create({ ...input, name: 'Khác' }, callers.homeOfficer)).userErrors).toEqual([]);
  });
});

describe('pilot models: safe retries and concurrent edits', () => {
  it('returns the first result for a repeated idempotency key, and writes one record', async () => {
    const input = pilotInput({ idempotencyKey: key() });
    const first = await create(input, callers.homeOfficer);
    const second = await create(input, callers.homeOfficer);
    expect(second.record!.id).toBe(first.record!.id);
    expect(await count(server, 'pilot_model', 'code = $1', [input.code])).toBe(1);
    expect(await count(server, 'audit_event', `action = 'createPilotModel' AND entity_id = $1`, [rawId(first.record!.id)])).toBe(1);
  });

  it('writes one record when the same submission arrives twice at once', async () => {
    const input = pilotInput({ idempotencyKey: key() });
    const results = await Promise.all([create(input, callers.homeKey), create(input, callers.homeKey), create(input, callers.homeKey)]);
    expect(new Set(results.map((r) => r.record!.id)).size).toBe(1);
    expect(await count(server, 'pilot_model', 'code = $1', [input.code])).toBe(1);
  });

  it('refuses the same key with other data (CONFLICT), and keeps keys of different callers apart', async () => {
    const idempotencyKey = key();
    await create(pilotInput({ idempotencyKey }), callers.homeOfficer);
    expect(await failure(server, CREATE_PILOT, { input: pilotInput({ idempotencyKey }) }, callers.homeOfficer)).toMatchObject({
      code: 'CONFLICT',
      reason: 'IDEMPOTENCY_KEY_REUSED',
    });
    expect((await create(pilotInput({ idempotencyKey }), callers.homeKey)).userErrors).toEqual([]);
    expect(await failure(server, CREATE_PILOT, { input: pilotInput({ idempotencyKey: 'short' }) }, callers.homeOfficer)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.idempotencyKey',
    });
  });

  it('applies an update to the version it was made on, and refuses a stale one with CONFLICT', async () => {
    const { record } = await create(pilotInput(), callers.homeOfficer);
    const updated = await mutate(
      server,
      UPDATE_PILOT,
      { id: record!.id, expectedVersion: 1, status: 'ACTIVE', actualYieldTonnesPerHa: 3.2 },
      callers.homeOfficer,
    );
    expect(updated.record).toMatchObject({ status: 'ACTIVE', version: 2 });
    const stale = await failure(server, UPDATE_PILOT, { input: { id: record!.id, expectedVersion: 1, status: 'COMPLETED' } }, callers.homeKey);
    expect(stale).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION', currentVersion: 2 });
    const [row] = await server.database.dataSource.query('SELECT status, version FROM pilot_model WHERE id = $1', [rawId(record!.id)]);
    expect(row).toEqual({ status: 'ACTIVE', version: 2 });
    expect(await failure(server, UPDATE_PILOT, { input: { id: record!.id, expectedVersion: 2, endDate: '2026-01-15' } }, callers.homeOfficer)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.endDate',
      reason: 'END_BEFORE_START',
    });
  });

  it('deletes softly and answers a repeated delete with the same tombstone', async () => {
    const { record } = await create(pilotInput(), callers.homeOfficer);
    const deleted = await mutate(server, DELETE_PILOT, { id: record!.id, expectedVersion: 1 }, callers.homeOfficer);
    expect(deleted.record).toMatchObject({ version: 2, deletedAt: expect.any(String) });
    const again = await mutate(server, DELETE_PILOT, { id: record!.id, expectedVersion: 1 }, callers.homeOfficer);
    expect(again.record).toEqual(deleted.record);
    expect(await failure(server, UPDATE_PILOT, { input: { id: record!.id, expectedVersion: 2, name: 'x' } }, callers.homeOfficer)).toMatchObject({
      code: 'CONFLICT',
      reason: 'DELETED',
    });
  });
});

describe('pilot models: lists', () => {
  it('filter by unit, crop, status, task, practice and year, and sort by start date', async () => {
    const unit = '24163';
    const headers = callers.province;
    await create(
      pilotInput({ administrativeUnitCode: unit, crop: 'DURIAN', startDate: '2027-02-01', endDate: '2028-12-31', status: 'ACTIVE', practices: ['BIOCHAR'] }),
      headers,
    );
    await create(pilotInput({ administrativeUnitCode: unit, crop: 'DURIAN', startDate: '2026-05-01', endDate: '2026-12-31', status: 'COMPLETED' }), headers);
    await create(pilotInput({ administrativeUnitCode: unit, crop: 'RICE', startDate: '2029-01-01', practices: ['ALTERNATE_WETTING_DRYING'] }), headers);
    const query = `query($filter: PilotModelFilter, $orderBy: PilotModelOrder) {
      pilotModels(first: 10, filter: $filter, orderBy: $orderBy) { totalCount edges { node { crop startDate status } } } }`;
    const fetch = async (filter: Record<string, unknown>, orderBy?: Record<string, unknown>) =>
      (
        await ok<{ pilotModels: { totalCount: number; edges: { node: { crop: string; startDate: string; status: string } }[] } }>(
          server,
          query,
          { filter: { administrativeUnitCode: unit, ...filter }, orderBy },
          callers.viewer,
        )
      ).pilotModels;
    expect((await fetch({})).totalCount).toBe(3);
    expect((await fetch({ crop: 'durian' })).edges.map((e) => e.node.startDate).sort()).toEqual(['2026-05-01', '2027-02-01']);
    expect((await fetch({ status: 'ACTIVE' })).edges.map((e) => e.node.crop)).toEqual(['DURIAN']);
    expect((await fetch({ year: 2028 })).edges.map((e) => e.node.startDate)).toEqual(['2027-02-01']);
    expect((await fetch({ year: 2030 })).edges.map((e) => e.node.crop)).toEqual(['RICE']);
    expect((await fetch({ practice: 'BIOCHAR' })).totalCount).toBe(1);
    expect((await fetch({ taskCode: 'IV.1' })).totalCount).toBe(0);
    expect((await fetch({}, { field: 'START_DATE', direction: 'DESC' })).edges.map((e) => e.node.startDate)).toEqual([
      '2029-01-01',
      '2027-02-01',
      '2026-05-01',
    ]);
  });

  it('pages with stable cursors and refuses a cursor from another ordering', async () => {
    const headers = callers.province;
    for (let i = 0; i < 5; i += 1) await create(pilotInput({ administrativeUnitCode: '24121', startDate: `2026-0${i + 1}-15` }), headers);
    const vars = { filter: { administrativeUnitCode: '24121' }, orderBy: { field: 'START_DATE', direction: 'ASC' } };
    const page = async (after: string | null) =>
      (
        await ok<{ pilotModels: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { startDate: string } }[] } }>(
          server,
          `query($filter: PilotModelFilter, $orderBy: PilotModelOrder, $after: String) {
          pilotModels(first: 2, after: $after, filter: $filter, orderBy: $orderBy) { pageInfo { hasNextPage endCursor } edges { node { startDate } } } }`,
          { ...vars, after },
          headers,
        )
      ).pilotModels;
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const current = await page(after);
      seen.push(...current.edges.map((e) => e.node.startDate));
      if (!current.pageInfo.hasNextPage) break;
      after = current.pageInfo.endCursor;
    }
    expect(seen).toEqual(['2026-01-15', '2026-02-15', '2026-03-15', '2026-04-15', '2026-05-15']);
    const first = await page(null);
    const mismatch = await failure(
      server,
      `query($after: String) { pilotModels(first: 2, after: $after) { totalCount } }`,
      { after: first.pageInfo.endCursor },
      headers,
    );
    expect(mismatch).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', reason: 'INVALID_CURSOR' });
  });

  it('is readable by viewers and pilot-reading keys, not by anonymous callers', async () => {
    const query = '{ pilotModels(first: 1) { totalCount } }';
    expect((await ok<{ pilotModels: { totalCount: number } }>(server, query, {}, callers.viewer)).pilotModels.totalCount).toBeGreaterThan(0);
    expect(await failure(server, query, {}, {})).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
