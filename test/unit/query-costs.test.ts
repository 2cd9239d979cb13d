import 'reflect-metadata';
import { GraphQLSchema, parse } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from '../../src/core/relay/pagination';
import { DATA_SET_WORK, activityTally } from '../../src/server/limits/cost-estimators';
import { costEstimators } from '../../src/server/limits/query-limits';
import { buildApiSchema } from '../../src/app';

// The API's own schema, costed as the server costs it: fields that work whatever is selected must say so.
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildApiSchema();
});

const cost = (query: string, variables: Record<string, unknown> = {}) =>
  getComplexity({ schema, query: parse(query), variables, estimators: costEstimators(DEFAULT_PAGE_SIZE) });
const activities = (query: string, variables: Record<string, unknown> = {}) => {
  const tally = activityTally();
  getComplexity({ schema, query: parse(query), variables, estimators: [tally.estimator, ...costEstimators(DEFAULT_PAGE_SIZE)] });
  return tally.total();
};

const ID = '"RW1pc3Npb25JbnZlbnRvcnk6MQ=="';

// Each with the smallest selection a client can make.
const WHOLE_DATA_SET_FIELDS: [string, string][] = [
  ['planProgress', '{ planProgress(year: 2026) { year } }'],
  ['communeScorecard', '{ communeScorecard(administrativeUnitCode: "24175", year: 2026) { year } }'],
  ['overdueItems', '{ overdueItems { asOf } }'],
  ['annualEmissionReport', '{ annualEmissionReport(year: 2026) { year } }'],
  ['emissionReduction', '{ emissionReduction(input: { year: 2026 }) { year } }'],
  ['nationalInventorySubmissions', '{ nationalInventorySubmissions(year: 2026) }'],
  ['nationalSubmissions', '{ nationalSubmissions(year: 2026) { format } }'],
  ['emissionInventoryDiff', `{ emissionInventoryDiff(fromId: ${ID}, toId: ${ID}) { __typename } }`],
  ['calculateEmissionInventory', 'mutation { calculateEmissionInventory(input: { administrativeUnitCode: "24175", year: 2026 }) { __typename } }'],
  ['compileProvincialInventory', 'mutation { compileProvincialInventory(input: { year: 2026 }) { __typename } }'],
  ['importActivityRecords', 'mutation { importActivityRecords(input: { records: [] }) { __typename } }'],
  ['importAttendance', `mutation { importAttendance(input: { trainingEventId: ${ID}, csv: "" }) { __typename } }`],
];

describe('fields that compute over a whole data set', () => {
  it.each(WHOLE_DATA_SET_FIELDS)('%s costs its work even with the smallest selection', (_name, query) => {
    expect(cost(query)).toBeGreaterThanOrEqual(DATA_SET_WORK);
  });

  it.each(WHOLE_DATA_SET_FIELDS)('%s cannot be repeated in aliases past the default limit of 1,000', (_name, query) => {
    const field = query.replace(/^(mutation )?\{ /, '').replace(/ \}$/, '');
    const aliased = `${query.startsWith('mutation') ? 'mutation ' : ''}{ ${Array.from({ length: 11 }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
    expect(cost(aliased)).toBeGreaterThan(1000);
  });
});

describe('calculateEmissions', () => {
  const input = (n: number) => ({
    factorSet: 'IPCC2019',
    gwp: 'AR5',
    climateZone: 'TROPICAL_MOIST',
    activities: Array.from({ length: n }, () => ({ cropCode: 'MAIZE', areaHa: 1 })),
  });
  const total = 'query($input: CalculationInput!) { calculateEmissions(input: $input) { totalCo2eKg } }';

  it('costs 1 per activity whatever is selected, plus its selection per activity', () => {
    expect(cost(total, { input: input(1000) })).toBe(1000);
    expect(cost('query($input: CalculationInput!) { calculateEmissions(input: $input) { totalCo2eKg lines { co2eKg } } }', { input: input(10) })).toBe(20);
    expect(cost('{ calculateEmissions(input: { factorSet: "IPCC2019", gwp: AR5, climateZone: TROPICAL_MOIST, activities: [] }) { totalCo2eKg } }')).toBe(1);
  });

  it('counts its activities toward the per-request cap, alias by alias', () => {
    const twice = 'query($input: CalculationInput!) { a: calculateEmissions(input: $input) { totalCo2eKg } b: calculateEmissions(input: $input) { method } }';
    expect(activities(twice, { input: input(600) })).toBe(1200);
    expect(activities('{ crops { code } planProgress(year: 2026) { year } }')).toBe(0);
  });
});

describe("a pilot's emissionReduction", () => {
  it('costs two engine runs per pilot, whatever is selected', () => {
    // Per pilot: edges 1 + node 1 + emissionReduction 10.
    expect(cost('{ pilotModels(first: 5) { edges { node { emissionReduction { reductionCo2eKg } } } } }')).toBe(1 + 5 * 12);
  });
});
