import { builtInFactorSet, calculateEmissions, type GwpSetCode } from './index';

function expectSig4(actual: number, expected: number): void {
  expect(actual).toBeCloseTo(expected, 3 - Math.floor(Math.log10(Math.abs(expected))));
}

describe.each(['IPCC2006', 'IPCC2019'])('3.C.3 urea, %s', (set) => {
  it.each(['AR4', 'AR5', 'AR6'] as const)('counts urea product only, with %s', (gwp: GwpSetCode) => {
    const result = calculateEmissions({
      factorSet: builtInFactorSet(set),
      gwpSet: gwp,
      climateZone: 'TROPICAL_MOIST',
      activities: [
        {
          cropCode: 'MAIZE',
          areaHa: 5,
          syntheticFertilizers: [
            { type: 'UREA', productKg: 600 },
            { type: 'AMMONIUM_BASED', productKg: 500, nitrogenFraction: 0.21 },
            // The N fraction does not matter for 3.C.3: the equation takes the urea mass.
            { type: 'UREA', productKg: 400, nitrogenFraction: 0.4 },
          ],
        },
      ],
    });
    const urea = result.lines.filter((l) => l.category === '3.C.3');
    expect(urea).toHaveLength(1);
    // CO2 = 1000 kg urea × 0.20 t C/t × 44/12 = 733.33 kg; GWP of CO2 is 1.
    expectSig4(urea[0].massKg, 733.3333);
    expectSig4(urea[0].co2eKg, 733.3333);
    expect(urea[0]).toMatchObject({ categoryName: 'Urea application', gas: 'CO2', kind: 'EMISSION' });
    expect(urea[0].details).toMatchObject({ ureaKg: 1000, efTCPerTUrea: 0.2, carbonKg: 200 });
  });

  it('has no urea line without urea', () => {
    const result = calculateEmissions({
      factorSet: builtInFactorSet(set),
      gwpSet: 'AR5',
      climateZone: 'TROPICAL_MOIST',
      activities: [{ cropCode: 'MAIZE', areaHa: 5, syntheticFertilizers: [{ type: 'NITRATE_BASED', productKg: 100 }] }],
    });
    expect(result.lines.map((l) => l.category)).toEqual(['3.C.4', '3.C.5']);
  });
});
