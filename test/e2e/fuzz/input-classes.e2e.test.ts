// One regression test per class of hostile input the fuzz test walks: each was a 500 (or a stored
// value that broke later reads) and is now a BAD_USER_INPUT naming the field, with nothing written.
import { buildClientSchema, getIntrospectionQuery, getNamedType, isObjectType } from 'graphql';
import { toGlobalId } from 'graphql-relay';
import { Role } from '../../../src/core/auth/roles';
import { HOME_UNIT, TEST_PASSWORD, createTestUser } from '../../helpers/principals';
import { TestServer, startTestServer } from '../../helpers/test-server';
import { coffeeActivity, riceActivity } from '../emissions/fixtures';
import { FORGED_CURSORS, TEXT_KEY_CURSOR } from './hostile-values';

type Headers = Record<string, string>;
interface GraphQLError {
  message: string;
  extensions?: Record<string, unknown>;
}

let server: TestServer;
let admin: Headers;
let province: Headers;
let home: Headers;
let dae: Headers;
let homeEmail: string;

beforeAll(async () => {
  server = await startTestServer();
  admin = (await createTestUser(server, Role.ADMIN)).headers;
  province = (await createTestUser(server, Role.PROVINCE_OFFICER)).headers;
  const officer = await createTestUser(server, Role.COMMUNE_OFFICER, { unitCode: HOME_UNIT });
  home = officer.headers;
  homeEmail = officer.user.email;
  dae = (await createTestUser(server, Role.AGENCY_OFFICER, { agencyCode: 'DAE' })).headers;
});

afterAll(async () => {
  await server.stop();
});

async function send(
  query: string,
  variables: Record<string, unknown>,
  headers: Headers,
): Promise<{ data?: Record<string, unknown> | null; errors?: GraphQLError[] }> {
  const response = await server.requestText(query, variables, headers);
  expect(response.status).toBeLessThan(500);
  expect(response.errors?.filter((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR') ?? []).toEqual([]);
  return response;
}

const firstError = async (query: string, variables: Record<string, unknown>, headers: Headers) => {
  const response = await send(query, variables, headers);
  expect(response.errors?.length).toBeGreaterThan(0);
  return response.errors![0].extensions!;
};

const count = async (table: string) => Number((await server.database.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

const IMPORT = `mutation($input: ImportActivityRecordsInput!) {
  importActivityRecords(input: $input) { summary { created conflicts { rowIndex field code } } } }`;
const CALCULATE = `mutation($input: CalculateEmissionInventoryInput!) {
  calculateEmissionInventory(input: $input) { emissionInventory { totalCo2eKg lines { kind co2eKg } } userErrors { field code } } }`;
const record = (externalId: string, activity: object) => ({ externalId, administrativeUnitCode: HOME_UNIT, year: 2027, scenario: 'ACTUAL', activity });

describe('numbers beyond what a column or a sum can hold', () => {
  it('refuses 1e308 hectares (nothing stored), and the commune-year inventory still calculates', async () => {
    const before = await count('activity_record');
    const refused = await send(IMPORT, { input: { records: [record('huge', { ...coffeeActivity, areaHa: 1e308 })] } }, home);
    const { summary } = refused.data!.importActivityRecords as { summary: { created: number; conflicts: { field: string; code: string }[] } };
    expect(summary.conflicts).toEqual([expect.objectContaining({ field: 'activity.areaHa', code: 'OUT_OF_RANGE' })]);
    expect(await count('activity_record')).toBe(before);

    // The largest values accepted still give finite, storable lines.
    const largest = {
      ...coffeeActivity,
      areaHa: 1_000_000,
      syntheticFertilizers: [{ type: 'UREA', productKg: 1e10 }],
      organicNitrogenKg: 1e10,
      lime: [{ type: 'LIMESTONE', amountKg: 1e10 }],
      energy: { dieselLitres: 1e9, dieselUse: 'STATIONARY', electricityKwh: 1e10 },
    };
    await send(IMPORT, { input: { records: [record('largest', largest)] } }, home);
    const calculated = await send(CALCULATE, { input: { administrativeUnitCode: HOME_UNIT, year: 2027 } }, home);
    const inventory = (calculated.data!.calculateEmissionInventory as { emissionInventory: { totalCo2eKg: number; lines: { kind: string; co2eKg: number }[] } })
      .emissionInventory;
    expect(Number.isFinite(inventory.totalCo2eKg)).toBe(true);
    const net = inventory.lines.filter((l) => l.kind !== 'INDIRECT').reduce((sum, l) => sum + l.co2eKg, 0);
    expect(net).toBeCloseTo(inventory.totalCo2eKg, -3);
  });

  it('holds the bound in the table too: a stored area cannot exceed it', async () => {
    await expect(server.database.dataSource.query(`UPDATE activity_record SET area_ha = 1e308`)).rejects.toMatchObject({ driverError: { code: '23514' } });
  });

  it('refuses a result beyond any real emission (an extreme country factor) instead of storing Infinity', async () => {
    const sets = (await send('{ factorSets { code factors { key unit } } }', {}, admin)).data!.factorSets as {
      code: string;
      factors: { key: string; unit: string }[];
    }[];
    const ef = sets.find((s) => s.code === 'IPCC2019')!.factors.find((f) => /EF_?C/i.test(f.key) && /SOUTH_EAST_ASIA/.test(f.key))!;
    const created = await send(
      'mutation($input: CreateFactorSetInput!) { createFactorSet(input: $input) { userErrors { code message } } }',
      {
        input: {
          code: 'VN_EXTREME',
          name: 'Extreme',
          description: 'Largest factor accepted',
          base: 'IPCC2019',
          factors: [{ key: ef.key, value: 1e6, unit: ef.unit, source: 'test' }],
        },
      },
      admin,
    );
    expect(created.data!.createFactorSet).toEqual({ userErrors: [] });
    const error = await firstError(
      'query($input: CalculationInput!) { calculateEmissions(input: $input) { totalCo2eKg } }',
      { input: { factorSet: 'VN_EXTREME', gwp: 'AR5', climateZone: 'TROPICAL_MOIST', activities: [{ ...riceActivity, areaHa: 1_000_000 }] } },
      {},
    );
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.activities[0]', reason: 'RESULT_OUT_OF_RANGE' });
    const tooLarge = await firstError(
      'mutation($input: CreateFactorSetInput!) { createFactorSet(input: $input) { userErrors { code } } }',
      {
        input: { code: 'VN_INFINITE', name: 'x', description: 'x', base: 'IPCC2019', factors: [{ key: ef.key, value: 1e308, unit: ef.unit, source: 'test' }] },
      },
      admin,
    );
    expect(tooLarge).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.factors[0].value', reason: 'TOO_LARGE' });
  });

  it('refuses target values of 1e308; a large value for a target the records count is refused as measured, and the store refuses 1e308 too', async () => {
    const create = 'mutation($input: CreateProgressReportInput!) { createProgressReport(input: $input) { progressReport { id } userErrors { code } } }';
    const before = await count('progress_report');
    const huge = await firstError(
      create,
      { input: { taskCode: 'III.2', year: 2026, status: 'ON_TRACK', targetValues: [{ metric: 'LOW_EMISSION_CRITERIA_SETS', value: 1e308 }] } },
      dae,
    );
    expect(huge).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.targetValues[0].value', reason: 'TOO_LARGE' });
    expect(await count('progress_report')).toBe(before);

    // Every target of the seeded plan is counted from records: a typed 1e9 is refused, the reports carry words only.
    for (const quarter of [1, 2]) {
      const measured = await send(
        create,
        { input: { taskCode: 'III.2', year: 2026, quarter, status: 'ON_TRACK', targetValues: [{ metric: 'LOW_EMISSION_CRITERIA_SETS', value: 1e9 }] } },
        dae,
      );
      expect(measured.data!.createProgressReport).toEqual({ progressReport: null, userErrors: [{ code: 'MEASURED_FROM_RECORDS' }] });
      const created = await send(create, { input: { taskCode: 'III.2', year: 2026, quarter, status: 'ON_TRACK', narrative: 'Báo cáo quý' } }, dae);
      const { id } = (created.data!.createProgressReport as { progressReport: { id: string } }).progressReport;
      await send('mutation($id: ID!) { submitProgressReport(input: { id: $id }) { userErrors { code } } }', { id }, dae);
      const approved = await send('mutation($id: ID!) { approveProgressReport(input: { id: $id }) { progressReport { state } } }', { id }, province);
      expect(approved.data!.approveProgressReport).toEqual({ progressReport: { state: 'APPROVED' } });
    }
    const progress = await send(
      '{ planProgress(year: 2026) { sections { tasks { task { code } targets { target { metric } actual source } } } } }',
      {},
      province,
    );
    const tasks = (
      progress.data!.planProgress as {
        sections: { tasks: { task: { code: string }; targets: { target: { metric: string }; actual: number | null; source: string }[] }[] }[];
      }
    ).sections.flatMap((s) => s.tasks);
    const target = tasks.find((t) => t.task.code === 'III.2')!.targets.find((t) => t.target.metric === 'LOW_EMISSION_CRITERIA_SETS')!;
    const [{ n }] = await server.database.dataSource.query(
      `SELECT count(DISTINCT crop)::int AS n FROM criteria_set WHERE deleted_at IS NULL AND status <> 'DRAFT' AND decision_date <= '2026-12-31'`,
    );
    expect(target).toEqual({ target: { metric: 'LOW_EMISSION_CRITERIA_SETS' }, actual: n, source: 'RECORDS' });
    await expect(
      server.database.dataSource.query(`UPDATE progress_report SET target_values = '[{"metric":"LOW_EMISSION_CRITERIA_SETS","value":1e308}]'`),
    ).rejects.toMatchObject({
      driverError: { code: '23514' },
    });
  });

  it('refuses amounts beyond numeric(20,0) and year numbers beyond any date', async () => {
    const line = { taskCode: 'IV.1', year: 2028, fundingSource: 'ODA', proposedVnd: 1e308 };
    expect(
      await firstError('mutation($input: CreateBudgetLineInput!) { createBudgetLine(input: $input) { userErrors { code } } }', { input: line }, province),
    ).toMatchObject({
      field: 'input.proposedVnd',
      reason: 'TOO_LARGE',
    });
    expect(await firstError('query { inspections(filter: { year: 2147483647 }) { totalCount } }', {}, province)).toMatchObject({
      field: 'filter.year',
      reason: 'TOO_LARGE',
    });
    expect(await firstError('query { planProgress(year: -2147483648) { year } }', {}, province)).toMatchObject({ field: 'year', reason: 'TOO_SMALL' });
  });
});

describe('days that do not exist and instants at the edge of range', () => {
  const impossible = '2026-02-30';
  const cases: [string, string, Record<string, unknown>, () => Headers, string][] = [
    [
      'saveCommuneImplementationPlan',
      'SaveCommuneImplementationPlanInput',
      { administrativeUnitCode: HOME_UNIT, title: 'Kế hoạch', status: 'DRAFT', adoptedOn: impossible },
      () => home,
      'input.adoptedOn',
    ],
    ['setReportingDeadline', 'SetReportingDeadlineInput', { year: 2026, quarter: 1, dueOn: impossible }, () => province, 'input.dueOn'],
    [
      'createPilotModel',
      'CreatePilotModelInput',
      {
        code: 'MH-DAY',
        name: 'x',
        level: 'COMMUNE',
        administrativeUnitCode: HOME_UNIT,
        crop: 'COFFEE',
        hostKind: 'COOPERATIVE',
        hostName: 'x',
        areaHa: 1,
        households: 1,
        startDate: impossible,
        practices: ['BIOCHAR'],
      },
      () => home,
      'input.startDate',
    ],
    [
      'recordTrainingEvent',
      'RecordTrainingEventInput',
      {
        kind: 'TRAINING',
        title: 'x',
        startDate: '2026-03-01',
        endDate: impossible,
        administrativeUnitCode: HOME_UNIT,
        topics: ['MRV_TOOLS'],
        participants: { total: 1 },
      },
      () => home,
      'input.endDate',
    ],
    [
      'recordInspection',
      'RecordInspectionInput',
      {
        inspectedOn: '2026-05-04',
        inspectingAgencyCode: 'DAE',
        subjectKind: 'TASK',
        taskCode: 'IV.2',
        findings: 'x',
        followUpActions: [{ description: 'x', dueOn: impossible, responsibleAgencyCode: 'DAE' }],
      },
      () => province,
      'input.followUpActions[0].dueOn',
    ],
  ];

  it.each(cases)('%s refuses %s day 2026-02-30 with INVALID_DATE on its field', async (name, type, input, headers, field) => {
    const error = await firstError(`mutation($input: ${type}!) { ${name}(input: $input) { __typename } }`, { input }, headers());
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field, reason: 'INVALID_DATE' });
  });

  it.each([['0000-01-01T00:00:00Z'], ['+275760-09-13T00:00:00.000Z'], ['9999-12-31T23:59:59.999Z']])(
    'refuses the instant %s as updatedSince or asOf',
    async (instant) => {
      expect(await firstError('query($at: DateTimeISO) { pilotModels(updatedSince: $at) { totalCount } }', { at: instant }, province)).toMatchObject({
        code: 'BAD_USER_INPUT',
      });
      expect(await firstError('query($at: DateTimeISO) { planProgress(year: 2026, asOf: $at) { year } }', { at: instant }, province)).toMatchObject({
        code: 'BAD_USER_INPUT',
      });
    },
  );
});

describe('tampered cursors', () => {
  it('on every list: a forged `after` is INVALID_CURSOR on `after`, a real one still pages', async () => {
    const schema = buildClientSchema((await server.requestText(getIntrospectionQuery())).data as never);
    const lists = Object.values(schema.getQueryType()!.getFields()).filter((f) => f.args.some((a) => a.name === 'after'));
    expect(lists.length).toBeGreaterThanOrEqual(20);
    // One real cursor of each format, to reuse on the other lists (a cursor of another list is forged too).
    const borrowed: { name: string; value: string }[] = [];
    for (const list of lists) {
      const node = getNamedType(list.type);
      expect(isObjectType(node) && node.name.endsWith('Connection')).toBe(true);
      const page = await send(`{ ${list.name}(first: 1) { pageInfo { endCursor } } }`, {}, admin);
      const end = (page.data![list.name] as { pageInfo: { endCursor: string | null } }).pageInfo.endCursor;
      if (end) {
        borrowed.push({ name: `cursor of ${list.name}`, value: end });
        const next = await send(`query($after: String) { ${list.name}(first: 1, after: $after) { totalCount } }`, { after: end }, admin);
        expect([list.name, next.errors]).toEqual([list.name, undefined]);
      }
    }
    expect(borrowed.length).toBeGreaterThanOrEqual(8);
    for (const list of lists) {
      for (const forged of [...FORGED_CURSORS, ...borrowed.filter((b) => b.name !== `cursor of ${list.name}`)]) {
        const response = await send(`query($after: String) { ${list.name}(first: 1, after: $after) { totalCount } }`, { after: forged.value }, admin);
        const error = response.errors?.[0]?.extensions;
        // A borrowed cursor whose key happens to fit this list's column is a valid position, not a forgery.
        if (!error && forged.name.startsWith('cursor of')) continue;
        expect([list.name, forged.name, error?.field, error?.reason]).toEqual([
          list.name,
          forged.name,
          'after',
          expect.stringMatching(/^(INVALID_CURSOR|TOO_LONG|INVALID_CHARACTERS)$/),
        ]);
      }
    }
    // A text key where the list continues by id (a UUID column).
    const uuidKeyed = await firstError(
      'query($after: String) { progressReports(first: 1, after: $after) { totalCount } }',
      { after: TEXT_KEY_CURSOR.value },
      admin,
    );
    expect(uuidKeyed).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', reason: 'INVALID_CURSOR' });
  });
});

describe('NUL characters and broken surrogates', () => {
  it.each([['a\u0000b'], ['x\ud800'], ['\udc00y']])('in a public search (%j) are refused on the field', async (text) => {
    expect(await firstError('query($s: String) { tasks(filter: { search: $s }) { totalCount } }', { s: text }, {})).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.search',
      reason: 'INVALID_CHARACTERS',
    });
    expect(await firstError('query($c: String!) { administrativeUnit(code: $c) { name } }', { c: text }, {})).toMatchObject({
      field: 'code',
      reason: 'INVALID_CHARACTERS',
    });
  });

  it('in a login are refused on the field, and a normal login still works', async () => {
    const login = 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }';
    expect(await firstError(login, { input: { email: `${homeEmail}\u0000`, password: TEST_PASSWORD } }, {})).toMatchObject({
      field: 'input.email',
      reason: 'INVALID_CHARACTERS',
    });
    expect(await firstError(login, { input: { email: homeEmail, password: `${TEST_PASSWORD}\ud800` } }, {})).toMatchObject({
      field: 'input.password',
      reason: 'INVALID_CHARACTERS',
    });
    const ok = await send(login, { input: { email: homeEmail, password: TEST_PASSWORD } }, {});
    expect(typeof (ok.data!.login as { accessToken: string }).accessToken).toBe('string');
  });

  it('deep inside an import are refused with the full path, and nothing is written', async () => {
    const before = await count('activity_record');
    const error = await firstError(IMPORT, { input: { records: [record('ok', coffeeActivity), record('bad\u0000', coffeeActivity)] } }, home);
    expect(error).toMatchObject({ field: 'input.records[1].externalId', reason: 'INVALID_CHARACTERS' });
    expect(await count('activity_record')).toBe(before);
  });
});

describe('identifiers', () => {
  it('too long, malformed or with NUL are BAD_USER_INPUT, never a database error', async () => {
    expect(await firstError('query($id: ID!) { node(id: $id) { id } }', { id: 'A'.repeat(20_000) }, {})).toMatchObject({ field: 'id', reason: 'TOO_LONG' });
    expect(await firstError('query($id: ID!) { node(id: $id) { id } }', { id: Buffer.from(`Task:${'a'.repeat(36)}`).toString('base64') }, {})).toMatchObject({
      field: 'id',
      reason: 'INVALID_ID',
    });
    const externalId = await firstError(IMPORT, { input: { records: [record('x'.repeat(201), coffeeActivity)] } }, home);
    expect(externalId).toMatchObject({ field: 'input.records[0].externalId', reason: 'TOO_LONG', maxLength: 200 });
    const unknown = toGlobalId('PilotModel', '00000000-0000-4000-8000-000000000000');
    expect(await send('query($id: ID!) { node(id: $id) { id } }', { id: unknown }, province)).toMatchObject({ data: { node: null } });
  });

  it('class-validator checks name the full path and a reason', async () => {
    const error = await firstError(
      'mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }',
      { input: { email: 'not-an-email', displayName: 'x', password: 'a long enough password', role: 'VIEWER' } },
      admin,
    );
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.email', reason: 'INVALID_EMAIL' });
  });
});
