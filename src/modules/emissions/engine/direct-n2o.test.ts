import { builtInFactorSet, calculateEmissions, type ActivityData, type CalculationResult, type ClimateZone, type GwpSetCode, type WaterRegime } from './index';

function expectSig4(actual: number, expected: number): void {
  expect(actual).toBeCloseTo(expected, 3 - Math.floor(Math.log10(Math.abs(expected))));
}

function run(set: string, gwpSet: GwpSetCode, climateZone: ClimateZone, activity: ActivityData): CalculationResult {
  return calculateEmissions({ factorSet: builtInFactorSet(set), gwpSet, climateZone, activities: [activity] });
}

function direct(result: CalculationResult) {
  const lines = result.lines.filter((l) => l.category === '3.C.4');
  expect(lines).toHaveLength(1);
  return lines[0];
}

// Maize, 10 ha: urea 1000 kg × 0.46 = 460 kg N; ammonium sulphate 500 kg × 0.21 (default) = 105 kg N;
// F_SN = 565 kg N; F_ON = 100; F_CR = 50; other N = 150; all N = 715.
const maize: ActivityData = {
  cropCode: 'MAIZE',
  areaHa: 10,
  syntheticFertilizers: [
    { type: 'UREA', productKg: 1000 },
    { type: 'AMMONIUM_BASED', productKg: 500 },
  ],
  organicNitrogenKg: 100,
  residueNitrogenKg: 50,
};

describe('3.C.4 direct N2O, upland crops', () => {
  it.each([
    // [set, GWP, N2O kg, co2e kg]
    // 2006: 715 × 0.01 = 7.15 kg N2O-N × 44/28 = 11.2357 kg N2O.
    ['IPCC2006', 'AR4', 11.23571, 3348.243], // × 298
    ['IPCC2006', 'AR5', 11.23571, 2977.464], // × 265
    ['IPCC2006', 'AR6', 11.23571, 3067.35], // × 273
    // 2019 wet: 565 × 0.016 + 150 × 0.006 = 9.04 + 0.9 = 9.94 kg N2O-N × 44/28 = 15.62 kg N2O.
    ['IPCC2019', 'AR4', 15.62, 4654.76], // × 298
    ['IPCC2019', 'AR5', 15.62, 4139.3], // × 265
    ['IPCC2019', 'AR6', 15.62, 4264.26], // × 273
  ] as const)('%s %s in a wet (tropical moist) climate', (set, gwp, n2oKg, co2eKg) => {
    const line = direct(run(set, gwp, 'TROPICAL_MOIST', maize));
    expectSig4(line.massKg, n2oKg);
    expectSig4(line.co2eKg, co2eKg);
    expect(line).toMatchObject({ gas: 'N2O', kind: 'EMISSION', categoryName: 'Direct N2O emissions from managed soils' });
    expect(line.details).toMatchObject({
      syntheticNKg: 565,
      organicNKg: 100,
      residueNKg: 50,
      'syntheticFertilizers[0].nKg': 460,
      'syntheticFertilizers[1].nitrogenFraction': 0.21,
      climateClass: 'WET',
    });
  });

  it('takes the 2019R wet split factors', () => {
    const line = direct(run('IPCC2019', 'AR5', 'TROPICAL_WET', maize));
    expect(line.details).toMatchObject({ ef1Synthetic: 0.016, ef1Other: 0.006 });
    // 565 × 0.016 = 9.04; 150 × 0.006 = 0.9.
    expectSig4(line.details.n2oNSyntheticKg as number, 9.04);
    expectSig4(line.details.n2oNOtherKg as number, 0.9);
  });

  it.each([
    // 2006 dry: one EF1, 715 × 0.01 × 44/28 = 11.2357 kg.
    ['IPCC2006', 11.23571],
    // 2019 dry: 715 × 0.005 = 3.575 kg N2O-N × 44/28 = 5.6179 kg.
    ['IPCC2019', 5.617857],
  ])('%s in a dry climate', (set, n2oKg) => {
    const line = direct(run(set, 'AR5', 'TROPICAL_DRY', maize));
    expectSig4(line.massKg, n2oKg);
    expect(line.details.climateClass).toBe('DRY');
  });

  it('warns that the ammonium N fraction is UNCONFIRMED, and not when the fraction is entered', () => {
    const defaulted = run('IPCC2019', 'AR5', 'TROPICAL_MOIST', maize);
    expect(defaulted.warnings.some((w) => w.startsWith('UNCONFIRMED factor FERTILIZER.N_FRACTION.AMMONIUM_BASED = 0.21'))).toBe(true);
    const entered = run('IPCC2019', 'AR5', 'TROPICAL_MOIST', {
      ...maize,
      syntheticFertilizers: [
        { type: 'UREA', productKg: 1000 },
        { type: 'AMMONIUM_BASED', productKg: 500, nitrogenFraction: 0.21 },
      ],
    });
    expect(entered.warnings).toEqual([]);
    expectSig4(direct(entered).massKg, 15.62);
  });
});

describe('3.C.4 direct N2O, flooded rice (EF1FR)', () => {
  // Rice, 4 ha: urea 200 kg × 0.46 = 92 kg N; F_ON = 20; all N = 112 kg.
  const rice = (waterRegime: WaterRegime): ActivityData => ({
    cropCode: 'RICE',
    areaHa: 4,
    syntheticFertilizers: [{ type: 'UREA', productKg: 200 }],
    organicNitrogenKg: 20,
    rice: { waterRegime, preSeason: 'NON_FLOODED_SHORT', cultivationDays: 100 },
  });

  it.each([
    // 2006: one EF1FR 0.003: 112 × 0.003 = 0.336 kg N2O-N × 44/28 = 0.528 kg N2O.
    ['IPCC2006', 'CONTINUOUSLY_FLOODED', 0.528],
    ['IPCC2006', 'MULTIPLE_DRAINAGE', 0.528],
    ['IPCC2006', 'RAINFED_REGULAR', 0.528],
    // 2019: continuous 0.003 → 0.528; drainage 0.005: 112 × 0.005 × 44/28 = 0.88; rainfed/deep water
    // aggregated 0.004: 112 × 0.004 × 44/28 = 0.704.
    ['IPCC2019', 'CONTINUOUSLY_FLOODED', 0.528],
    ['IPCC2019', 'SINGLE_DRAINAGE', 0.88],
    ['IPCC2019', 'MULTIPLE_DRAINAGE', 0.88],
    ['IPCC2019', 'RAINFED_REGULAR', 0.704],
    ['IPCC2019', 'RAINFED_DROUGHT_PRONE', 0.704],
    ['IPCC2019', 'DEEP_WATER', 0.704],
  ] as const)('%s %s', (set, regime, n2oKg) => {
    // A dry zone too: flooded rice ignores the climate class.
    for (const zone of ['TROPICAL_MOIST', 'TROPICAL_DRY'] as const) {
      const line = direct(run(set, 'AR5', zone, rice(regime)));
      expectSig4(line.massKg, n2oKg);
      expectSig4(line.co2eKg, n2oKg * 265);
      expect(line.details.climateClass).toBe(`FLOODED_RICE_${regime}`);
    }
  });

  it.each([
    // 2006: 112 × 0.01 × 44/28 = 1.76 kg.
    ['IPCC2006', 1.76],
    // 2019 wet: 92 × 0.016 + 20 × 0.006 = 1.472 + 0.12 = 1.592 kg N2O-N × 44/28 = 2.5017 kg.
    ['IPCC2019', 2.501714],
  ])('upland rice uses the upland EF1 (%s)', (set, n2oKg) => {
    const line = direct(run(set, 'AR6', 'TROPICAL_MOIST', rice('UPLAND')));
    expectSig4(line.massKg, n2oKg);
    expectSig4(line.co2eKg, n2oKg * 273);
  });
});
