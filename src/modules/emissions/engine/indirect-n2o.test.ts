import { builtInFactorSet, calculateEmissions, type ActivityData, type CalculationResult, type ClimateZone, type GwpSetCode } from './index';

function expectSig4(actual: number, expected: number): void {
  expect(actual).toBeCloseTo(expected, 3 - Math.floor(Math.log10(Math.abs(expected))));
}

function run(set: string, gwpSet: GwpSetCode, climateZone: ClimateZone, activity: ActivityData): CalculationResult {
  return calculateEmissions({ factorSet: builtInFactorSet(set), gwpSet, climateZone, activities: [activity] });
}

function indirect(result: CalculationResult) {
  const lines = result.lines.filter((l) => l.category === '3.C.5');
  expect(lines).toHaveLength(1);
  return lines[0];
}

// Maize, 10 ha: urea 460 kg N, ammonium sulphate 105 kg N (F_SN 565), F_ON 100, F_CR 50; all N 715.
const maize: ActivityData = {
  cropCode: 'MAIZE',
  areaHa: 10,
  syntheticFertilizers: [
    { type: 'UREA', productKg: 1000 },
    { type: 'AMMONIUM_BASED', productKg: 500, nitrogenFraction: 0.21 },
  ],
  organicNitrogenKg: 100,
  residueNitrogenKg: 50,
};

describe('3.C.5 indirect N2O, wet climate', () => {
  it.each([
    // 2006: volatilised = 565 × 0.10 + 100 × 0.20 = 76.5 kg N; × EF4 0.010 = 0.765 kg N2O-N.
    //       leached = 715 × 0.30 = 214.5 kg N; × EF5 0.0075 = 1.60875 kg N2O-N.
    //       N2O = (0.765 + 1.60875) × 44/28 = 3.73018 kg.
    ['IPCC2006', 'AR4', 3.730179, 1111.593], // × 298
    ['IPCC2006', 'AR5', 3.730179, 988.4973], // × 265
    ['IPCC2006', 'AR6', 3.730179, 1018.339], // × 273
    // 2019: volatilised = 460 × 0.15 + 105 × 0.08 + 100 × 0.21 = 69 + 8.4 + 21 = 98.4 kg N; × 0.014 = 1.3776.
    //       leached = 715 × 0.24 = 171.6 kg N; × 0.011 = 1.8876. N2O = 3.2652 × 44/28 = 5.13103 kg.
    ['IPCC2019', 'AR4', 5.131029, 1529.047], // × 298
    ['IPCC2019', 'AR5', 5.131029, 1359.723], // × 265
    ['IPCC2019', 'AR6', 5.131029, 1400.771], // × 273
  ] as const)('%s %s', (set, gwp, n2oKg, co2eKg) => {
    const line = indirect(run(set, gwp, 'TROPICAL_MOIST', maize));
    expectSig4(line.massKg, n2oKg);
    expectSig4(line.co2eKg, co2eKg);
    expect(line).toMatchObject({ gas: 'N2O', kind: 'EMISSION', categoryName: 'Indirect N2O emissions from managed soils' });
    expect(line.details.leachingApplies).toBe(true);
  });

  it('shows each volatilisation fraction and both pathways in the details (2019)', () => {
    const line = indirect(run('IPCC2019', 'AR5', 'TROPICAL_MOIST', maize));
    expect(line.details).toMatchObject({
      'syntheticFertilizers[0].fracGasf': 0.15,
      'syntheticFertilizers[1].fracGasf': 0.08,
      fracGasm: 0.21,
      ef4: 0.014,
      fracLeach: 0.24,
      ef5: 0.011,
    });
    expectSig4(line.details.volatilisedNKg as number, 98.4);
    expectSig4(line.details.leachedNKg as number, 171.6);
  });
});

describe('3.C.5 indirect N2O, dry climate', () => {
  it.each([
    // 2006: 76.5 × 0.010 = 0.765 kg N2O-N, no leaching; × 44/28 = 1.20214 kg.
    ['IPCC2006', 1.202143],
    // 2019: 98.4 × EF4 dry 0.005 = 0.492 kg N2O-N, no leaching; × 44/28 = 0.773143 kg.
    ['IPCC2019', 0.7731429],
  ])('%s: no leaching, with a warning', (set, n2oKg) => {
    const result = run(set, 'AR5', 'WARM_TEMPERATE_DRY', maize);
    const line = indirect(result);
    expectSig4(line.massKg, n2oKg);
    expect(line.details).toMatchObject({ leachingApplies: false, fracLeach: 0, n2oNLeachingKg: 0 });
    expect(result.warnings).toContain(
      'activities[0]: dry climate without flooding, so leaching (FracLEACH) is taken as 0; irrigation other than drip would make it apply',
    );
  });

  it.each([
    // Rice, urea 92 kg N, F_ON 20; flooded, so it leaches even in a dry zone.
    // 2006: vol = 92 × 0.10 + 20 × 0.20 = 13.2 × 0.010 = 0.132; leach = 112 × 0.30 × 0.0075 = 0.252;
    //       (0.132 + 0.252) × 44/28 = 0.603429 kg.
    ['IPCC2006', 0.6034286],
    // 2019: vol = 92 × 0.15 + 20 × 0.21 = 18 × 0.005 = 0.09; leach = 112 × 0.24 × 0.011 = 0.29568;
    //       (0.09 + 0.29568) × 44/28 = 0.606069 kg.
    ['IPCC2019', 0.6060686],
  ])('%s: flooded rice leaches in a dry climate', (set, n2oKg) => {
    const result = run(set, 'AR5', 'TROPICAL_DRY', {
      cropCode: 'RICE',
      areaHa: 4,
      syntheticFertilizers: [{ type: 'UREA', productKg: 200 }],
      organicNitrogenKg: 20,
      rice: { waterRegime: 'CONTINUOUSLY_FLOODED', preSeason: 'NON_FLOODED_SHORT', cultivationDays: 100 },
    });
    expectSig4(indirect(result).massKg, n2oKg);
    expect(result.warnings.some((w) => w.includes('FracLEACH'))).toBe(false);
  });
});
