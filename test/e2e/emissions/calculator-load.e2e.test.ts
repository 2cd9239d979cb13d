// One anonymous request must not stall the server: the calculator is priced per activity whatever is
// selected, and a request computes at most MAX_ACTIVITIES_PER_REQUEST activities across its aliases.
import { TestServer, startTestServer } from '../../helpers/test-server';
import { riceActivity } from './fixtures';

const SETTINGS = 'factorSet: "IPCC2019", gwp: AR5, climateZone: TROPICAL_MOIST';
const settings = { factorSet: 'IPCC2019', gwp: 'AR5', climateZone: 'TROPICAL_MOIST' };
const maize = (n: number) => Array.from({ length: n }, () => ({ cropCode: 'MAIZE', areaHa: 1 }));
const rice = (n: number) => Array.from({ length: n }, () => riceActivity);

/** `aliases` copies of calculateEmissions on the same $input, selecting only totalCo2eKg. */
const aliased = (aliases: number) =>
  `query($input: CalculationInput!) { ${Array.from({ length: aliases }, (_, i) => `a${i}: calculateEmissions(input: $input) { totalCo2eKg }`).join(' ')} }`;

type Costed = { errors?: { extensions?: Record<string, unknown> }[]; extensions?: { cost?: { requested: number } } };

const operationLines = (server: TestServer) => server.logs.filter((l) => l.msg === 'graphql operation');

describe('with the default limits', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ seed: false });
  });
  afterAll(async () => {
    await server.stop();
  });

  it('charges every activity even when only a total is selected', async () => {
    const response = (await server.requestText(aliased(1), { input: { ...settings, activities: maize(10) } })) as Costed;
    expect(response.errors).toBeUndefined();
    expect(response.extensions?.cost?.requested).toBe(10);
  });

  it('refuses 20 aliases of the same 1,000 activities before computing anything', async () => {
    const response = (await server.requestText(aliased(20), { input: { ...settings, activities: rice(1000) } })) as Costed;
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_ACTIVITIES', activities: 20_000, maxActivities: 1000 });
    expect(operationLines(server).at(-1)).toMatchObject({ sqlStatements: 0 });
  });

  it('computes the largest request allowed: 1,000 activities with only the total selected', async () => {
    const response = (await server.requestText(aliased(1), { input: { ...settings, activities: rice(1000) } })) as Costed & {
      data?: { a0: { totalCo2eKg: number } };
    };
    expect(response.errors).toBeUndefined();
    expect(response.extensions?.cost?.requested).toBe(1000);
    const one = (await server.requestText<{ a0: { totalCo2eKg: number } }>(aliased(1), { input: { ...settings, activities: rice(1) } })).data!;
    expect(response.data!.a0.totalCo2eKg).toBeCloseTo(1000 * one.a0.totalCo2eKg, 3);
  });
});

describe('with a cost limit high enough to let the activities through', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ seed: false, env: { MAX_QUERY_COST: '1000000' } });
  });
  afterAll(async () => {
    await server.stop();
  });

  it('still refuses more than 1,000 activities in one request, counting literal lists and variables alike', async () => {
    const literal = `[${maize(600)
      .map(() => '{ cropCode: "MAIZE", areaHa: 1 }')
      .join(', ')}]`;
    const query = `query($input: CalculationInput!) {
      fromVariable: calculateEmissions(input: $input) { totalCo2eKg }
      fromLiteral: calculateEmissions(input: { ${SETTINGS}, activities: ${literal} }) { totalCo2eKg }
    }`;
    const response = (await server.requestText(query, { input: { ...settings, activities: maize(600) } })) as Costed & { data?: unknown };
    expect(response.data).toBeUndefined();
    expect(response.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'TOO_MANY_ACTIVITIES',
      field: 'input.activities',
      activities: 1200,
      maxActivities: 1000,
    });
    expect(operationLines(server).at(-1)).toMatchObject({ sqlStatements: 0 });

    const fits = (await server.requestText(query, { input: { ...settings, activities: maize(400) } })) as Costed;
    expect(fits.errors).toBeUndefined();
  });
});
