// The Viet Nam Tier 2 set (VN_TIER2_2026) over HTTP: its provenance in `factorSets`, a commune inventory
// calculated with it, and earlier years verified with IPCC2019 recalculated with it as new versions and
// read back as one time series.
//
// Hand figures (AR5, CH4 GWP 28; Eq 5.1 CH4 = EF × days × area; Eq 5.2 EF = EF_c × SF_w × SF_p × SF_o with
// continuously flooded SF_w 1.00, non-flooded pre-season <180 d SF_p 1.00, no amendment SF_o 1, 100 days):
//   EF_c [VNRICE] Central Viet Nam: Winter-Spring (E) 2.84, Summer-Autumn (M+L) 3.13 kg CH4/ha/day;
//   EF_c IPCC 2019R Table 5.11 South-East Asia 1.22.
//   2026: WS 10 ha: 2.84 × 100 × 10 = 2 840 kg; SA 5 ha: 3.13 × 100 × 5 = 1 565 kg; 4 405 kg × 28 = 123 340 kg CO2e
//         (IPCC2019: 1.22 × 100 × 15 = 1 830 kg × 28 = 51 240 kg CO2e)
//   2027: WS 30 ha: 2.84 × 100 × 30 = 8 520 kg × 28 = 238 560 kg CO2e (IPCC2019: 3 660 kg × 28 = 102 480)
//   2028: SA 4 ha: 3.13 × 100 × 4 = 1 252 kg × 28 = 35 056 kg CO2e
// Uncertainty (Approach 1; no range for the [VNRICE] EF_c, so it counts as exact; SF_w 27 %, SF_p 12 %):
//   2026, activity data 10 % per record, shared SF_w and SF_p summed first:
//         sqrt(27² + 12² + 10² × (79 520² + 43 820²) / 123 340²) = 30.449776 %
//   2027, activity data 20 % (COMMUNE_SURVEY default): sqrt(27² + 12² + 20²) = 35.679126 %
import { Role } from '../../../src/core/auth/roles';
import { HOME_UNIT, createTestUser } from '../../helpers/principals';
import { TestServer, startTestServer } from '../../helpers/test-server';
import { CALCULATE_INVENTORY, floodedRice, IMPORT, record, step } from './fixtures';

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

interface FactorUse {
  key: string;
  value: number;
  factorSet: string;
  provenance?: { sourceKey: string; countrySpecific: boolean; citation: string; applicability: string | null };
}
interface Inventory {
  id: string;
  factorSet: string;
  factorSetChain: string[];
  method: string;
  totalCo2eKg: number;
  warnings: string[];
  factorsUsed: FactorUse[];
  lines: { category: string; gas: string; massKg: number; co2eKg: number; details: Record<string, unknown> }[];
}

async function calculate(year: number, factorSet: string): Promise<Inventory> {
  const response = await server.requestText<{ calculateEmissionInventory: { emissionInventory: Inventory; userErrors: unknown[] } }>(
    CALCULATE_INVENTORY.replace('warnings statusReason', 'warnings statusReason factorsUsed'),
    { input: { administrativeUnitCode: HOME_UNIT, year, factorSet } },
    home,
  );
  expect(response.errors).toBeUndefined();
  expect(response.data!.calculateEmissionInventory.userErrors).toEqual([]);
  return response.data!.calculateEmissionInventory.emissionInventory;
}

async function verify(id: string): Promise<void> {
  expect((await server.requestText(step('submitEmissionInventory'), { input: { id } }, home)).errors).toBeUndefined();
  expect((await server.requestText(step('verifyEmissionInventory'), { input: { id } }, verifier)).errors).toBeUndefined();
}

interface SeriesYear {
  year: number;
  totalCo2eKg: number;
  byCategory: { category: string; co2eKg: number }[];
  uncertainty: { total: { pct: number } } | null;
  inventories: { version: number; status: string }[];
}
const series = (set: string) =>
  server.requestText<{ inventoryTimeSeries: { factorSetChain: string[]; years: SeriesYear[] } }>(
    `query($set: String!) { inventoryTimeSeries(fromYear: 2026, toYear: 2027, factorSet: $set, gwpSet: AR5) {
      factorSetChain years { year totalCo2eKg byCategory { category co2eKg } uncertainty { total { pct } } inventories { version status } } } }`,
    { set },
    province,
  );

beforeAll(async () => {
  const imported = await server.requestText(
    IMPORT,
    {
      input: {
        dryRun: false,
        records: [
          record('ws-2026', HOME_UNIT, floodedRice(10), { season: 'WINTER_SPRING', activityDataUncertaintyPct: 10 }),
          record('sa-2026', HOME_UNIT, floodedRice(5), { season: 'SUMMER_AUTUMN', activityDataUncertaintyPct: 10 }),
          record('ws-2027', HOME_UNIT, floodedRice(30), { season: 'WINTER_SPRING', year: 2027 }),
          record('sa-2028', HOME_UNIT, floodedRice(4), { season: 'SUMMER_AUTUMN', year: 2028 }),
        ],
      },
    },
    home,
  );
  expect(imported.errors).toBeUndefined();
});

describe('the Viet Nam Tier 2 factor set over HTTP', () => {
  it('is listed with each factor’s provenance, its gaps and its method statement', async () => {
    const response = await server.requestText<{
      factorSets: {
        code: string;
        base: string | null;
        builtIn: boolean;
        methodStatement: string | null;
        gaps: { topic: string; sourceKey: string; fallback: string }[];
        factors: { key: string; value: number; countrySpecific: boolean; provenance: { sourceKey: string; location: string } | null }[];
      }[];
    }>(
      `{ factorSets { code base builtIn methodStatement gaps { topic sourceKey fallback }
         factors { key value countrySpecific provenance { sourceKey location } } } }`,
    );
    expect(response.errors).toBeUndefined();
    const sets = response.data!.factorSets;
    const vn = sets.find((s) => s.code === 'VN_TIER2_2026')!;
    expect(vn).toMatchObject({ base: 'IPCC2019', builtIn: true });
    expect(vn.factors.find((f) => f.key === 'RICE.EF_C.SOUTH_EAST_ASIA.WINTER_SPRING')).toMatchObject({
      value: 2.84,
      countrySpecific: true,
      provenance: { sourceKey: 'VNRICE', location: expect.stringContaining('Abstract') },
    });
    expect(vn.factors.every((f) => f.countrySpecific && f.provenance !== null)).toBe(true);
    expect(vn.gaps.some((g) => g.topic.includes('2626/QĐ-BTNMT') && g.sourceKey === 'VNREG')).toBe(true);
    expect(vn.methodStatement).toContain('Every other factor is the IPCC2019 Tier 1 default');
    // The IPCC sets are unchanged: no provenance block, no statement.
    const ipcc = sets.find((s) => s.code === 'IPCC2019')!;
    expect(ipcc.methodStatement).toBeNull();
    expect(ipcc.factors.find((f) => f.key === 'RICE.EF_C.SOUTH_EAST_ASIA')).toMatchObject({ value: 1.22, countrySpecific: false, provenance: null });
  });

  it('calculates a commune inventory with it: 3.13 × 100 × 4 = 1 252 kg CH4 = 35 056 kg CO2e', async () => {
    const inventory = await calculate(2028, 'VN_TIER2_2026');
    expect(inventory.factorSetChain).toEqual(['VN_TIER2_2026', 'IPCC2019']);
    expect(inventory.totalCo2eKg).toBeCloseTo(35056, 6);
    expect(inventory.lines).toEqual([
      expect.objectContaining({
        category: '3.C.7',
        gas: 'CH4',
        massKg: 1252,
        co2eKg: 35056,
        details: expect.objectContaining({ efcKgPerHaDay: 3.13, season: 'SUMMER_AUTUMN' }),
      }),
    ]);
    const efc = inventory.factorsUsed.find((f) => f.key === 'RICE.EF_C.SOUTH_EAST_ASIA.SUMMER_AUTUMN')!;
    expect(efc).toMatchObject({ value: 3.13, factorSet: 'VN_TIER2_2026', provenance: { sourceKey: 'VNRICE', countrySpecific: true } });
    expect(inventory.factorsUsed.find((f) => f.key === 'RICE.SF_W.CONTINUOUSLY_FLOODED')).toMatchObject({ value: 1, factorSet: 'IPCC2019' });
    expect(inventory.method).toContain('Country-specific (Viet Nam) factors used: RICE.EF_C.SOUTH_EAST_ASIA.SUMMER_AUTUMN = 3.13 kg CH4/ha/day [VNRICE].');
    expect(inventory.method).toContain('IPCC default factors used: IPCC2019: RICE.SF_P.NON_FLOODED_SHORT, RICE.SF_W.CONTINUOUSLY_FLOODED.');
    expect(inventory.method).toContain('Decision 2626/QĐ-BTNMT');
    expect(inventory.warnings.some((w) => w.includes('Central Highlands'))).toBe(true);

    // Verified, it compiles into a provincial inventory whose method states the same.
    await verify(inventory.id);
    const provincial = await server.requestText<{ compileProvincialInventory: { provincialInventory: { method: string; totalCo2eKg: number } } }>(
      `mutation { compileProvincialInventory(input: { year: 2028, factorSet: "VN_TIER2_2026" }) { provincialInventory { method totalCo2eKg } } }`,
      {},
      province,
    );
    expect(provincial.errors).toBeUndefined();
    expect(provincial.data!.compileProvincialInventory.provincialInventory.totalCo2eKg).toBeCloseTo(35056, 6);
    expect(provincial.data!.compileProvincialInventory.provincialInventory.method).toBe(inventory.method);
  });

  it('recalculates years verified with IPCC2019 as new versions, and reads them as one series', async () => {
    const v2026 = await calculate(2026, 'IPCC2019');
    expect(v2026.totalCo2eKg).toBeCloseTo(51240, 6);
    await verify(v2026.id);
    const v2027 = await calculate(2027, 'IPCC2019');
    expect(v2027.totalCo2eKg).toBeCloseTo(102480, 6);
    await verify(v2027.id);

    const recalculated = await server.requestText<{
      recalculateInventoryYears: { created: number; unitYears: { year: number; outcome: string; version: number | null }[] };
    }>(
      `mutation($input: RecalculateInventoryYearsInput!) { recalculateInventoryYears(input: $input) {
        created unitYears { year outcome version } userErrors { field code } } }`,
      { input: { fromYear: 2026, toYear: 2027, factorSet: 'VN_TIER2_2026', gwpSet: 'AR5' } },
      province,
    );
    expect(recalculated.errors).toBeUndefined();
    expect(recalculated.data!.recalculateInventoryYears.created).toBe(2);
    expect(recalculated.data!.recalculateInventoryYears.unitYears.filter((u) => u.outcome === 'CREATED')).toEqual([
      { year: 2026, outcome: 'CREATED', version: 2 },
      { year: 2027, outcome: 'CREATED', version: 2 },
    ]);

    const vn = await series('VN_TIER2_2026');
    expect(vn.errors).toBeUndefined();
    expect(vn.data!.inventoryTimeSeries.factorSetChain).toEqual(['VN_TIER2_2026', 'IPCC2019']);
    const [y2026, y2027] = vn.data!.inventoryTimeSeries.years;
    expect(y2026.inventories).toEqual([{ version: 2, status: 'RECALCULATED' }]);
    expect(y2026.totalCo2eKg).toBeCloseTo(123340, 6);
    expect(y2026.byCategory).toEqual([{ category: '3.C.7', co2eKg: 123340 }]);
    expect(y2026.uncertainty!.total.pct).toBeCloseTo(30.449776, 5);
    expect(y2027.totalCo2eKg).toBeCloseTo(238560, 6);
    expect(y2027.uncertainty!.total.pct).toBeCloseTo(35.679126, 5);

    // The IPCC2019 series still reads the verified versions.
    const ipcc = (await series('IPCC2019')).data!.inventoryTimeSeries.years;
    expect(ipcc.map((y) => [y.totalCo2eKg, y.inventories[0]])).toEqual([
      [51240, { version: 1, status: 'VERIFIED' }],
      [102480, { version: 1, status: 'VERIFIED' }],
    ]);
  });
});
