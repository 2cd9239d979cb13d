// Crop plans, conversions, planning reviews and programme integrations (tasks II.1-II.3) over HTTP:
// who may write them, safe retries, versions, tombstones, the audit trail and hostile input.
import { Role } from '../../../src/core/auth/roles';
import { createTestApiKey, createTestUser, unitId } from '../../helpers/principals';
import { TestServer, startTestServer } from '../../helpers/test-server';
import { Callers, HOME_UNIT, OTHER_UNIT, count, createCallers, failure, key, list, mutate, ok, rawId } from '../field-records/fixtures';
import {
  CONVERSION,
  CONVERSION_FIELDS,
  INTEGRATION,
  PLAN,
  PLAN_FIELDS,
  REVIEW,
  conversionInput,
  integrationInput,
  planInput,
  reviewInput,
} from './crop-planning.fixtures';
import { ADOPT_CRITERIA, CREATE_CRITERIA, criteriaInput, decision } from './fixtures';

let server: TestServer;
let callers: Callers;
let department: Record<string, string>;
let otherDepartment: Record<string, string>;
let committee: Record<string, string>;
let planningKey: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  callers = await createCallers(server);
  department = (await createTestUser(server, Role.AGENCY_OFFICER, { agencyCode: 'DAE' })).headers;
  otherDepartment = (await createTestUser(server, Role.AGENCY_OFFICER, { agencyCode: 'DOST' })).headers;
  committee = (await createTestUser(server, Role.AGENCY_OFFICER, { agencyCode: `PC-${HOME_UNIT}` })).headers;
  planningKey = (await createTestApiKey(server, { scopes: ['crop-planning:write'], administrativeUnitIds: [await unitId(server, HOME_UNIT)] })).headers;
});
afterAll(async () => {
  await server.stop();
});

const createPlan = (input: Record<string, unknown>, headers: Record<string, string>) => mutate(server, PLAN.create, input, headers);
let nextYear = 2026;
/** A plan of a crop and year no other test uses. */
const freshPlan = (overrides: Record<string, unknown> = {}) => planInput({ crop: 'OTHER_ANNUAL', year: nextYear++ > 2035 ? 2035 : nextYear - 1, ...overrides });

describe('crop plans: who may write them', () => {
  it('lets the commune officer, a key bound to the commune and the lead department write the commune plan', async () => {
    const byOfficer = await createPlan(planInput({ crop: 'PEPPER', year: 2026 }), callers.homeOfficer);
    expect(byOfficer.userErrors).toEqual([]);
    expect(byOfficer.record).toMatchObject({
      crop: 'PEPPER',
      year: 2026,
      plannedAreaHa: 1250.5,
      version: 1,
      deletedAt: null,
      administrativeUnit: { code: HOME_UNIT },
    });
    expect((await createPlan(planInput({ crop: 'pepper', year: 2027 }), planningKey)).record).toMatchObject({ crop: 'PEPPER' });
    expect((await createPlan(planInput({ crop: 'PEPPER', year: 2028, administrativeUnitCode: OTHER_UNIT }), department)).record).toMatchObject({
      administrativeUnit: { code: OTHER_UNIT },
    });
  });

  it('refuses another commune, a key of another commune, a viewer and agencies that do not lead II.2', async () => {
    expect(await failure(server, PLAN.create, { input: planInput() }, callers.otherOfficer)).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'OUT_OF_SCOPE',
      field: 'input.administrativeUnitCode',
    });
    expect(await failure(server, PLAN.create, { input: planInput({ administrativeUnitCode: OTHER_UNIT }) }, planningKey)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await failure(server, PLAN.create, { input: planInput() }, callers.viewer)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_PERMITTED' });
    // The Department of Science and Technology and the commune's People's Committee do not lead II.2.
    expect(await failure(server, PLAN.create, { input: planInput() }, otherDepartment)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_PERMITTED' });
    expect(await failure(server, PLAN.create, { input: planInput() }, committee)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_PERMITTED' });
    const { record } = await createPlan(freshPlan(), callers.homeOfficer);
    for (const headers of [callers.otherOfficer, otherDepartment]) {
      expect(await failure(server, PLAN.update, { input: { id: record!.id, expectedVersion: 1, plannedAreaHa: 1 } }, headers)).toMatchObject({
        code: 'FORBIDDEN',
      });
      expect(await failure(server, PLAN.delete, { input: { id: record!.id, expectedVersion: 1 } }, headers)).toMatchObject({ code: 'FORBIDDEN' });
    }
    const [row] = await server.database.dataSource.query('SELECT version, deleted_at FROM crop_plan WHERE id = $1', [rawId(record!.id)]);
    expect(row).toEqual({ version: 1, deleted_at: null });
  });

  it('refuses forged and foreign IDs without telling anything', async () => {
    const pilotId = Buffer.from('PilotModel:00000000-0000-4000-8000-000000000000').toString('base64');
    const missing = Buffer.from('CropPlan:00000000-0000-4000-8000-000000000000').toString('base64');
    expect(await failure(server, PLAN.update, { input: { id: pilotId, expectedVersion: 1 } }, callers.province)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.id',
      reason: 'INVALID_ID',
    });
    expect(await failure(server, PLAN.update, { input: { id: 'Q3JvcFBsYW46bm90LWEtdXVpZA==', expectedVersion: 1 } }, callers.province)).toMatchObject({
      reason: 'INVALID_ID',
    });
    expect(await failure(server, PLAN.delete, { input: { id: missing, expectedVersion: 1 } }, callers.province)).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('crop plans: retries, versions, tombstones and the audit trail', () => {
  it('answers a repeated idempotency key with the first plan and writes once; other data under the key is a CONFLICT', async () => {
    const input = { ...freshPlan(), idempotencyKey: key() };
    const results = await Promise.all([createPlan(input, callers.homeOfficer), createPlan(input, callers.homeOfficer)]);
    const again = await createPlan(input, callers.homeOfficer);
    expect(new Set([...results, again].map((r) => r.record!.id)).size).toBe(1);
    const id = rawId(again.record!.id);
    expect(await count(server, 'crop_plan', 'id = $1', [id])).toBe(1);
    expect(await count(server, 'audit_event', `action = 'createCropPlan' AND entity_id = $1`, [id])).toBe(1);
    expect(await failure(server, PLAN.create, { input: { ...input, plannedAreaHa: 7 } }, callers.homeOfficer)).toMatchObject({
      code: 'CONFLICT',
      reason: 'IDEMPOTENCY_KEY_REUSED',
    });
  });

  it('keeps one live plan per commune, crop and year, and frees the slot when it is deleted', async () => {
    const input = freshPlan();
    const first = await createPlan(input, callers.homeOfficer);
    const second = await createPlan({ ...input, plannedAreaHa: 3 }, callers.province);
    expect(second).toEqual({ record: null, userErrors: [expect.objectContaining({ field: ['input', 'crop'], code: 'TAKEN' })] });
    await mutate(server, PLAN.delete, { id: first.record!.id, expectedVersion: 1 }, callers.homeOfficer);
    expect((await createPlan({ ...input, plannedAreaHa: 3 }, callers.province)).record).toMatchObject({ plannedAreaHa: 3, version: 1 });
  });

  it('updates the version it was made on, refuses a stale one, and audits before and after', async () => {
    const { record } = await createPlan(freshPlan(), callers.homeOfficer);
    const updated = await mutate(server, PLAN.update, { id: record!.id, expectedVersion: 1, plannedAreaHa: 900, note: 'Điều chỉnh' }, callers.homeOfficer);
    expect(updated.record).toMatchObject({ plannedAreaHa: 900, plannedYieldTonnesPerHa: 3.2, note: 'Điều chỉnh', version: 2 });
    expect(await failure(server, PLAN.update, { input: { id: record!.id, expectedVersion: 1, plannedAreaHa: 1 } }, callers.province)).toMatchObject({
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
      currentVersion: 2,
    });
    const cleared = await mutate(server, PLAN.update, { id: record!.id, expectedVersion: 2, plannedYieldTonnesPerHa: null }, callers.homeOfficer);
    expect(cleared.record).toMatchObject({ plannedYieldTonnesPerHa: null, plannedAreaHa: 900, version: 3 });
    const [audit] = await server.database.dataSource.query(
      `SELECT changes, actor_type FROM audit_event WHERE action = 'updateCropPlan' AND entity_id = $1 ORDER BY sequence LIMIT 1`,
      [rawId(record!.id)],
    );
    expect(audit.actor_type).toBe('USER');
    expect(audit.changes.plannedAreaHa).toEqual({ before: 1250.5, after: 900 });
  });

  it('deletes softly: live lists leave it out, the change feed returns the tombstone, a repeated delete returns it again', async () => {
    const { record } = await createPlan(freshPlan(), callers.homeOfficer);
    const since = (await list(server, 'cropPlans', '', 'id', { first: 1 }, callers.viewer)).syncWatermark;
    const deleted = await mutate(server, PLAN.delete, { id: record!.id, expectedVersion: 1 }, callers.homeOfficer);
    expect(deleted.record).toMatchObject({ version: 2, deletedAt: expect.any(String) });
    expect((await mutate(server, PLAN.delete, { id: record!.id, expectedVersion: 1 }, callers.homeOfficer)).record).toEqual(deleted.record);
    const live = await list(server, 'cropPlans', `filter: { administrativeUnitCode: "${HOME_UNIT}" }`, 'id', { first: 100 }, callers.viewer);
    expect(live.nodes.map((n) => n.id)).not.toContain(record!.id);
    const feed = await list(server, 'cropPlans', '', PLAN_FIELDS, { first: 100, updatedSince: since }, callers.viewer);
    expect(feed.nodes.find((n) => n.id === record!.id)).toMatchObject({ deletedAt: deleted.record!.deletedAt, version: 2, plannedAreaHa: 1250.5 });
    expect(await failure(server, PLAN.update, { input: { id: record!.id, expectedVersion: 2, note: 'x' } }, callers.homeOfficer)).toMatchObject({
      code: 'CONFLICT',
      reason: 'DELETED',
    });
    expect(await count(server, 'audit_event', `action = 'deleteCropPlan' AND entity_id = $1`, [rawId(record!.id)])).toBe(1);
  });

  it('filters by unit, crop and year, and lists in a constant number of SQL statements', async () => {
    const unit = '24163';
    for (const crop of ['RICE', 'MAIZE', 'CASSAVA']) await createPlan(planInput({ administrativeUnitCode: unit, crop, year: 2030 }), callers.province);
    const query = (filter: string) =>
      list(server, 'cropPlans', `filter: { administrativeUnitCode: "${unit}"${filter} }`, 'crop year', { first: 10 }, callers.viewer);
    expect((await query('')).totalCount).toBe(3);
    expect((await query(', crop: "maize"')).nodes).toEqual([{ crop: 'MAIZE', year: 2030 }]);
    expect((await query(', year: 2031')).totalCount).toBe(0);
    const fields = `${PLAN_FIELDS}`;
    await list(server, 'cropPlans', '', fields, { first: 1 }, callers.viewer);
    const one = server.lastSqlStatements();
    await list(server, 'cropPlans', '', fields, { first: 50 }, callers.viewer);
    expect(server.lastSqlStatements()).toBe(one);
  });
});

describe('crop plans: hostile input', () => {
  it.each([
    [{ plannedAreaHa: 0 }, 'input.plannedAreaHa', ['NOT_POSITIVE', 'TOO_SMALL']],
    [{ plannedAreaHa: 1e12 }, 'input.plannedAreaHa', ['TOO_LARGE']],
    [{ plannedAreaHa: -5 }, 'input.plannedAreaHa', ['NEGATIVE', 'NOT_POSITIVE', 'TOO_SMALL']],
    [{ plannedYieldTonnesPerHa: 5000 }, 'input.plannedYieldTonnesPerHa', ['TOO_LARGE']],
    [{ plannedProductionTonnes: 1e300 }, 'input.plannedProductionTonnes', ['TOO_LARGE']],
    [{ year: 2025 }, 'input.year', ['OUTSIDE_PLAN_PERIOD']],
    [{ year: 99999 }, 'input.year', ['TOO_LARGE']],
    [{ crop: 'TEA' }, 'input.crop', ['UNKNOWN_CROP']],
    [{ crop: 'COF\u0000FEE' }, 'input.crop', ['INVALID_CHARACTERS']],
    [{ note: 'a\u0000b' }, 'input.note', ['INVALID_CHARACTERS']],
    [{ administrativeUnitCode: '66' }, 'input.administrativeUnitCode', ['UNKNOWN_UNIT']],
    [{ administrativeUnitCode: '99999' }, 'input.administrativeUnitCode', ['UNKNOWN_UNIT']],
  ])('refuses %j with BAD_USER_INPUT on %s and writes nothing', async (change, field, reasons) => {
    const before = await count(server, 'crop_plan');
    const error = await failure(server, PLAN.create, { input: planInput({ crop: 'MAIZE', year: 2035, ...change }) }, callers.province);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(reasons).toContain(error.reason);
    expect(await count(server, 'crop_plan')).toBe(before);
  });

  it('refuses a note over 10,000 characters', async () => {
    expect(await failure(server, PLAN.create, { input: planInput({ note: 'x'.repeat(10_001) }) }, callers.province)).toMatchObject({
      field: 'input.note',
      reason: 'TOO_LONG',
    });
  });
});

describe('crop conversions', () => {
  it('derives whether the new crop is perennial from the crop catalogue and refuses a contradiction', async () => {
    const toDurian = await mutate(server, CONVERSION.create, conversionInput({ idempotencyKey: key() }), callers.homeOfficer);
    expect(toDurian.record).toMatchObject({ fromCrop: 'CASSAVA', toCrop: 'DURIAN', toCropPerennial: true, status: 'PLANNED', areaHa: 12.5 });
    const toMaize = await mutate(server, CONVERSION.create, conversionInput({ fromCrop: 'RICE', toCrop: 'maize', status: 'DONE' }), callers.homeOfficer);
    expect(toMaize.record).toMatchObject({ toCrop: 'MAIZE', toCropPerennial: false, status: 'DONE' });
    expect(await failure(server, CONVERSION.create, { input: conversionInput({ toCropPerennial: false }) }, callers.homeOfficer)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.toCropPerennial',
      reason: 'CONTRADICTS_CROP',
    });
    expect(await failure(server, CONVERSION.create, { input: conversionInput({ toCrop: 'CASSAVA' }) }, callers.homeOfficer)).toMatchObject({
      field: 'input.toCrop',
      reason: 'SAME_CROP',
    });
    // Changing the new crop recomputes the flag; a change back to the crop given up is refused.
    const changed = await mutate(server, CONVERSION.update, { id: toDurian.record!.id, expectedVersion: 1, toCrop: 'SUGARCANE' }, callers.homeOfficer);
    expect(changed.record).toMatchObject({ toCrop: 'SUGARCANE', toCropPerennial: false, version: 2 });
    expect(
      await failure(server, CONVERSION.update, { input: { id: toDurian.record!.id, expectedVersion: 2, fromCrop: 'SUGARCANE' } }, callers.homeOfficer),
    ).toMatchObject({ reason: 'SAME_CROP' });
  });

  it('is scoped to the commune, filters by crop, status and perennial, and feeds deletions', async () => {
    expect(await failure(server, CONVERSION.create, { input: conversionInput() }, callers.otherOfficer)).toMatchObject({ code: 'FORBIDDEN' });
    const unit = '24163';
    const since = (await list(server, 'cropConversions', '', 'id', { first: 1 }, callers.viewer)).syncWatermark;
    const a = await mutate(server, CONVERSION.create, conversionInput({ administrativeUnitCode: unit, toCrop: 'COFFEE', status: 'DONE' }), callers.province);
    await mutate(server, CONVERSION.create, conversionInput({ administrativeUnitCode: unit, fromCrop: 'COFFEE', toCrop: 'DURIAN' }), callers.province);
    const query = (filter: string) =>
      list(server, 'cropConversions', `filter: { administrativeUnitCode: "${unit}"${filter} }`, 'fromCrop toCrop', { first: 10 }, callers.viewer);
    expect((await query(', crop: "COFFEE"')).totalCount).toBe(2);
    expect((await query(', toCrop: "COFFEE", status: DONE')).nodes).toEqual([{ fromCrop: 'CASSAVA', toCrop: 'COFFEE' }]);
    expect((await query(', toCropPerennial: true')).totalCount).toBe(2);
    await mutate(server, CONVERSION.delete, { id: a.record!.id, expectedVersion: 1 }, callers.province);
    expect((await query('')).totalCount).toBe(1);
    const feed = await list(server, 'cropConversions', '', CONVERSION_FIELDS, { first: 100, updatedSince: since }, callers.viewer);
    expect(feed.nodes.find((n) => n.id === a.record!.id)).toMatchObject({ deletedAt: expect.any(String), toCrop: 'COFFEE' });
  });
});

describe('planning reviews (II.1)', () => {
  it("lets a commune's People's Committee (a lead of II.1 through the group) and officer record the commune's reviews", async () => {
    const byCommittee = await mutate(server, REVIEW.create, reviewInput(), committee);
    expect(byCommittee.userErrors).toEqual([]);
    expect(byCommittee.record).toMatchObject({ planLevel: 'COMMUNE', administrativeUnit: { code: HOME_UNIT }, proposals: reviewInput().proposals });
    expect((await mutate(server, REVIEW.create, reviewInput(), callers.homeOfficer)).userErrors).toEqual([]);
    expect(await failure(server, REVIEW.create, { input: reviewInput({ administrativeUnitCode: OTHER_UNIT }) }, committee)).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('leaves provincial plans to province-wide callers, and records the decision', async () => {
    const provincial = reviewInput({
      planLevel: 'PROVINCIAL',
      administrativeUnitCode: null,
      planKind: 'AGRICULTURE_DEVELOPMENT',
      planReference: 'Quyết định số 1747/QĐ-TTg',
      decisionNumber: 'Quyết định số 123/QĐ-UBND',
      decisionDate: '2026-04-02',
      decisionBody: 'UBND tỉnh Đắk Lắk',
    });
    expect(await failure(server, REVIEW.create, { input: provincial }, callers.homeOfficer)).toMatchObject({ code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE' });
    const { record } = await mutate(server, REVIEW.create, provincial, department);
    expect(record).toMatchObject({
      planLevel: 'PROVINCIAL',
      administrativeUnit: { code: '66' },
      decisionDate: '2026-04-02',
      decisionBody: 'UBND tỉnh Đắk Lắk',
    });
    const decided = await list(server, 'planningReviews', 'filter: { planLevel: PROVINCIAL, decided: true, year: 2026 }', 'id', { first: 10 }, callers.viewer);
    expect(decided.nodes.map((n) => n.id)).toContain(record!.id);
  });

  it.each([
    [{ reviewedOn: '2026-02-30' }, 'input.reviewedOn', 'INVALID_DATE'],
    [{ reviewedOn: '2035-12-31' }, 'input.reviewedOn', 'IN_FUTURE'],
    [{ reviewedOn: '2025-12-31' }, 'input.reviewedOn', 'OUTSIDE_PLAN_PERIOD'],
    [{ decisionNumber: '12/QĐ-UBND' }, 'input.decisionDate', 'REQUIRED'],
    [{ decisionDate: '2026-05-01' }, 'input.decisionNumber', 'REQUIRED'],
    [{ decisionNumber: '12/QĐ-UBND', decisionDate: '2026-03-01' }, 'input.decisionDate', 'BEFORE_REVIEW'],
    [{ findings: '   ' }, 'input.findings', 'REQUIRED'],
    [{ proposals: ['ok', ''] }, 'input.proposals[1]', 'REQUIRED'],
    [{ planTitle: 'x\u0000' }, 'input.planTitle', 'INVALID_CHARACTERS'],
    [{ administrativeUnitCode: null }, 'input.administrativeUnitCode', 'REQUIRED'],
  ])('refuses %j on %s', async (change, field, reason) => {
    expect(await failure(server, REVIEW.create, { input: reviewInput(change) }, callers.province)).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
  });
});

describe('programme integrations (II.3)', () => {
  it('are province-wide: the lead department writes them, communes and other departments may not', async () => {
    const { record, userErrors } = await mutate(server, INTEGRATION.create, integrationInput({ idempotencyKey: key() }), department);
    expect(userErrors).toEqual([]);
    expect(record).toMatchObject({ administrativeUnit: { code: '66' }, ownerAgency: { code: 'DAE' }, status: 'PLANNED', startYear: 2026, endYear: 2030 });
    expect(await failure(server, INTEGRATION.create, { input: integrationInput() }, callers.homeOfficer)).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'OUT_OF_SCOPE',
    });
    expect(await failure(server, INTEGRATION.create, { input: integrationInput() }, otherDepartment)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await failure(server, INTEGRATION.create, { input: integrationInput() }, planningKey)).toMatchObject({ code: 'FORBIDDEN' });
    const updated = await mutate(server, INTEGRATION.update, { id: record!.id, expectedVersion: 1, status: 'INTEGRATED', criteria: ['AWD'] }, callers.province);
    expect(updated.record).toMatchObject({ status: 'INTEGRATED', criteria: ['AWD'], version: 2 });
    const running = await list(
      server,
      'programmeIntegrations',
      'filter: { year: 2029, status: INTEGRATED, ownerAgencyCode: "DAE" }',
      'id',
      { first: 10 },
      callers.viewer,
    );
    expect(running.nodes.map((n) => n.id)).toContain(record!.id);
  });

  it('keeps programme codes unique among live records and checks the years, criteria and owner', async () => {
    const input = integrationInput();
    await mutate(server, INTEGRATION.create, input, callers.province);
    expect((await mutate(server, INTEGRATION.create, input, callers.province)).userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'programmeCode'], code: 'TAKEN' }),
    ]);
    const refusals: [Record<string, unknown>, string, string][] = [
      [{ startYear: 2030, endYear: 2028 }, 'input.endYear', 'END_BEFORE_START'],
      [{ endYear: 2036 }, 'input.endYear', 'OUTSIDE_PLAN_PERIOD'],
      [{ criteria: [] }, 'input.criteria', 'REQUIRED'],
      [{ ownerAgencyCode: 'NOPE' }, 'input.ownerAgencyCode', 'UNKNOWN_AGENCY'],
    ];
    for (const [change, field, reason] of refusals) {
      expect(await failure(server, INTEGRATION.create, { input: integrationInput(change) }, callers.province)).toMatchObject({ field, reason });
    }
  });
});

describe('programme integrations and criteria sets', () => {
  it('name an ADOPTED criteria set the programme applies, refuse a draft or a forged one, and clear it with null', async () => {
    const READ = `query($id: ID!) { node(id: $id) { ... on ProgrammeIntegration { criteriaSet { id status crop } } } }`;
    const draft = (await mutate(server, CREATE_CRITERIA, criteriaInput(), callers.province)).record!;
    expect(await failure(server, INTEGRATION.create, { input: integrationInput({ criteriaSetId: draft.id }) }, callers.province)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.criteriaSetId',
      reason: 'NOT_ADOPTED',
    });
    const forged = Buffer.from('CriteriaSet:00000000-0000-4000-8000-000000000000').toString('base64');
    expect(await failure(server, INTEGRATION.create, { input: integrationInput({ criteriaSetId: forged }) }, callers.province)).toMatchObject({
      field: 'input.criteriaSetId',
      reason: 'NOT_FOUND',
    });
    const adopted = await mutate(server, ADOPT_CRITERIA, { id: draft.id, expectedVersion: 1, ...decision('2026-06-01') }, callers.province);
    expect(adopted.userErrors).toEqual([]);
    const { record, userErrors } = await mutate(server, INTEGRATION.create, integrationInput({ criteriaSetId: draft.id }), department);
    expect(userErrors).toEqual([]);
    const [row] = await server.database.dataSource.query('SELECT criteria_set_id AS id FROM programme_integration WHERE id = $1', [rawId(record!.id)]);
    expect(row.id).toBe(rawId(draft.id));
    expect((await ok<{ node: unknown }>(server, READ, { id: record!.id }, callers.viewer)).node).toEqual({
      criteriaSet: { id: draft.id, status: 'ADOPTED', crop: 'COFFEE' },
    });
    const cleared = await mutate(server, INTEGRATION.update, { id: record!.id, expectedVersion: 1, criteriaSetId: null }, department);
    expect(cleared.userErrors).toEqual([]);
    expect((await ok<{ node: unknown }>(server, READ, { id: record!.id }, callers.viewer)).node).toEqual({ criteriaSet: null });
  });
});

describe('node(id)', () => {
  it('fetches every register type for its readers', async () => {
    const plan = (await createPlan(freshPlan(), callers.homeOfficer)).record!;
    const data = await ok<{ node: { id: string; plannedAreaHa: number } }>(
      server,
      'query($id: ID!) { node(id: $id) { id ... on CropPlan { plannedAreaHa } } }',
      { id: plan.id },
      callers.viewer,
    );
    expect(data.node).toEqual({ id: plan.id, plannedAreaHa: 1250.5 });
  });
});
