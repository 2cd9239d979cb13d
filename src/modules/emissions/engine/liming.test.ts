import { builtInFactorSet, calculateEmissions, type GwpSetCode } from './index';

function expectSig4(actual: number, expected: number): void {
  expect(actual).toBeCloseTo(expected, 3 - Math.floor(Math.log10(Math.abs(expected))));
}

describe.each(['IPCC2006', 'IPCC2019'])('3.C.2 liming, %s', (set) => {
  it.each(['AR4', 'AR5', 'AR6'] as const)('limestone and dolomite with %s', (gwp: GwpSetCode) => {
    const result = calculateEmissions({
      factorSet: builtInFactorSet(set),
      gwpSet: gwp,
      climateZone: 'TROPICAL_MOIST',
      activities: [
        {
          cropCode: 'COFFEE',
          areaHa: 2,
          lime: [
            { type: 'LIMESTONE', amountKg: 600 },
            { type: 'DOLOMITE', amountKg: 500 },
            { type: 'LIMESTONE', amountKg: 400 },
          ],
        },
      ],
    });
    expect(result.lines).toHaveLength(1);
    const [line] = result.lines;
    expect(line).toMatchObject({ category: '3.C.2', categoryName: 'Liming', gas: 'CO2', kind: 'EMISSION' });
    // C = 1000 kg × 0.12 + 500 kg × 0.13 = 120 + 65 = 185 kg C; CO2 = 185 × 44/12 = 678.33 kg.
    expectSig4(line.massKg, 678.3333);
    // CO2 has GWP 1 in every set.
    expectSig4(line.co2eKg, 678.3333);
    expect(line.details).toMatchObject({ limestoneKg: 1000, dolomiteKg: 500, carbonKg: 185 });
    expect(result.factorsUsed.map((f) => f.key)).toEqual(['CO2.LIME.DOLOMITE', 'CO2.LIME.LIMESTONE']);
  });

  it('warns above 10 t/ha but still computes', () => {
    // 25,000 kg on 2 ha = 12.5 t/ha. CO2 = 25,000 × 0.12 × 44/12 = 11,000 kg.
    const result = calculateEmissions({
      factorSet: builtInFactorSet(set),
      gwpSet: 'AR5',
      climateZone: 'TROPICAL_MOIST',
      activities: [{ cropCode: 'COFFEE', areaHa: 2, lime: [{ type: 'LIMESTONE', amountKg: 25_000 }] }],
    });
    expectSig4(result.totalCo2eKg, 11000);
    expect(result.warnings).toEqual(['activities[0].lime: 12.5 t/ha, above 10 t/ha; check the amounts']);
  });
});
