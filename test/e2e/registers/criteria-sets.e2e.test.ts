import { Role } from '../../../src/core/auth/roles';
import { adoptedCriteriaSetsByCrop } from '../../../src/modules/criteria-sets';
import { createTestApiKey, createTestUser, unitId } from '../../helpers/principals';
import { TestServer, startTestServer } from '../../helpers/test-server';
import {
  ADOPT_CRITERIA,
  CREATE_CRITERIA,
  Callers,
  DELETE_CRITERIA,
  HOME_UNIT,
  RecordNode,
  UPDATE_CRITERIA,
  count,
  createCallers,
  criteriaInput,
  decision,
  failure,
  key,
  list,
  mutate,
  rawId,
} from './fixtures';

let server: TestServer;
let callers: Callers;
let department: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  callers = await createCallers(server);
  department = (await createTestUser(server, Role.AGENCY_OFFICER, { agencyCode: 'DAE' })).headers;
});
afterAll(async () => {
  await server.stop();
});

const create = (input: Record<string, unknown>, headers = callers.province) => mutate(server, CREATE_CRITERIA, input, headers);
const adopt = (set: RecordNode, date?: string, headers = callers.province) =>
  mutate(server, ADOPT_CRITERIA, { id: set.id, expectedVersion: set.version, ...decision(date) }, headers);

describe('criteria sets: who may write them', () => {
  it('lets the province and officers of the lead agency of III.2 draft a set, numbering versions per crop', async () => {
    const first = await create(criteriaInput({ crop: 'durian' }));
    expect(first.userErrors).toEqual([]);
    expect(first.record).toMatchObject({
      crop: 'DURIAN',
      setVersion: 1,
      status: 'DRAFT',
      version: 1,
      thresholds: [
        { metric: 'MAX_EMISSION_INTENSITY_KG_CO2E_PER_KG', value: 2.5, unit: 'kg CO2e/kg' },
        { metric: 'MAX_SYNTHETIC_N_KG_PER_HA', value: 250, unit: 'kg N/ha/year' },
      ],
    });
    expect((await create(criteriaInput({ crop: 'DURIAN' }), department)).record).toMatchObject({ setVersion: 2 });
  });

  it('refuses commune officers, other agencies, viewers and keys bound to a commune', async () => {
    expect(await failure(server, CREATE_CRITERIA, { input: criteriaInput() }, callers.homeOfficer)).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NOT_PERMITTED',
    });
    expect(await failure(server, CREATE_CRITERIA, { input: criteriaInput() }, callers.viewer)).toMatchObject({ code: 'FORBIDDEN' });
    const science = (await createTestUser(server, Role.AGENCY_OFFICER, { agencyCode: 'DOST' })).headers;
    expect(await failure(server, CREATE_CRITERIA, { input: criteriaInput() }, science)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_LEAD_AGENCY' });
    const committee = (await createTestUser(server, Role.AGENCY_OFFICER, { agencyCode: `PC-${HOME_UNIT}` })).headers;
    expect(await failure(server, CREATE_CRITERIA, { input: criteriaInput() }, committee)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_LEAD_AGENCY' });
    const communeKey = (await createTestApiKey(server, { scopes: ['criteria-sets:write'], administrativeUnitIds: [await unitId(server, HOME_UNIT)] })).headers;
    expect(await failure(server, CREATE_CRITERIA, { input: criteriaInput() }, communeKey)).toMatchObject({ code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE' });
    const provinceKey = (await createTestApiKey(server, { scopes: ['criteria-sets:write'] })).headers;
    expect((await create(criteriaInput({ crop: 'PEPPER' }), provinceKey)).userErrors).toEqual([]);
    expect(await count(server, 'criteria_set', `crop = 'COFFEE'`)).toBe(0);
  });
});

describe('criteria sets: validation', () => {
  it.each([
    [{ crop: 'TEA' }, 'input.crop', 'UNKNOWN_CROP'],
    [{ title: ' ' }, 'input.title', 'REQUIRED'],
    [{ thresholds: [{ metric: 'MIN_RESIDUE_RECYCLED_PERCENT', value: 101 }] }, 'input.thresholds[0].value', 'OUT_OF_RANGE'],
    [{ thresholds: [{ metric: 'MAX_SYNTHETIC_N_KG_PER_HA', value: 5001 }] }, 'input.thresholds[0].value', 'OUT_OF_RANGE'],
    [
      {
        thresholds: [
          { metric: 'MAX_SYNTHETIC_N_KG_PER_HA', value: 100 },
          { metric: 'MAX_SYNTHETIC_N_KG_PER_HA', value: 120 },
        ],
      },
      'input.thresholds[1].metric',
      'DUPLICATE_METRIC',
    ],
    [{ thresholds: [{ metric: 'MAX_SYNTHETIC_N_KG_PER_HA', value: 1e308 }] }, 'input.thresholds.0.value', undefined],
    [{ setVersion: 0 }, 'input.setVersion', undefined],
  ])('refuses %j with BAD_USER_INPUT on %s', async (change, field, reason) => {
    const before = await count(server, 'criteria_set');
    const error = await failure(server, CREATE_CRITERIA, { input: criteriaInput({ crop: 'RICE', ...change }) }, callers.province);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', ...(reason ? { reason, field } : {}) });
    expect(await count(server, 'criteria_set')).toBe(before);
  });
});

describe('criteria sets: adoption', () => {
  it('adopts a draft, then never changes it; a newer version supersedes it in the same transaction', async () => {
    const v1 = (await create(criteriaInput({ crop: 'SUGARCANE' }))).record!;
    const adopted = await adopt(v1, '2027-03-01', department);
    expect(adopted).toMatchObject({ userErrors: [], record: { status: 'ADOPTED', version: 2, decisionDate: '2027-03-01', decisionBody: 'UBND tỉnh Đắk Lắk' } });

    for (const [document, input] of [
      [UPDATE_CRITERIA, { id: v1.id, expectedVersion: 2, title: 'Sửa' }],
      [DELETE_CRITERIA, { id: v1.id, expectedVersion: 2 }],
      [ADOPT_CRITERIA, { id: v1.id, expectedVersion: 2, ...decision() }],
    ] as const) {
      expect(await failure(server, document, { input }, callers.province)).toMatchObject({ code: 'LOCKED', reason: 'CRITERIA_SET_FIXED' });
    }

    const v2 = (await create(criteriaInput({ crop: 'SUGARCANE', thresholds: [{ metric: 'MAX_SYNTHETIC_N_KG_PER_HA', value: 180 }] }))).record!;
    expect(v2.setVersion).toBe(2);
    const next = await adopt(v2, '2029-01-15');
    expect(next.record).toMatchObject({ status: 'ADOPTED', setVersion: 2 });
    const rows = await server.database.dataSource.query(
      `SELECT set_version, status, superseded_on::text AS superseded_on, superseded_by_id FROM criteria_set WHERE crop = 'SUGARCANE' ORDER BY set_version`,
    );
    expect(rows).toEqual([
      { set_version: 1, status: 'SUPERSEDED', superseded_on: '2029-01-15', superseded_by_id: rawId(v2.id) },
      { set_version: 2, status: 'ADOPTED', superseded_on: null, superseded_by_id: null },
    ]);
    const page = await list(server, 'criteriaSets', 'filter: { crop: "SUGARCANE", status: SUPERSEDED }', 'setVersion supersededBy { setVersion }', {}, {});
    expect(page.nodes).toEqual([{ setVersion: 1, supersededBy: { setVersion: 2 } }]);
    expect(await count(server, 'audit_event', `action = 'supersedeCriteriaSet' AND entity_id = $1`, [rawId(v1.id)])).toBe(1);
    expect(await count(server, 'audit_event', `action = 'adoptCriteriaSet' AND entity_id = $1`, [rawId(v2.id)])).toBe(1);
  });

  it('refuses an older version, an earlier date and an empty set, and holds one adopted set per crop in the database', async () => {
    const older = (await create(criteriaInput({ crop: 'CASSAVA', setVersion: 1 }))).record!;
    const newer = (await create(criteriaInput({ crop: 'CASSAVA', setVersion: 3 }))).record!;
    expect((await adopt(newer, '2028-06-01')).userErrors).toEqual([]);
    expect((await adopt(older, '2028-07-01')).userErrors).toEqual([expect.objectContaining({ field: ['input', 'id'], code: 'NOT_NEWER' })]);
    const later = (await create(criteriaInput({ crop: 'CASSAVA' }))).record!;
    expect(later.setVersion).toBe(4);
    expect((await adopt(later, '2028-05-31')).userErrors).toEqual([expect.objectContaining({ field: ['input', 'decisionDate'], code: 'BEFORE_CURRENT' })]);
    const empty = (await create(criteriaInput({ crop: 'MAIZE', requiredPractices: [], thresholds: [] }))).record!;
    expect(await failure(server, ADOPT_CRITERIA, { input: { id: empty.id, expectedVersion: 1, ...decision() } }, callers.province)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NO_CRITERIA',
    });
    await expect(
      server.database.dataSource.query(
        `UPDATE criteria_set SET status = 'ADOPTED', decision_number = 'x', decision_date = '2028-01-01', decision_body = 'x' WHERE id = $1`,
        [rawId(older.id)],
      ),
    ).rejects.toThrow(/UQ_criteria_set_adopted_crop/);
  });

  it('keeps one set in force when two versions are adopted at once', async () => {
    const a = (await create(criteriaInput({ crop: 'OTHER_PERENNIAL' }))).record!;
    const b = (await create(criteriaInput({ crop: 'OTHER_PERENNIAL' }))).record!;
    const results = await Promise.all([adopt(a, '2028-01-01'), adopt(b, '2028-01-01')]);
    expect(results.filter((r) => r.userErrors.length === 0).length).toBeGreaterThanOrEqual(1);
    expect(await count(server, 'criteria_set', `crop = 'OTHER_PERENNIAL' AND status = 'ADOPTED'`)).toBe(1);
    // The loser was told why: an older version, or a concurrent adoption.
    for (const r of results.filter((r) => r.userErrors.length > 0)) expect(['NOT_NEWER', 'CONCURRENT_ADOPTION']).toContain(r.userErrors[0].code);
  });
});

describe('criteria sets: retries, edits, drafts and the change feed', () => {
  it('replays a repeated key for create and adopt, and refuses a stale version', async () => {
    const input = criteriaInput({ crop: 'PEPPER', idempotencyKey: key() });
    const first = await create(input);
    expect((await create(input)).record!.id).toBe(first.record!.id);
    expect(await count(server, 'audit_event', `action = 'createCriteriaSet' AND entity_id = $1`, [rawId(first.record!.id)])).toBe(1);
    const updated = await mutate(server, UPDATE_CRITERIA, { id: first.record!.id, expectedVersion: 1, requiredPractices: ['BIOCHAR'] }, callers.province);
    expect(updated.record).toMatchObject({ requiredPractices: ['BIOCHAR'], version: 2 });
    expect(await failure(server, UPDATE_CRITERIA, { input: { id: first.record!.id, expectedVersion: 1, title: 'x' } }, callers.province)).toMatchObject({
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
    });
    const adoption = { id: first.record!.id, expectedVersion: 2, idempotencyKey: key(), ...decision() };
    const once = await mutate(server, ADOPT_CRITERIA, adoption, callers.province);
    const twice = await mutate(server, ADOPT_CRITERIA, adoption, callers.province);
    expect(twice.record).toEqual(once.record);
    expect(await count(server, 'audit_event', `action = 'adoptCriteriaSet' AND entity_id = $1`, [rawId(first.record!.id)])).toBe(1);
  });

  it('shows drafts to staff only, and sends a deleted draft to syncing clients as a tombstone', async () => {
    const start = await list(server, 'criteriaSets', '', 'id', { first: 1 }, callers.viewer);
    const draft = (await create(criteriaInput({ crop: 'OTHER_ANNUAL' }))).record!;
    expect((await list(server, 'criteriaSets', 'filter: { crop: "OTHER_ANNUAL" }', 'id', {}, {})).nodes).toEqual([]);
    expect((await list(server, 'criteriaSets', 'filter: { crop: "OTHER_ANNUAL" }', 'id', {}, callers.viewer)).nodes).toEqual([{ id: draft.id }]);
    await mutate(server, DELETE_CRITERIA, { id: draft.id, expectedVersion: 1 }, callers.province);
    const feed = await list(server, 'criteriaSets', '', 'id deletedAt', { first: 100, updatedSince: start.syncWatermark }, callers.viewer);
    expect(feed.nodes).toContainEqual({ id: draft.id, deletedAt: expect.any(String) });
  });
});

describe('criteria sets: what target LOW_EMISSION_CRITERIA_SETS counts', () => {
  it('counts per crop the sets adopted by the end of the year and the version in force', async () => {
    const rows = await adoptedCriteriaSetsByCrop(server.database.dataSource.manager, 2028);
    const db = await server.database.dataSource.query(
      `SELECT crop, count(*)::int AS n FROM criteria_set WHERE status <> 'DRAFT' AND deleted_at IS NULL AND decision_date <= '2028-12-31' GROUP BY crop ORDER BY crop`,
    );
    expect(rows.map((r) => [r.crop, r.adoptedSets])).toEqual(db.map((r: { crop: string; n: number }) => [r.crop, r.n]));
    expect(rows.find((r) => r.crop === 'SUGARCANE')).toEqual({ crop: 'SUGARCANE', adoptedSets: 1, versionInForce: 1 });
    expect((await adoptedCriteriaSetsByCrop(server.database.dataSource.manager, 2029)).find((r) => r.crop === 'SUGARCANE')).toEqual({
      crop: 'SUGARCANE',
      adoptedSets: 2,
      versionInForce: 2,
    });
  });
});
