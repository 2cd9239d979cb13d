// Carbon credit projects (VI.4): projects over communes, monitoring periods estimated by the engine
// from the communes' BASELINE and ACTUAL records, verified by the province, and issuances that never
// exceed verified minus buffer (even when sent in parallel) and whose serial ranges never overlap.
import { Role } from '../../../src/core/auth/roles';
import { HOME_UNIT, OTHER_UNIT, createTestUser } from '../../helpers/principals';
import { TestServer, startTestServer } from '../../helpers/test-server';
import { IMPORT } from '../emissions/fixtures';
import { CREATE_ORGANISATION, Callers, count, createCallers, failure, key, list, mutate, ok, organisationInput, rawId } from '../registers/fixtures';

let server: TestServer;
let callers: Callers;
let dae: Record<string, string>;
let doit: Record<string, string>;
let org: string;
const recordIds: Record<string, string> = {};

/** A paddy field with nothing but its water regime: the scenarios differ only in rice methane. */
const paddy = (waterRegime: string) => ({
  cropCode: 'RICE',
  areaHa: 10,
  rice: { waterRegime, preSeason: 'NON_FLOODED_SHORT', cultivationDays: 100 },
});
const row = (externalId: string, unitCode: string, year: number, scenario: string, waterRegime: string) => ({
  externalId,
  administrativeUnitCode: unitCode,
  year,
  scenario,
  activity: paddy(waterRegime),
});

beforeAll(async () => {
  server = await startTestServer();
  callers = await createCallers(server);
  dae = (await createTestUser(server, Role.AGENCY_OFFICER, { agencyCode: 'DAE' })).headers;
  doit = (await createTestUser(server, Role.AGENCY_OFFICER, { agencyCode: 'DOIT' })).headers;
  org = (await mutate(server, CREATE_ORGANISATION, organisationInput(), callers.province)).record!.id;
  const rows = [
    row('b-2028', HOME_UNIT, 2028, 'BASELINE', 'CONTINUOUSLY_FLOODED'),
    row('a-2028', HOME_UNIT, 2028, 'ACTUAL', 'MULTIPLE_DRAINAGE'),
    row('b-2029', HOME_UNIT, 2029, 'BASELINE', 'CONTINUOUSLY_FLOODED'),
    row('a-2029', HOME_UNIT, 2029, 'ACTUAL', 'MULTIPLE_DRAINAGE'),
    row('a-2030', HOME_UNIT, 2030, 'ACTUAL', 'MULTIPLE_DRAINAGE'), // outside the period
    row('other-b-2028', OTHER_UNIT, 2028, 'BASELINE', 'CONTINUOUSLY_FLOODED'), // not a project commune
  ];
  const imported = await ok<{ importActivityRecords: { records: { id: string; externalId: string }[] } }>(
    server,
    IMPORT,
    { input: { records: rows } },
    callers.province,
  );
  for (const r of imported.importActivityRecords.records) recordIds[r.externalId] = r.id;
  expect(Object.keys(recordIds)).toHaveLength(6);
});
afterAll(async () => {
  await server.stop();
});

const PROJECT_FIELDS =
  'id name standard methodology areaHa creditingFrom creditingTo bufferPercent status communes { code } organisations { id } version deletedAt';
const CREATE_PROJECT = `mutation($input: CreateCarbonProjectInput!) { createCarbonProject(input: $input) { carbonProject { ${PROJECT_FIELDS} } userErrors { field code } } }`;
const UPDATE_PROJECT = `mutation($input: UpdateCarbonProjectInput!) { updateCarbonProject(input: $input) { carbonProject { ${PROJECT_FIELDS} } userErrors { field code } } }`;
const DELETE_PROJECT = `mutation($input: DeleteRecordInput!) { deleteCarbonProject(input: $input) { carbonProject { ${PROJECT_FIELDS} } userErrors { field code } } }`;
const PERIOD_FIELDS =
  'id fromYear toYear baselineRecords actualRecords baselineCo2eKg actualCo2eKg estimatedTco2e factorSetCode gwpSet climateZone method status verifiedTco2e version project { id }';
const ESTIMATE = `mutation($input: EstimateCarbonMonitoringPeriodInput!) { estimateCarbonMonitoringPeriod(input: $input) { carbonMonitoringPeriod { ${PERIOD_FIELDS} } userErrors { field code } } }`;
const VERIFY = `mutation($input: VerifyCarbonMonitoringPeriodInput!) { verifyCarbonMonitoringPeriod(input: $input) { carbonMonitoringPeriod { ${PERIOD_FIELDS} } userErrors { field code } } }`;
const ISSUANCE_FIELDS = 'id vintage quantity registry serialStart serialEnd issuedOn project { id name }';
const ISSUE = `mutation($input: RecordCreditIssuanceInput!) { recordCreditIssuance(input: $input) { creditIssuance { ${ISSUANCE_FIELDS} } userErrors { field code } } }`;

const project = (overrides: Record<string, unknown> = {}) => ({
  name: 'Lúa AWD Đắk Lắk',
  standard: 'VCS_VM0042',
  methodology: 'VM0042 v2.1',
  communeCodes: [HOME_UNIT],
  organisationIds: [org],
  areaHa: 20,
  creditingFrom: '2028-01-01',
  creditingTo: '2037-12-31',
  bufferPercent: '12.5',
  ...overrides,
});

/** A project with one verified period of `verified` t CO2e, ready for issuances. */
async function verifiedProject(verified: string, buffer: string): Promise<string> {
  const created = (await mutate(server, CREATE_PROJECT, project({ bufferPercent: buffer }), dae)).record!;
  const period = (await mutate(server, ESTIMATE, { projectId: created.id, fromYear: 2028, toYear: 2029 }, dae)).record!;
  const done = await mutate(server, VERIFY, { id: period.id, expectedVersion: 1, verifiedTco2e: verified }, callers.province);
  expect(done.record).toMatchObject({ status: 'VERIFIED' });
  expect(Number(done.record!.verifiedTco2e)).toBe(Number(verified));
  return created.id;
}

let serial = 1_000_000;
/** A fresh serial range of `quantity` credits in registry VERRA. */
const issuance = (projectId: string, quantity: number, overrides: Record<string, unknown> = {}) => {
  const start = serial;
  serial += quantity + 10;
  return {
    projectId,
    vintage: 2028,
    quantity,
    registry: 'VERRA',
    serialStart: `VCS-4471-2028-${start}-A`,
    serialEnd: `VCS-4471-2028-${start + quantity - 1}-A`,
    issuedOn: '2026-11-20',
    ...overrides,
  };
};

describe('carbon projects', () => {
  it('are written by the province and the lead of VI.4, once per key, at the version edited, with tombstones and audit', async () => {
    expect(await failure(server, CREATE_PROJECT, { input: project() }, doit)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_LEAD_AGENCY' });
    expect(await failure(server, CREATE_PROJECT, { input: project() }, callers.homeOfficer)).toMatchObject({ code: 'FORBIDDEN' });
    const input = project({ idempotencyKey: key() });
    const first = await mutate(server, CREATE_PROJECT, input, dae);
    expect(first.userErrors).toEqual([]);
    expect(first.record).toMatchObject({ status: 'IDEA', bufferPercent: '12.50', communes: [{ code: HOME_UNIT }], organisations: [{ id: org }], version: 1 });
    expect((await mutate(server, CREATE_PROJECT, input, dae)).record!.id).toBe(first.record!.id);
    const updated = await mutate(server, UPDATE_PROJECT, { id: first.record!.id, expectedVersion: 1, bufferPercent: '100', methodology: null }, dae);
    expect(updated.record).toMatchObject({ bufferPercent: '100.00', methodology: null, version: 2 });
    expect(await failure(server, UPDATE_PROJECT, { input: { id: first.record!.id, expectedVersion: 1, name: 'x' } }, dae)).toMatchObject({ code: 'CONFLICT' });

    const since = new Date(Date.now() - 60_000).toISOString();
    await mutate(server, DELETE_PROJECT, { id: first.record!.id, expectedVersion: 2 }, callers.province);
    const feed = await list(server, 'carbonProjects', '', 'id deletedAt', { updatedSince: since }, callers.viewer);
    expect(feed.nodes.find((n) => n.id === first.record!.id)).toMatchObject({ deletedAt: expect.any(String) });
    expect((await list(server, 'carbonProjects', '', 'id', {}, callers.viewer)).nodes.map((n) => n.id)).not.toContain(first.record!.id);
    expect(await count(server, 'audit_event', `entity_type = 'CarbonProject' AND entity_id = $1`, [rawId(first.record!.id)])).toBe(3);
  });

  it('refuse bad buffers, periods, communes and organisations with the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ bufferPercent: '100.01' }, 'input.bufferPercent'],
      [{ bufferPercent: '-1' }, 'input.bufferPercent'],
      [{ bufferPercent: '1e1' }, 'input.bufferPercent'],
      [{ bufferPercent: '10.005' }, 'input.bufferPercent'],
      [{ creditingTo: '2028-01-01' }, 'input.creditingTo'],
      [{ creditingFrom: '2028-02-30' }, 'input.creditingFrom'],
      [{ communeCodes: [] }, 'input.communeCodes'],
      [{ communeCodes: [HOME_UNIT, '99999'] }, 'input.communeCodes[1]'],
      [{ communeCodes: ['66'] }, 'input.communeCodes[0]'], // the province is not a commune
      [{ organisationIds: [Buffer.from('Organisation:00000000-0000-4000-8000-000000000000').toString('base64')] }, 'input.organisationIds[0]'],
      [{ areaHa: 0 }, 'input.areaHa'],
      [{ name: 'x\u0000' }, 'input.name'],
    ];
    for (const [overrides, field] of cases) {
      expect([overrides, await failure(server, CREATE_PROJECT, { input: project(overrides) }, dae)]).toMatchObject([
        overrides,
        { code: 'BAD_USER_INPUT', field },
      ]);
    }
  });

  it('move one status forward at a time: skipping, going back and moving past ISSUED are refused', async () => {
    const { id } = (await mutate(server, CREATE_PROJECT, project(), dae)).record!;
    let version = 1;
    const move = (status: string) => mutate(server, UPDATE_PROJECT, { id, expectedVersion: version, status }, dae);
    expect(await failure(server, UPDATE_PROJECT, { input: { id, expectedVersion: 1, status: 'VALIDATED' } }, dae)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.status',
      reason: 'INVALID_TRANSITION',
      allowed: ['PDD_DRAFTED'],
    });
    for (const status of ['PDD_DRAFTED', 'VALIDATED', 'REGISTERED', 'MONITORING', 'VERIFIED', 'ISSUED']) {
      expect((await move(status)).record).toMatchObject({ status, version: version + 1 });
      version += 1;
      if (status === 'VALIDATED') {
        expect(await failure(server, UPDATE_PROJECT, { input: { id, expectedVersion: version, status: 'IDEA' } }, dae)).toMatchObject({
          reason: 'INVALID_TRANSITION',
        });
      }
    }
    expect(await failure(server, UPDATE_PROJECT, { input: { id, expectedVersion: version, status: 'MONITORING' } }, dae)).toMatchObject({
      reason: 'INVALID_TRANSITION',
      allowed: [],
    });
    expect(await count(server, 'audit_event', `entity_type = 'CarbonProject' AND entity_id = $1`, [rawId(id)])).toBe(7);
  });
});

describe('monitoring periods', () => {
  it("estimate BASELINE − ACTUAL of the project's communes and years, as a hand calculation gives", async () => {
    const { id } = (await mutate(server, CREATE_PROJECT, project(), dae)).record!;
    const estimated = await mutate(server, ESTIMATE, { projectId: id, fromYear: 2028, toYear: 2029 }, dae);
    expect(estimated.userErrors).toEqual([]);
    // IPCC 2019R Eq 5.1/5.2: CH4 (kg) = EF_c × SF_w × SF_p × SF_o × t × A, with EF_c 1.22 kg CH4/ha/d (South-East Asia),
    // SF_p 1 (non-flooded pre-season < 180 d), SF_o 1 (no amendments), t 100 days, A 10 ha; CO2e = CH4 × 28 (AR5).
    const ch4 = (sfw: number) => 1.22 * sfw * 1 * 1 * 100 * 10;
    const baselineKg = 2 * ch4(1.0) * 28; // two BASELINE years, continuously flooded (SF_w 1.00)
    const actualKg = 2 * ch4(0.55) * 28; // two ACTUAL years, multiple drainage / AWD (SF_w 0.55)
    const period = estimated.record!;
    expect(period).toMatchObject({
      fromYear: 2028,
      toYear: 2029,
      baselineRecords: 2,
      actualRecords: 2,
      factorSetCode: 'IPCC2019',
      gwpSet: 'AR5',
      status: 'ESTIMATED',
    });
    expect(period.baselineCo2eKg as number).toBeCloseTo(baselineKg, 3);
    expect(period.actualCo2eKg as number).toBeCloseTo(actualKg, 3);
    expect(Number(period.estimatedTco2e)).toBeCloseTo((baselineKg - actualKg) / 1000, 3); // 30.744 t
    expect(period.estimatedTco2e).toBe('30.744');
    expect(period.method).toEqual(expect.any(String));
    const [stored] = await server.database.dataSource.query(`SELECT activity_record_ids FROM carbon_monitoring_period WHERE id = $1`, [rawId(period.id)]);
    expect(new Set(stored.activity_record_ids)).toEqual(new Set(['b-2028', 'a-2028', 'b-2029', 'a-2029'].map((e) => rawId(recordIds[e]))));
  });

  it('use only the linked records when given, and refuse records of other communes or years', async () => {
    const { id } = (await mutate(server, CREATE_PROJECT, project(), dae)).record!;
    const linked = await mutate(
      server,
      ESTIMATE,
      { projectId: id, fromYear: 2028, toYear: 2029, activityRecordIds: [recordIds['b-2028'], recordIds['a-2028']] },
      dae,
    );
    expect(linked.record).toMatchObject({ baselineRecords: 1, actualRecords: 1, estimatedTco2e: '15.372' }); // 1.22 × 0.45 × 1000 × 28 / 1000
    for (const [externalId, at] of [
      ['other-b-2028', 1],
      ['a-2030', 1],
    ] as const) {
      expect(
        await failure(
          server,
          ESTIMATE,
          { input: { projectId: id, fromYear: 2028, toYear: 2029, activityRecordIds: [recordIds['b-2028'], recordIds[externalId]] } },
          dae,
        ),
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: `input.activityRecordIds[${at}]`, reason: 'NOT_IN_PROJECT' });
    }
    expect(await failure(server, ESTIMATE, { input: { projectId: id, fromYear: 2030, toYear: 2030 } }, dae)).toMatchObject({ reason: 'NO_ACTIVITY_DATA' });
    expect(await failure(server, ESTIMATE, { input: { projectId: id, fromYear: 2029, toYear: 2028 } }, dae)).toMatchObject({ field: 'input.toYear' });
    expect(await failure(server, ESTIMATE, { input: { projectId: id, fromYear: 2028, toYear: 2028 } }, doit)).toMatchObject({ reason: 'NOT_LEAD_AGENCY' });
  });

  it('are verified by a province officer only, at most at the estimate, once', async () => {
    const { id } = (await mutate(server, CREATE_PROJECT, project(), dae)).record!;
    const period = (await mutate(server, ESTIMATE, { projectId: id, fromYear: 2028, toYear: 2029 }, dae)).record!;
    expect(await failure(server, VERIFY, { input: { id: period.id, expectedVersion: 1, verifiedTco2e: '30' } }, dae)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await failure(server, VERIFY, { input: { id: period.id, expectedVersion: 1, verifiedTco2e: '30.745' } }, callers.province)).toMatchObject({
      field: 'input.verifiedTco2e',
      reason: 'ABOVE_ESTIMATE',
    });
    expect(await failure(server, VERIFY, { input: { id: period.id, expectedVersion: 1, verifiedTco2e: '-1' } }, callers.province)).toMatchObject({
      field: 'input.verifiedTco2e',
    });
    const verified = await mutate(server, VERIFY, { id: period.id, expectedVersion: 1, verifiedTco2e: '30.744' }, callers.province);
    expect(verified.record).toMatchObject({ status: 'VERIFIED', verifiedTco2e: '30.744', version: 2 });
    expect(await failure(server, VERIFY, { input: { id: period.id, expectedVersion: 2, verifiedTco2e: '1' } }, callers.province)).toMatchObject({
      reason: 'ALREADY_VERIFIED',
    });
    const listed = await list(server, 'carbonMonitoringPeriods', `filter: { projectId: "${id}" }`, 'id status', {}, callers.viewer);
    expect(listed.nodes).toEqual([{ id: period.id, status: 'VERIFIED' }]);
  });
});

describe('credit issuances', () => {
  it('never exceed verified minus buffer: exactly at the bound is accepted, one credit over is refused', async () => {
    // 30.744 t verified less a 12.5% buffer = 26.901 t: 26 whole credits.
    const id = await verifiedProject('30.744', '12.5');
    expect(Math.floor((30.744 * (100 - 12.5)) / 100)).toBe(26);
    expect((await mutate(server, ISSUE, issuance(id, 20), dae)).userErrors).toEqual([]);
    const over = await failure(server, ISSUE, { input: issuance(id, 7) }, dae);
    expect(over).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.quantity', reason: 'EXCEEDS_VERIFIED', issuable: '26', issued: '20' });
    const atBound = await mutate(server, ISSUE, issuance(id, 6), dae);
    expect(atBound.userErrors).toEqual([]);
    expect(atBound.record).toMatchObject({ quantity: 6, registry: 'VERRA', project: { id } });
    expect(await failure(server, ISSUE, { input: issuance(id, 1) }, dae)).toMatchObject({ reason: 'EXCEEDS_VERIFIED' });
    const [{ issued }] = await server.database.dataSource.query(`SELECT sum(quantity)::int AS issued FROM credit_issuance WHERE project_id = $1`, [rawId(id)]);
    expect(issued).toBe(26);
  });

  it('are recorded once per idempotency key (a retried request never issues twice), and refuse forged project IDs', async () => {
    const id = await verifiedProject('10', '0');
    const input = { ...issuance(id, 4), idempotencyKey: key() };
    const [a, b] = await Promise.all([mutate(server, ISSUE, input, dae), mutate(server, ISSUE, input, dae)].map((p) => p.catch((e: Error) => e)));
    const ids = [a, b].filter((r): r is Awaited<ReturnType<typeof mutate>> => !(r instanceof Error)).map((r) => r.record?.id);
    expect(ids.length).toBeGreaterThan(0);
    expect((await mutate(server, ISSUE, input, dae)).record!.id).toBe(ids[0]);
    expect(await count(server, 'credit_issuance', 'project_id = $1', [rawId(id)])).toBe(1);
    const forged = [
      Buffer.from(`Organisation:${rawId(id)}`).toString('base64'),
      Buffer.from('CarbonProject:not-a-uuid').toString('base64'),
      'CarbonProject\u0000',
    ];
    for (const projectId of forged) expect(await failure(server, ISSUE, { input: issuance(projectId, 1) }, dae)).toMatchObject({ code: 'BAD_USER_INPUT' });
    const unknown = Buffer.from('CarbonProject:00000000-0000-4000-8000-000000000000').toString('base64');
    expect(await failure(server, ISSUE, { input: issuance(unknown, 1) }, dae)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await failure(server, ISSUE, { input: issuance(id, 1, { quantity: 2 ** 31 }) }, dae)).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('refuse a project with nothing verified, and a 100% buffer issues nothing', async () => {
    const { id } = (await mutate(server, CREATE_PROJECT, project(), dae)).record!;
    expect(await failure(server, ISSUE, { input: issuance(id, 1) }, dae)).toMatchObject({ reason: 'EXCEEDS_VERIFIED', issuable: '0' });
    const full = await verifiedProject('30', '100');
    expect(await failure(server, ISSUE, { input: issuance(full, 1) }, dae)).toMatchObject({ reason: 'EXCEEDS_VERIFIED', issuable: '0' });
  });

  it('cannot be overdrawn by parallel requests: the project row is locked', async () => {
    const id = await verifiedProject('10', '0'); // 10 credits
    const responses = await Promise.all(Array.from({ length: 6 }, () => server.requestText(ISSUE, { input: issuance(id, 3) }, dae)));
    const accepted = responses.filter(
      (r) => !r.errors && (r.data as { recordCreditIssuance: { creditIssuance: unknown } }).recordCreditIssuance.creditIssuance,
    );
    const refused = responses.filter((r) => r.errors?.[0]?.extensions?.reason === 'EXCEEDS_VERIFIED');
    expect(accepted).toHaveLength(3);
    expect(refused).toHaveLength(3);
    const [{ issued }] = await server.database.dataSource.query(`SELECT sum(quantity)::int AS issued FROM credit_issuance WHERE project_id = $1`, [rawId(id)]);
    expect(issued).toBe(9);
  });

  it('never overlap serial ranges within a registry, even in parallel; other registries and adjacent ranges are fine', async () => {
    const id = await verifiedProject('30.744', '0');
    const base = { vintage: 2029, registry: 'GOLD_STANDARD', issuedOn: '2026-10-01' };
    const first = await mutate(server, ISSUE, { ...issuance(id, 5), ...base, serialStart: 'GS1-1-VN-100', serialEnd: 'GS1-1-VN-104' }, dae);
    expect(first.userErrors).toEqual([]);
    for (const [start, end] of [
      ['GS1-1-VN-104', 'GS1-1-VN-108'],
      ['GS1-1-VN-96', 'GS1-1-VN-100'],
      ['GS1-1-VN-101', 'GS1-1-VN-101'],
    ]) {
      const quantity = Number(end.split('-').pop()) - Number(start.split('-').pop()) + 1;
      expect(await failure(server, ISSUE, { input: { ...base, projectId: id, quantity, serialStart: start, serialEnd: end } }, dae)).toMatchObject({
        field: 'input.serialStart',
        reason: 'SERIAL_OVERLAP',
      });
    }
    expect(
      (await mutate(server, ISSUE, { ...base, projectId: id, quantity: 2, serialStart: 'GS1-1-VN-105', serialEnd: 'GS1-1-VN-106' }, dae)).userErrors,
    ).toEqual([]);
    expect(
      (
        await mutate(
          server,
          ISSUE,
          { ...base, registry: 'vn_national', projectId: id, quantity: 5, serialStart: 'GS1-1-VN-100', serialEnd: 'GS1-1-VN-104' },
          dae,
        )
      ).record,
    ).toMatchObject({ registry: 'VN_NATIONAL' });

    // Two projects racing for the same range: exactly one gets it.
    const other = await verifiedProject('30.744', '0');
    const race = await Promise.all(
      [id, other].map((projectId) =>
        server.requestText(ISSUE, { input: { ...base, projectId, quantity: 3, serialStart: 'GS1-1-VN-200', serialEnd: 'GS1-1-VN-202' } }, dae),
      ),
    );
    expect(race.filter((r) => r.errors?.[0]?.extensions?.reason === 'SERIAL_OVERLAP')).toHaveLength(1);
    expect(await count(server, 'credit_issuance', `registry = 'GOLD_STANDARD' AND serial_from = 200`)).toBe(1);

    const cases: [Record<string, unknown>, string][] = [
      [{ serialEnd: 'GS1-1-VN-302' }, 'input.quantity'], // holds 3, not 2
      [{ serialEnd: 'GS2-1-VN-301' }, 'input.serialEnd'],
      [{ serialEnd: 'GS1-1-VN-299' }, 'input.serialEnd'],
      [{ serialStart: 'GS-VN-' }, 'input.serialStart'], // no digits
      [{ serialStart: 'GS1-1-VN-' }, 'input.serialEnd'], // its last block is the 1 of GS1-1: not the end's,
      [{ serialStart: 'GS1-1-VN-1234567890123456789' }, 'input.serialStart'],
      [{ registry: 'x' }, 'input.registry'],
      [{ issuedOn: '2035-01-01' }, 'input.issuedOn'],
      [{ vintage: 1999 }, 'input.vintage'],
    ];
    for (const [overrides, field] of cases) {
      const input = { ...base, projectId: id, quantity: 2, serialStart: 'GS1-1-VN-300', serialEnd: 'GS1-1-VN-301', ...overrides };
      expect([overrides, await failure(server, ISSUE, { input }, dae)]).toMatchObject([overrides, { code: 'BAD_USER_INPUT', field }]);
    }
  });
});

describe("VI.4's report", () => {
  it('lists the projects and the issuances of the year, and projects by status as the table holds them', async () => {
    const report = await ok<{
      carbonCreditReport: {
        year: number;
        projects: { id: string }[];
        issuances: { quantity: number; issuedOn: string }[];
        issuedTco2e: number;
        projectsByStatus: { status: string; count: number }[];
      };
    }>(
      server,
      `{ carbonCreditReport(year: 2026) { year projects { id } issuances { quantity issuedOn } issuedTco2e projectsByStatus { status count } } }`,
      {},
      callers.viewer,
    );
    const [{ total, n }] = await server.database.dataSource.query(
      `SELECT COALESCE(sum(quantity), 0)::int AS total, count(*)::int AS n FROM credit_issuance WHERE deleted_at IS NULL AND EXTRACT(YEAR FROM issued_on) = 2026`,
    );
    const r = report.carbonCreditReport;
    expect(r.issuances).toHaveLength(n);
    expect(r.issuedTco2e).toBe(total);
    const [{ projects }] = await server.database.dataSource.query(
      `SELECT count(DISTINCT project_id)::int AS projects FROM credit_issuance WHERE deleted_at IS NULL AND EXTRACT(YEAR FROM issued_on) = 2026`,
    );
    expect(r.projects.length).toBe(projects); // crediting periods start in 2028: only projects with issuances
    const byStatus: { status: string; n: number }[] = await server.database.dataSource.query(
      `SELECT status::text AS status, count(*)::int AS n FROM carbon_project WHERE deleted_at IS NULL GROUP BY status`,
    );
    for (const { status, count: c } of r.projectsByStatus) expect(c).toBe(byStatus.find((b) => b.status === status)?.n ?? 0);
    expect(r.projectsByStatus.find((s) => s.status === 'ISSUED')!.count).toBe(1);
    expect((await failure(server, `{ carbonCreditReport(year: 99999) { year } }`, {}, callers.viewer)).code).toBe('BAD_USER_INPUT');
    const later = await ok<{ carbonCreditReport: { projects: unknown[]; issuances: unknown[]; issuedTco2e: number } }>(
      server,
      `{ carbonCreditReport(year: 2040) { projects { id } issuances { id } issuedTco2e } }`,
      {},
      callers.viewer,
    );
    expect(later.carbonCreditReport).toEqual({ projects: [], issuances: [], issuedTco2e: 0 }); // crediting periods end in 2037
  });

  it('loads pages of projects and issuances with a fixed number of SQL statements', async () => {
    const projects = `query($first: Int) { carbonProjects(first: $first) { edges { node { ${PROJECT_FIELDS} administrativeUnit { code } } } } }`;
    await ok(server, projects, { first: 1 }, callers.viewer);
    const few = server.lastSqlStatements();
    await ok(server, projects, { first: 50 }, callers.viewer);
    expect(server.lastSqlStatements()).toBe(few);
    const issuances = `query($first: Int) { creditIssuances(first: $first) { totalCount edges { node { ${ISSUANCE_FIELDS} } } } }`;
    await ok(server, issuances, { first: 1 }, callers.viewer);
    const one = server.lastSqlStatements();
    const page = await ok<{ creditIssuances: { totalCount: number; edges: unknown[] } }>(server, issuances, { first: 50 }, callers.viewer);
    expect(page.creditIssuances.edges.length).toBeGreaterThan(5);
    expect(server.lastSqlStatements()).toBe(one);
  });
});
