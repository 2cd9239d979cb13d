// Time-series consistency over HTTP: a year verified with IPCC2006 is recalculated with IPCC2019 as a new
// RECALCULATED version (the verified one stays current), and inventoryTimeSeries reads one consistent series.
//
// Hand figures (IPCC2019, AR5; 2019R Eq 5.2, EF_i = EF_c × SF_w × SF_p × SF_o):
//   EF_c South-East Asia 1.22 kg CH4/ha/day × SF_w continuously flooded 1.0 × SF_p non-flooded short 1.0 × SF_o 1 (none)
//   2026: 1.22 × 100 days × 10 ha = 1220 kg CH4 × GWP 28 (AR5) = 34 160 kg CO2e
//   2027: 1.22 × 100 days × 30 ha = 3660 kg CH4 × 28 = 102 480 kg CO2e
// Uncertainty (Approach 1, Eq 3.1; ranges as stored: EF_c 48.360656 % upper, SF_w 27 %, SF_p 12 %):
//   2026, activity data 10 % (given): sqrt(3211.7530 + 10²) = 57.547832 %
//   2027, activity data 20 % (COMMUNE_SURVEY default): sqrt(3211.7530 + 20²) = 60.097862 %
import { Role } from '../../../src/core/auth/roles';
import { HOME_UNIT, createTestUser } from '../../helpers/principals';
import { TestServer, startTestServer } from '../../helpers/test-server';
import { floodedRice, IMPORT, record, step } from './fixtures';

type Headers = Record<string, string>;
let server: TestServer;
let home: Headers;
let province: Headers;
let verifier: Headers;
beforeAll(async () => {
  server = await startTestServer();
  home = (await createTestUser(server, Role.COMMUNE_OFFICER, { unitCode: HOME_UNIT })).headers;
  province = (await createTestUser(server, Role.PROVINCE_OFFICER)).headers;
  verifier = (await createTestUser(server, Role.VERIFIER)).headers;
});
afterAll(async () => {
  await server.stop();
});

interface SeriesYear {
  year: number;
  complete: boolean;
  totalCo2eKg: number;
  emissionsCo2eKg: number;
  byCategory: { category: string; co2eKg: number; uncertaintyPct: number }[];
  uncertainty: { total: { pct: number } } | null;
  inventories: { inventoryId: string; administrativeUnitCode: string; version: number; status: string }[];
  missing: { administrativeUnitCode: string; reason: string }[];
}
const SERIES = `query($from: Int!, $to: Int!, $set: String!) { inventoryTimeSeries(fromYear: $from, toYear: $to, factorSet: $set, gwpSet: AR5) {
  factorSet factorSetChain gwpSet
  years { year complete totalCo2eKg emissionsCo2eKg byCategory { category co2eKg uncertaintyPct } uncertainty { total { pct } }
    inventories { inventoryId administrativeUnitCode version status } missing { administrativeUnitCode reason } } } }`;
const series = (from: number, to: number, set = 'IPCC2019', headers = province) =>
  server.requestText<{ inventoryTimeSeries: { factorSet: string; years: SeriesYear[] } }>(SERIES, { from, to, set }, headers);
const RECALCULATE = `mutation($input: RecalculateInventoryYearsInput!) { recalculateInventoryYears(input: $input) {
  created unitYears { administrativeUnitCode year outcome inventoryId version } userErrors { field code } } }`;
const recalculate = (headers = province) =>
  server.requestText<{
    recalculateInventoryYears: {
      created: number;
      unitYears: { administrativeUnitCode: string; year: number; outcome: string; inventoryId: string | null; version: number | null }[];
    };
  }>(RECALCULATE, { input: { fromYear: 2026, toYear: 2027, factorSet: 'IPCC2019', gwpSet: 'AR5' } }, headers);

async function verifiedInventory(year: number, factorSet: string): Promise<string> {
  const calc = await server.requestText<{ calculateEmissionInventory: { emissionInventory: { id: string } } }>(
    `mutation($input: CalculateEmissionInventoryInput!) { calculateEmissionInventory(input: $input) { emissionInventory { id } userErrors { code message } } }`,
    { input: { administrativeUnitCode: HOME_UNIT, year, factorSet } },
    home,
  );
  expect(calc.errors).toBeUndefined();
  const id = calc.data!.calculateEmissionInventory.emissionInventory.id;
  await server.requestText(step('submitEmissionInventory'), { input: { id } }, home);
  await server.requestText(step('verifyEmissionInventory'), { input: { id } }, verifier);
  return id;
}

describe('a consistent time series', () => {
  let verified2026: string;

  beforeAll(async () => {
    const imported = await server.requestText(
      IMPORT,
      {
        input: {
          dryRun: false,
          records: [
            record('r-2026', HOME_UNIT, floodedRice(10), { activityDataUncertaintyPct: 10 }),
            record('r-2027', HOME_UNIT, floodedRice(30), { year: 2027 }),
          ],
        },
      },
      home,
    );
    expect(imported.errors).toBeUndefined();
    verified2026 = await verifiedInventory(2026, 'IPCC2006');
    await verifiedInventory(2027, 'IPCC2019');
  });

  it('reports a year without a version in the set as missing, never filling it from another set', async () => {
    const response = await series(2026, 2027);
    expect(response.errors).toBeUndefined();
    const [y2026, y2027] = response.data!.inventoryTimeSeries.years;
    expect(y2026).toMatchObject({ year: 2026, complete: false, totalCo2eKg: 0, inventories: [], uncertainty: null });
    expect(y2026.missing.find((m) => m.administrativeUnitCode === HOME_UNIT)).toEqual({ administrativeUnitCode: HOME_UNIT, reason: 'NO_VERSION_WITH_SET' });
    expect(y2026.missing.filter((m) => m.reason === 'NO_INVENTORY')).toHaveLength(y2026.missing.length - 1);
    expect(y2027.inventories).toEqual([{ inventoryId: expect.any(String), administrativeUnitCode: HOME_UNIT, version: 1, status: 'VERIFIED' }]);
    expect(y2027.totalCo2eKg).toBeCloseTo(102480, 6);
    expect(y2027.uncertainty!.total.pct).toBeCloseTo(60.097862, 5);
  });

  it('recalculates earlier years as new versions (province officers only), idempotently', async () => {
    expect((await recalculate(home)).errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const first = await recalculate();
    expect(first.errors).toBeUndefined();
    const outcome = first.data!.recalculateInventoryYears;
    expect(outcome.created).toBe(1);
    expect(outcome.unitYears).toEqual([
      { administrativeUnitCode: HOME_UNIT, year: 2026, outcome: 'CREATED', inventoryId: expect.any(String), version: 2 },
      { administrativeUnitCode: HOME_UNIT, year: 2027, outcome: 'CURRENT', inventoryId: expect.any(String), version: 1 },
    ]);
    const again = (await recalculate()).data!.recalculateInventoryYears;
    expect(again.created).toBe(0);
    expect(again.unitYears[0]).toEqual({ ...outcome.unitYears[0], outcome: 'ALREADY_RECALCULATED' });

    // The verified 2026 version is untouched and still the current one.
    const read = await server.requestText<{ node: { status: string; factorSet: string; version: number } }>(
      'query($id: ID!) { node(id: $id) { ... on EmissionInventory { status factorSet version } } }',
      { id: verified2026 },
      province,
    );
    expect(read.data!.node).toEqual({ status: 'VERIFIED', factorSet: 'IPCC2006', version: 1 });
    const recalculated = await server.requestText<{ node: { status: string; factorSet: string; totalCo2eKg: number } }>(
      'query($id: ID!) { node(id: $id) { ... on EmissionInventory { status factorSet totalCo2eKg } } }',
      { id: outcome.unitYears[0].inventoryId },
      province,
    );
    expect(recalculated.data!.node).toEqual({ status: 'RECALCULATED', factorSet: 'IPCC2019', totalCo2eKg: 34160 });
  });

  it('then reads one series with the set: totals, categories, uncertainty and the versions used', async () => {
    const response = await series(2026, 2027);
    expect(response.errors).toBeUndefined();
    const [y2026, y2027] = response.data!.inventoryTimeSeries.years;
    expect(y2026.inventories).toEqual([{ inventoryId: expect.any(String), administrativeUnitCode: HOME_UNIT, version: 2, status: 'RECALCULATED' }]);
    expect(y2026.totalCo2eKg).toBeCloseTo(34160, 6);
    expect(y2026.emissionsCo2eKg).toBeCloseTo(34160, 6);
    expect(y2026.byCategory).toEqual([{ category: '3.C.7', co2eKg: 34160, uncertaintyPct: expect.any(Number) }]);
    expect(y2026.byCategory[0].uncertaintyPct).toBeCloseTo(57.547832, 5);
    expect(y2026.uncertainty!.total.pct).toBeCloseTo(57.547832, 5);
    expect(y2027.totalCo2eKg).toBeCloseTo(102480, 6);
    // The series with the old set still finds 2026 (verified with it) and misses 2027.
    const old = (await series(2026, 2027, 'IPCC2006')).data!.inventoryTimeSeries.years;
    expect(old[0].inventories[0]).toMatchObject({ version: 1, status: 'VERIFIED' });
    expect(old[1].missing.find((m) => m.administrativeUnitCode === HOME_UNIT)!.reason).toBe('NO_VERSION_WITH_SET');
  });

  it('costs the same SQL statements for one year or two', async () => {
    await series(2026, 2026);
    const one = server.lastSqlStatements();
    await series(2026, 2027);
    expect(server.lastSqlStatements()).toBe(one);
  });

  it('refuses inventories that disagree on a factor under the same set, and bad ranges', async () => {
    // A set redefined under the same code: the 2026 recalculation read another EF_c than the 2027 version.
    await server.database.dataSource.query(
      `UPDATE emission_inventory SET factors_used = (SELECT jsonb_agg(CASE WHEN f->>'key' = 'RICE.EF_C.SOUTH_EAST_ASIA' THEN jsonb_set(f, '{value}', '1.3') ELSE f END)
         FROM jsonb_array_elements(factors_used) f) WHERE status = 'RECALCULATED'`,
    );
    const mixed = await series(2026, 2027);
    expect(mixed.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'factorSet', reason: 'MIXED_FACTOR_SETS' });
    expect(mixed.errors![0].message).toMatch(/RICE\.EF_C\.SOUTH_EAST_ASIA/);
    // Each year alone is consistent.
    expect((await series(2026, 2026)).errors).toBeUndefined();

    expect((await series(2027, 2026)).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toYear' });
    expect((await series(2000, 2040)).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toYear' });
    expect((await series(2026, 2026, 'NO_SUCH_SET')).errors![0].extensions).toMatchObject({ field: 'factorSet' });
    expect((await series(2026, 2026, 'IPCC2019', home)).errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
