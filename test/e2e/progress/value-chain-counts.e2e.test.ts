// Section VI's counts (VI.2-VI.5 set no number, so they are shown, never compared): records written
// through the API in the lots, certifications, trade promotion, carbon and OCOP registers come back in
// planProgress and in the annual XLSX, counted by hand here, with the year's boundaries; deleted,
// cancelled, draft and not-yet-held records are left out. An issuance moves a VERIFIED project to ISSUED.
import ExcelJS from 'exceljs';
import { Role } from '../../../src/core/auth/roles';
import { createTestUser } from '../../helpers/principals';
import { TestServer, startTestServer } from '../../helpers/test-server';
import { IMPORT } from '../emissions/fixtures';
import {
  APPLY,
  CREATE_OCOP,
  CREATE_ORGANISATION,
  DECIDE,
  DELETE_OCOP,
  HOME_UNIT,
  count,
  grant,
  mutate,
  ok,
  organisationInput,
  rawId,
} from '../value-chain/fixtures';
import { LotWorld, REGISTER, lotInput, lotWorld } from '../value-chain/lots.fixtures';

type Headers = Record<string, string>;

let server: TestServer;
let world: LotWorld;
let province: Headers;
let dae: Headers;
let labelled: string;
let plain: string;

beforeAll(async () => {
  server = await startTestServer();
  world = await lotWorld(server);
  province = world.callers.province;
  dae = (await createTestUser(server, Role.AGENCY_OFFICER, { agencyCode: 'DAE' })).headers;
  labelled = (await mutate(server, CREATE_ORGANISATION, organisationInput(), province)).record!.id;
  plain = (await mutate(server, CREATE_ORGANISATION, organisationInput({ kind: 'ENTERPRISE' }), province)).record!.id;
});
afterAll(async () => {
  await server.stop();
});

async function create(document: string, input: Record<string, unknown>, headers: Headers = province): Promise<{ id: string; version: number }> {
  const { record, userErrors } = await mutate(server, document, input, headers);
  expect(userErrors).toEqual([]);
  return record!;
}

/** A mutation whose payload field is the record's type, e.g. createExportContract → exportContract. */
const payload = (name: string, type: string, fields = 'id version status') =>
  `mutation($input: ${type}!) { ${name}(input: $input) { ${name.replace(/^(create|update|delete|estimate|verify)/u, '').replace(/^./u, (c) => c.toLowerCase())} { ${fields} } userErrors { field code } } }`;
const CREATE_EVENT = payload('createTradePromotionEvent', 'CreateTradePromotionEventInput', 'id version');
const DELETE_EVENT = payload('deleteTradePromotionEvent', 'DeleteRecordInput', 'id version');
const CREATE_CONTRACT = payload('createExportContract', 'CreateExportContractInput');
const DELETE_CONTRACT = payload('deleteExportContract', 'DeleteRecordInput');
const CREATE_PROJECT = payload('createCarbonProject', 'CreateCarbonProjectInput');
const UPDATE_PROJECT = payload('updateCarbonProject', 'UpdateCarbonProjectInput');
const DELETE_PROJECT = payload('deleteCarbonProject', 'DeleteRecordInput');
const ESTIMATE = payload('estimateCarbonMonitoringPeriod', 'EstimateCarbonMonitoringPeriodInput');
const VERIFY = payload('verifyCarbonMonitoringPeriod', 'VerifyCarbonMonitoringPeriodInput');
const ISSUE = `mutation($input: RecordCreditIssuanceInput!) { recordCreditIssuance(input: $input) { creditIssuance { id quantity project { id status version } } userErrors { field code } } }`;
const PROJECT = `query($id: ID!) { node(id: $id) { ... on CarbonProject { status version } } }`;

const event = (name: string, startDate: string, endDate: string) => ({
  name,
  kind: 'FAIR',
  scope: 'DOMESTIC',
  countryCode: 'VN',
  startDate,
  endDate,
  organisationIds: [labelled],
  productCodes: ['COFFEE'],
});
const contract = (status: string, signedDate: string | null) => ({
  organisationId: plain,
  buyerCountryCode: 'DE',
  productCode: 'COFFEE',
  volumeTonnes: 10,
  valueUsd: '45000.00',
  signedDate,
  status,
});
const paddy = (externalId: string, year: number, scenario: string, waterRegime: string) => ({
  externalId,
  administrativeUnitCode: HOME_UNIT,
  year,
  scenario,
  activity: { cropCode: 'RICE', areaHa: 10, rice: { waterRegime, preSeason: 'NON_FLOODED_SHORT', cultivationDays: 100 } },
});
let serial = 5_000_000;
const issuance = (projectId: string, quantity: number) => {
  const start = serial;
  serial += quantity + 10;
  return {
    projectId,
    vintage: 2028,
    quantity,
    registry: 'VERRA',
    serialStart: `VCS-9001-${start}`,
    serialEnd: `VCS-9001-${start + quantity - 1}`,
    issuedOn: '2026-11-20',
  };
};

interface Counted {
  taskCode: string;
  key: string;
  value: number;
  fromYear: number;
  toYear: number;
  parts: { key: string; value: number }[];
}
const PROGRESS = `query($year: Int!, $asOf: DateTimeISO, $filter: PlanProgressFilter) { planProgress(year: $year, asOf: $asOf, filter: $filter) {
  sections { code recordCounts { taskCode key label unit value fromYear toYear sourceDescription parts { key value } } } } }`;

async function countsOf(year: number, asOf: string | null = null, filter: Record<string, unknown> | null = null): Promise<Record<string, Counted>> {
  const data = await ok<{ planProgress: { sections: { code: string; recordCounts: Counted[] }[] } }>(
    server,
    PROGRESS,
    { year, asOf, filter },
    world.callers.viewer,
  );
  const vi = data.planProgress.sections.find((s) => s.code === 'VI');
  for (const other of data.planProgress.sections.filter((s) => s.code !== 'VI')) expect(other.recordCounts).toEqual([]);
  return Object.fromEntries((vi?.recordCounts ?? []).map((c) => [c.key, c]));
}

/** Credits issued while the project is MONITORING leave it there; once VERIFIED, the next issuance makes it ISSUED. */
async function carbonWorld(): Promise<{ issuedProject: string; ideaProject: string; credits: number }> {
  await ok(
    server,
    IMPORT,
    { input: { records: [paddy('b-28', 2028, 'BASELINE', 'CONTINUOUSLY_FLOODED'), paddy('a-28', 2028, 'ACTUAL', 'MULTIPLE_DRAINAGE')] } },
    province,
  );
  const project = {
    name: 'Lúa AWD',
    standard: 'VCS_VM0042',
    communeCodes: [HOME_UNIT],
    areaHa: 20,
    creditingFrom: '2028-01-01',
    creditingTo: '2037-12-31',
    bufferPercent: '10',
  };
  const issued = await create(CREATE_PROJECT, project, dae);
  const idea = await create(CREATE_PROJECT, { ...project, name: 'Cà phê nông lâm kết hợp' }, dae);
  const gone = await create(CREATE_PROJECT, { ...project, name: 'Đã xóa' }, dae);
  await create(DELETE_PROJECT, { id: gone.id, expectedVersion: 1 }, dae);
  const period = await create(ESTIMATE, { projectId: issued.id, fromYear: 2028, toYear: 2028 }, dae);
  await create(VERIFY, { id: period.id, expectedVersion: 1, verifiedTco2e: '10' }, province);

  let version = 1;
  const move = async (status: string) => {
    const moved = await create(UPDATE_PROJECT, { id: issued.id, expectedVersion: version, status }, dae);
    version = moved.version;
  };
  for (const status of ['PDD_DRAFTED', 'VALIDATED', 'REGISTERED', 'MONITORING']) await move(status);
  const early = await ok<{ recordCreditIssuance: { creditIssuance: { project: { status: string; version: number } } } }>(
    server,
    ISSUE,
    { input: issuance(issued.id, 3) },
    dae,
  );
  expect(early.recordCreditIssuance.creditIssuance.project).toEqual({ id: issued.id, status: 'MONITORING', version });
  await move('VERIFIED');
  const auditBefore = await count(server, 'audit_event', `entity_id = $1`, [rawId(issued.id)]);
  await ok(server, ISSUE, { input: issuance(issued.id, 4) }, dae);
  expect((await ok<{ node: unknown }>(server, PROJECT, { id: issued.id }, world.callers.viewer)).node).toEqual({ status: 'ISSUED', version: version + 1 });
  expect(await count(server, 'audit_event', `entity_id = $1 AND action = 'recordCreditIssuance'`, [rawId(issued.id)])).toBe(1);
  expect(await count(server, 'audit_event', `entity_id = $1`, [rawId(issued.id)])).toBe(auditBefore + 1);
  // A later issuance leaves an ISSUED project as it is.
  await ok(server, ISSUE, { input: issuance(issued.id, 2) }, dae);
  expect((await ok<{ node: unknown }>(server, PROJECT, { id: issued.id }, world.callers.viewer)).node).toEqual({ status: 'ISSUED', version: version + 1 });
  return { issuedProject: issued.id, ideaProject: idea.id, credits: 3 + 4 + 2 };
}

/** The rows of the counts block of a report's "Section VI" sheet. */
async function countRows(path: string): Promise<unknown[][]> {
  const response = await fetch(server.url.replace('/graphql', path), { headers: province });
  expect(response.status).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await response.arrayBuffer());
  const rows: unknown[][] = [];
  book.getWorksheet('Section VI')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  const start = rows.findIndex((r) => String(r[0]).startsWith('Counts from the registers'));
  expect(start).toBeGreaterThan(0);
  return rows.slice(start + 2).filter((r) => /^VI\.\d$/u.test(String(r[0])));
}

describe('section VI counts', () => {
  it('count the records of the year in planProgress and the annual XLSX, and leave out deleted, cancelled and future ones', async () => {
    // VI.2: two lots registered now (2026); one label granted (a pending application is not).
    await create(REGISTER, lotInput(world), world.homeLotKey);
    await create(REGISTER, lotInput(world, { quantityKg: 500 }), world.homeLotKey);
    const applied = await create(APPLY, { scheme: 'LOW_EMISSION_LABEL', organisationId: labelled, crops: ['COFFEE'] });
    await create(DECIDE, { id: applied.id, expectedVersion: 1, status: 'UNDER_REVIEW', reason: 'r' });
    await create(DECIDE, grant(applied.id, 2));
    await create(APPLY, { scheme: 'LOW_EMISSION_LABEL', organisationId: plain, crops: ['COFFEE'] });

    // VI.3: held in 2026; ends in 2027; ends later in 2026 (not held yet today); deleted.
    await create(CREATE_EVENT, event('Hội chợ cà phê', '2026-03-09', '2026-03-13'));
    await create(CREATE_EVENT, event('Hội chợ cuối năm', '2026-12-30', '2027-01-02'));
    await create(CREATE_EVENT, event('Triển lãm tháng 12', '2026-12-20', '2026-12-22'));
    const deletedEvent = await create(CREATE_EVENT, event('Đã xóa', '2026-02-01', '2026-02-02'));
    await create(DELETE_EVENT, { id: deletedEvent.id, expectedVersion: 1 });
    // Contracts: signed and completed count; draft, cancelled and deleted do not.
    await create(CREATE_CONTRACT, contract('SIGNED', '2026-06-15'));
    await create(CREATE_CONTRACT, contract('COMPLETED', '2026-01-01'));
    await create(CREATE_CONTRACT, contract('DRAFT', null));
    await create(CREATE_CONTRACT, contract('CANCELLED', '2026-05-01'));
    const deletedContract = await create(CREATE_CONTRACT, contract('SIGNED', '2026-04-01'));
    await create(DELETE_CONTRACT, { id: deletedContract.id, expectedVersion: 1 });

    // VI.4
    const carbon = await carbonWorld();

    // VI.5: rated 2026 with the label's holder; rated 2027 without; rated 2026 and deleted.
    const ocop = (organisationId: string, yearRated: number, name: string) =>
      create(CREATE_OCOP, { name, crop: 'COFFEE', organisationId, starRating: 4, yearRated }, world.callers.homeOfficer);
    await ocop(labelled, 2026, 'Cà phê bột');
    await ocop(plain, 2027, 'Hồ tiêu đen');
    const deletedOcop = await ocop(labelled, 2026, 'Đã xóa');
    await create(DELETE_OCOP, { id: deletedOcop.id, expectedVersion: 1 }, world.callers.homeOfficer);

    const now = await countsOf(2026);
    const values = (counted: Record<string, Counted>) => Object.fromEntries(Object.entries(counted).map(([k, c]) => [k, c.value]));
    expect(values(now)).toEqual({
      LOTS_REGISTERED: 2,
      LABELS_GRANTED: 1,
      TRADE_EVENTS_HELD: 1,
      EXPORT_CONTRACTS_SIGNED: 2,
      CARBON_PROJECTS: 2,
      CREDITS_ISSUED: carbon.credits,
      OCOP_PRODUCTS_RATED: 1,
      OCOP_PRODUCTS_WITH_LABEL: 1,
    });
    expect(now.LOTS_REGISTERED).toMatchObject({ taskCode: 'VI.2', fromYear: 2026, toYear: 2026 });
    expect(now.EXPORT_CONTRACTS_SIGNED.taskCode).toBe('VI.3');
    expect(now.CREDITS_ISSUED.taskCode).toBe('VI.4');
    expect(now.OCOP_PRODUCTS_WITH_LABEL.taskCode).toBe('VI.5');
    const byStatus = Object.fromEntries(now.CARBON_PROJECTS.parts.map((p) => [p.key, p.value]));
    expect(byStatus).toEqual({ IDEA: 1, PDD_DRAFTED: 0, VALIDATED: 0, REGISTERED: 0, MONITORING: 0, VERIFIED: 0, ISSUED: 1 });

    // Seen after the year: the December fair is held by then; 2026's records are not 2027's.
    expect(values(await countsOf(2026, '2027-01-05T00:00:00Z')).TRADE_EVENTS_HELD).toBe(2);
    expect(values(await countsOf(2027, '2027-01-05T00:00:00Z'))).toEqual({
      LOTS_REGISTERED: 0,
      LABELS_GRANTED: 0,
      TRADE_EVENTS_HELD: 1,
      EXPORT_CONTRACTS_SIGNED: 0,
      CARBON_PROJECTS: 2,
      CREDITS_ISSUED: 0,
      OCOP_PRODUCTS_RATED: 1,
      OCOP_PRODUCTS_WITH_LABEL: 1,
    });
    // Province-wide figures are left out of a filtered view.
    expect(await countsOf(2026, null, { agencyCode: 'DAE' })).toEqual({});

    // The annual XLSX: section VI's sheet has a row per count (and per status), with the same values.
    const annual = await countRows('/reports/plan-progress/2026.xlsx');
    const byLabel = Object.fromEntries(annual.map((r) => [String(r[2]).trim(), [r[0], r[4]]]));
    expect(byLabel).toMatchObject({
      'Traceable lots registered': ['VI.2', 2],
      'Low-emission labels granted': ['VI.2', 1],
      'Trade promotion events held': ['VI.3', 1],
      'Export contracts signed': ['VI.3', 2],
      'Carbon credit projects': ['VI.4', 2],
      'Projects IDEA': ['VI.4', 1],
      'Projects ISSUED': ['VI.4', 1],
      'Projects VERIFIED': ['VI.4', 0],
      'Carbon credits issued': ['VI.4', carbon.credits],
      'OCOP products rated': ['VI.5', 1],
      'OCOP products with the low-emission label': ['VI.5', 1],
    });
    // The phase review: a column per year 2026-2030, each year counted on its own (seen today).
    const phase = await countRows('/reports/plan-phase/1.xlsx');
    const perYear = Object.fromEntries(phase.map((r) => [String(r[2]).trim(), r.slice(4, 9)]));
    expect(perYear).toMatchObject({
      'Traceable lots registered': [2, 0, 0, 0, 0],
      'Export contracts signed': [2, 0, 0, 0, 0],
      'Trade promotion events held': [1, 0, 0, 0, 0],
      'Carbon credits issued': [carbon.credits, 0, 0, 0, 0],
      'Projects ISSUED': [1, 1, 1, 1, 1],
      'OCOP products rated': [1, 1, 0, 0, 0],
    });
  });

  it('are counted only when asked: planProgress without recordCounts sends none of their statements', async () => {
    const statementsFor = async (fields: string) => {
      await ok(server, `query { planProgress(year: 2026) { sections { code ${fields} } } }`, {}, world.callers.viewer);
      return server.lastSqlStatements();
    };
    const without = await statementsFor('');
    const withCounts = await statementsFor('recordCounts { key value }');
    // One statement per count of section VI (the registers wired in this server: eight).
    expect(withCounts - without).toBe(server.runtime.sectionCounts.length);
    expect(server.runtime.sectionCounts.length).toBe(8);
  });
});
