import { Role } from '../../../src/core/auth/roles';
import { createTestUser } from '../../helpers/principals';
import { TestServer, startTestServer } from '../../helpers/test-server';
import { coffeeActivity, riceActivity } from './fixtures';

const CALCULATE = `query($input: CalculationInput!) {
  calculateEmissions(input: $input) {
    totalCo2eKg emissionsCo2eKg removalsCo2eKg indirectEnergyCo2eKg method factorSetChain warnings
    lines { category gas kind massKg co2eKg activityIndex details }
    factorsUsed { key value unit source unconfirmed factorSet rangeLow rangeHigh }
    intensities { activityIndex cropCode netCo2eKg co2ePerHa co2ePerKgProduct }
  }
}`;

interface Result {
  calculateEmissions: {
    totalCo2eKg: number;
    emissionsCo2eKg: number;
    removalsCo2eKg: number;
    indirectEnergyCo2eKg: number;
    method: string;
    factorSetChain: string[];
    warnings: string[];
    lines: { category: string; gas: string; kind: string; massKg: number; co2eKg: number; activityIndex: number; details: Record<string, unknown> }[];
    factorsUsed: { key: string; value: number; source: string; unconfirmed: boolean; factorSet: string }[];
    intensities: { activityIndex: number; co2ePerHa: number; co2ePerKgProduct: number | null }[];
  };
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

const calculate = (input: Record<string, unknown>, headers: Record<string, string> = {}) =>
  server.requestText<Result>(CALCULATE, { input: { factorSet: 'IPCC2019', gwp: 'AR5', climateZone: 'TROPICAL_MOIST', ...input } }, headers);

describe('calculateEmissions, with no login', () => {
  it('reports every category with its gases, totals equal to the lines, and removals apart', async () => {
    const response = await calculate({ activities: [riceActivity, coffeeActivity] });
    expect(response.errors).toBeUndefined();
    const result = response.data!.calculateEmissions;
    const categories = new Set(result.lines.map((l) => `${l.category}/${l.gas}`));
    for (const expected of [
      '3.C.1/CH4',
      '3.C.1/N2O',
      '3.C.2/CO2',
      '3.C.3/CO2',
      '3.C.4/N2O',
      '3.C.5/N2O',
      '3.C.7/CH4',
      '3.B.2/CO2',
      'INDIRECT_ELECTRICITY/CO2',
    ]) {
      expect(categories).toContain(expected);
    }
    expect([...categories].some((c) => c.startsWith('1.A.4.c'))).toBe(true);
    const sum = (kind: string) => result.lines.filter((l) => l.kind === kind).reduce((s, l) => s + l.co2eKg, 0);
    expect(result.emissionsCo2eKg).toBeCloseTo(sum('EMISSION'), 6);
    expect(result.removalsCo2eKg).toBeCloseTo(sum('REMOVAL'), 6);
    expect(result.removalsCo2eKg).toBeLessThan(0);
    expect(result.indirectEnergyCo2eKg).toBeCloseTo(sum('INDIRECT'), 6);
    expect(result.totalCo2eKg).toBeCloseTo(result.emissionsCo2eKg + result.removalsCo2eKg, 6);
    expect(result.factorSetChain).toEqual(['IPCC2019']);
    expect(result.method).toContain('AR5');
    // Every line explains itself, and every factor says where it comes from.
    for (const line of result.lines) expect(Object.keys(line.details).length).toBeGreaterThan(0);
    for (const factor of result.factorsUsed) expect(factor.source.length).toBeGreaterThan(3);
    expect(result.factorsUsed.map((f) => f.key)).toContain('GWP.AR5.CH4');
    expect(result.warnings.some((w) => /unconfirmed/i.test(w))).toBe(true);
    const rice = result.intensities.find((i) => i.activityIndex === 0)!;
    expect(rice.co2ePerKgProduct).toBeCloseTo((rice.co2ePerHa * 10) / 60000, 9);
  });

  it('gives the same answer every time, and other GWP sets scale only the non-CO2 gases', async () => {
    const ar5 = (await calculate({ activities: [riceActivity] })).data!.calculateEmissions;
    expect((await calculate({ activities: [riceActivity] })).data!.calculateEmissions).toEqual(ar5);
    const ar4 = (await calculate({ gwp: 'AR4', activities: [riceActivity] })).data!.calculateEmissions;
    const byKey = (r: Result['calculateEmissions']) => new Map(r.lines.map((l) => [`${l.category}/${l.gas}`, l]));
    const [five, four] = [byKey(ar5), byKey(ar4)];
    expect(four.get('3.C.3/CO2')!.co2eKg).toBeCloseTo(five.get('3.C.3/CO2')!.co2eKg, 6);
    expect(four.get('3.C.7/CH4')!.massKg).toBeCloseTo(five.get('3.C.7/CH4')!.massKg, 6);
    expect(four.get('3.C.7/CH4')!.co2eKg / four.get('3.C.7/CH4')!.massKg).toBeCloseTo(25, 6);
    expect(five.get('3.C.7/CH4')!.co2eKg / five.get('3.C.7/CH4')!.massKg).toBeCloseTo(28, 6);
  });

  it('refuses bad input with BAD_USER_INPUT naming the field, and lists every issue', async () => {
    const response = await calculate({
      activities: [
        { cropCode: 'RICE', areaHa: -1, rice: { cultivationDays: 90 } },
        { cropCode: 'NOT_A_CROP', areaHa: 1 },
        { cropCode: 'MAIZE', areaHa: 1, residueBurning: { dryMatterTonnesPerHa: 3, fractionBurned: 1.5 } },
      ],
    });
    const error = response.errors![0].extensions as { code: string; field: string; issues: { path: string; reason: string }[] };
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.field).toBe('input.activities[0].areaHa');
    const paths = error.issues.map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'input.activities[0].areaHa',
        'input.activities[0].rice.waterRegime',
        'input.activities[1].cropCode',
        'input.activities[2].residueBurning.fractionBurned',
      ]),
    );
  });

  it('refuses an unknown factor set', async () => {
    const response = await calculate({ factorSet: 'IPCC1996', activities: [riceActivity] });
    expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.factorSet', reason: 'UNKNOWN_FACTOR_SET' });
  });
});

describe('country-specific factor sets', () => {
  it('overrides one factor without code changes and says where the value came from', async () => {
    const admin = (await createTestUser(server, Role.ADMIN)).headers;
    const sets = (await server.requestText<{ factorSets: { code: string; factors: { key: string }[] }[] }>('{ factorSets { code builtIn factors { key } } }'))
      .data!.factorSets;
    expect(sets.map((s) => s.code)).toEqual(expect.arrayContaining(['IPCC2006', 'IPCC2019']));
    const efKey = sets
      .find((s) => s.code === 'IPCC2019')!
      .factors.map((f) => f.key)
      .find((k) => /EF_?C/i.test(k) && /SOUTH_EAST_ASIA/.test(k))!;
    expect(efKey).toBeDefined();

    const create = `mutation($input: CreateFactorSetInput!) { createFactorSet(input: $input) { factorSet { code base factors { key value source } } userErrors { field code message } } }`;
    const input = {
      code: 'VN_CENTRAL_RICE',
      name: 'Central Vietnam rice baseline',
      description: 'Tier 2 daily baseline for rice, Central Vietnam (literature meta-analysis).',
      base: 'IPCC2019',
      factors: [{ key: efKey, value: 2.84, unit: 'kg CH4/ha/day', source: 'Climate 2020, 8(6):74, Central E season', unconfirmed: true }],
    };
    const created = await server.requestText<{ createFactorSet: { userErrors: unknown[] } }>(create, { input }, admin);
    expect(created.data!.createFactorSet.userErrors).toEqual([]);
    const again = await server.requestText<{ createFactorSet: { userErrors: { code: string }[] } }>(create, { input }, admin);
    expect(again.data!.createFactorSet.userErrors[0].code).toBe('TAKEN');
    const unknownKey = await server.requestText<{ createFactorSet: { userErrors: { field: string[]; code: string }[] } }>(
      create,
      { input: { ...input, code: 'VN_BAD', factors: [{ ...input.factors[0], key: 'NO.SUCH.FACTOR' }] } },
      admin,
    );
    expect(unknownKey.data!.createFactorSet.userErrors[0].field).toEqual(['input', 'factors[0].key']);

    const base = (await calculate({ activities: [riceActivity] })).data!.calculateEmissions;
    // A built-in set is resolved in the process (no stored set can change it); a stored one is read.
    expect(server.lastSqlStatements()).toBe(0);
    const tier2 = (await calculate({ factorSet: 'VN_CENTRAL_RICE', activities: [riceActivity] })).data!.calculateEmissions;
    expect(server.lastSqlStatements()).toBe(1);
    expect(tier2.factorSetChain).toEqual(['VN_CENTRAL_RICE', 'IPCC2019']);
    const ch4 = (r: Result['calculateEmissions']) => r.lines.find((l) => l.category === '3.C.7')!.massKg;
    expect(ch4(tier2) / ch4(base)).toBeCloseTo(2.84 / 1.22, 9);
    const others = (r: Result['calculateEmissions']) => r.lines.filter((l) => l.category !== '3.C.7').map((l) => l.co2eKg);
    expect(others(tier2)).toEqual(others(base));
    const used = tier2.factorsUsed.find((f) => f.key === efKey)!;
    expect(used).toMatchObject({ value: 2.84, factorSet: 'VN_CENTRAL_RICE', unconfirmed: true });
    expect(tier2.warnings.some((w) => w.includes(efKey))).toBe(true);
  });
});

describe('limits of the public calculator', () => {
  const input = (n: number) => ({
    factorSet: 'IPCC2019',
    gwp: 'AR5',
    climateZone: 'TROPICAL_MOIST',
    activities: Array.from({ length: n }, () => ({ cropCode: 'MAIZE', areaHa: 1 })),
  });

  it("prices a calculation per activity, so the cost limit bounds one call's work", async () => {
    const query = 'query($input: CalculationInput!) { calculateEmissions(input: $input) { totalCo2eKg lines { category co2eKg } } }';
    const small = (await server.requestText(query, { input: input(10) })) as unknown as { errors?: unknown; extensions: { cost: { requested: number } } };
    expect(small.errors).toBeUndefined();
    expect(small.extensions.cost.requested).toBe(10 * (1 + 1)); // per activity: 1, plus 1 for its lines object
    const large = await server.requestText(query, { input: input(1000) });
    expect(large.errors![0].extensions).toMatchObject({ reason: 'QUERY_TOO_COSTLY' });
  });

  it('refuses more than 1,000 activities in one call, whatever is selected', async () => {
    const response = await server.requestText('query($input: CalculationInput!) { calculateEmissions(input: $input) { totalCo2eKg } }', { input: input(1001) });
    expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(response.errors![0].extensions)).toContain('activities');
  });
});
