// Throughput of the public emission calculator, as ratios to a trivial query measured in the same run
// (see run-cases.ts): one activity, a farm's 10, a cooperative's 100, and the most one request may
// compute (1,000 in variables, total only), whose longest event-loop wait shows what it makes other
// requests wait.
import { benchmark } from './run-cases';

const ACTIVITY = `{ cropCode: "RICE", areaHa: 2, syntheticFertilizers: [{ type: UREA, productKg: 300 }], organicNitrogenKg: 20,
  rice: { waterRegime: MULTIPLE_DRAINAGE, preSeason: NON_FLOODED_SHORT, cultivationDays: 100, organicAmendments: [{ type: STRAW_SHORT, tonnesPerHa: 2 }] },
  residueBurning: { dryMatterTonnesPerHa: 5, fractionBurned: 0.3 }, energy: { dieselLitres: 40, dieselUse: OFF_ROAD, electricityKwh: 300 }, yieldTonnes: 12 }`;
// The same activity as JSON, for the case sent in variables.
const RICE = {
  cropCode: 'RICE',
  areaHa: 2,
  syntheticFertilizers: [{ type: 'UREA', productKg: 300 }],
  organicNitrogenKg: 20,
  rice: {
    waterRegime: 'MULTIPLE_DRAINAGE',
    preSeason: 'NON_FLOODED_SHORT',
    cultivationDays: 100,
    organicAmendments: [{ type: 'STRAW_SHORT', tonnesPerHa: 2 }],
  },
  residueBurning: { dryMatterTonnesPerHa: 5, fractionBurned: 0.3 },
  energy: { dieselLitres: 40, dieselUse: 'OFF_ROAD', electricityKwh: 300 },
  yieldTonnes: 12,
};
const input = (n: number) => `{ factorSet: "IPCC2019", gwp: AR5, climateZone: TROPICAL_MOIST, activities: [${Array(n).fill(ACTIVITY).join(',')}] }`;
const calculate = (n: number) =>
  `{ calculateEmissions(input: ${input(n)}) { totalCo2eKg lines { category gas co2eKg details } factorsUsed { key value source } warnings } }`;

benchmark('bench_emissions', [
  ['calculateEmissions, 1 activity', calculate(1)],
  ['calculateEmissions, 10 activities', calculate(10)],
  ['calculateEmissions, 100 activities', calculate(100)],
  [
    'calculateEmissions, 1,000 activities, total only',
    'query($input: CalculationInput!) { calculateEmissions(input: $input) { totalCo2eKg } }',
    { input: { factorSet: 'IPCC2019', gwp: 'AR5', climateZone: 'TROPICAL_MOIST', activities: Array(1000).fill(RICE) } },
  ],
  ['factorSets with every factor', '{ factorSets { code factors { key value unit source unconfirmed } } }'],
]);
