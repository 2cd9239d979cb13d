import { builtInFactorSet, calculateEmissions, type ActivityData, type CalculationRequest, type CalculationResult, type GwpSetCode } from './index';

function expectSig4(actual: number, expected: number): void {
  expect(actual).toBeCloseTo(expected, 3 - Math.floor(Math.log10(Math.abs(expected))));
}

function run(set: string, gwpSet: GwpSetCode, activity: ActivityData, extra: Partial<CalculationRequest> = {}): CalculationResult {
  return calculateEmissions({ factorSet: builtInFactorSet(set), gwpSet, climateZone: 'TROPICAL_MOIST', year: 2023, activities: [activity], ...extra });
}

// 1000 L diesel × 0.837 kg/L = 837 kg × 43.0 MJ/kg = 35,991 MJ = 0.035991 TJ.
// CO2 = 0.035991 × 74,100 = 2666.93 kg.
// Off-road: CH4 = 0.035991 × 4.15 = 0.149363 kg; N2O = 0.035991 × 28.6 = 1.029343 kg.
// Stationary: CH4 = 0.035991 × 10 = 0.35991 kg; N2O = 0.035991 × 0.6 = 0.0215946 kg.
describe.each(['IPCC2006', 'IPCC2019'])('1.A.4.c diesel, %s', (set) => {
  it.each([
    // [GWP, CH4 co2e, N2O co2e, total] fossil CH4 GWP: AR4 25, AR5 28, AR6 29.8
    ['AR4', 3.734066, 306.7441, 2977.411], // 0.149363 × 25; 1.029343 × 298; 2666.933 + 3.734 + 306.744
    ['AR5', 4.182154, 272.7758, 2943.891], // × 28; × 265 → 2.944 kg CO2e/L as in the reference sheet
    ['AR6', 4.451007, 281.0105, 2952.395], // × 29.8; × 273
  ] as const)('off-road machinery with %s', (gwp, ch4Co2e, n2oCo2e, total) => {
    const result = run(set, gwp, { cropCode: 'SUGARCANE', areaHa: 20, energy: { dieselLitres: 1000, dieselUse: 'OFF_ROAD' } });
    expect(result.lines.map((l) => [l.category, l.gas])).toEqual([
      ['1.A.4.c.ii', 'CO2'],
      ['1.A.4.c.ii', 'CH4'],
      ['1.A.4.c.ii', 'N2O'],
    ]);
    const [co2, ch4, n2o] = result.lines;
    expectSig4(co2.massKg, 2666.933);
    expectSig4(ch4.massKg, 0.1493627);
    expectSig4(n2o.massKg, 1.029343);
    expectSig4(ch4.co2eKg, ch4Co2e);
    expectSig4(n2o.co2eKg, n2oCo2e);
    expectSig4(result.totalCo2eKg, total);
    expect(result.factorsUsed.map((f) => f.key)).toContain(`GWP.${gwp}.CH4_FOSSIL`);
    expect(result.factorsUsed.map((f) => f.key)).not.toContain(`GWP.${gwp}.CH4`);
    expectSig4(co2.details.energyTJ as number, 0.035991);
  });

  it.each([
    ['AR4', 2682.366], // 2666.933 + 0.35991 × 25 + 0.0215946 × 298
    ['AR5', 2682.733], // 2666.933 + 0.35991 × 28 + 0.0215946 × 265 → 2.683 kg CO2e/L as in the reference sheet
    ['AR6', 2683.554], // 2666.933 + 0.35991 × 29.8 + 0.0215946 × 273
  ] as const)('stationary pumps with %s', (gwp, total) => {
    const result = run(set, gwp, { cropCode: 'COFFEE', areaHa: 20, energy: { dieselLitres: 1000, dieselUse: 'STATIONARY' } });
    expect(result.lines.every((l) => l.category === '1.A.4.c.i')).toBe(true);
    expectSig4(result.lines[1].massKg, 0.35991);
    expectSig4(result.lines[2].massKg, 0.0215946);
    expectSig4(result.totalCo2eKg, total);
    expect(result.lines[0].categoryName).toBe('Agriculture: stationary fuel combustion');
  });

  it('flags the UNCONFIRMED density and more than 1000 L/ha', () => {
    const result = run(set, 'AR5', { cropCode: 'COFFEE', areaHa: 1, energy: { dieselLitres: 1500, dieselUse: 'STATIONARY' } });
    expect(result.warnings[0]).toBe('activities[0].energy.dieselLitres: 1500 L/ha, above 1000 L/ha; check the amount');
    expect(result.warnings[1]).toMatch(/^UNCONFIRMED factor ENERGY\.DIESEL\.DENSITY = 0\.837 kg\/L/u);
  });
});

describe('grid electricity (indirect)', () => {
  it.each(['IPCC2006', 'IPCC2019'])('is reported apart and never in the totals (%s)', (set) => {
    // 5000 kWh = 5 MWh × 0.6592 t/MWh (2023) = 3.296 t = 3296 kg CO2.
    const result = run(set, 'AR5', { cropCode: 'COFFEE', areaHa: 2, energy: { electricityKwh: 5000 } });
    expect(result.lines).toHaveLength(1);
    expect(result.lines[0]).toMatchObject({ category: 'INDIRECT_ELECTRICITY', gas: 'CO2', kind: 'INDIRECT' });
    expectSig4(result.lines[0].massKg, 3296);
    expectSig4(result.indirectEnergyCo2eKg, 3296);
    expect(result.totalCo2eKg).toBe(0);
    expect(result.emissionsCo2eKg).toBe(0);
    expect(result.intensities[0].netCo2eKg).toBe(0);
    expect(result.warnings).toEqual([]);
  });

  it.each([
    // [year, factor year, kg CO2 for 5000 kWh, warning]
    [2016, 2016, 4592.5, null], // 5 × 0.9185 × 1000
    [2025, 2023, 3296, 'activities[0].energy.electricityKwh: no grid factor for 2025; the 2023 factor was used'],
    [2010, 2014, 3306, 'activities[0].energy.electricityKwh: no grid factor for 2010; the 2014 factor was used'], // 5 × 0.6612
    [null, 2023, 3296, 'activities[0].energy.electricityKwh: no year given; the latest grid factor (2023) was used'],
  ])('year %s takes the %s factor', (year, factorYear, kg, warning) => {
    const result = run('IPCC2019', 'AR6', { cropCode: 'COFFEE', areaHa: 2, energy: { electricityKwh: 5000 } }, { year });
    expectSig4(result.lines[0].massKg, kg);
    expect(result.lines[0].details.gridYear).toBe(factorYear);
    expect(result.warnings).toEqual(warning ? [warning] : []);
    expect(result.factorsUsed).toEqual([expect.objectContaining({ key: `ELECTRICITY.GRID_EF.VN.${factorYear}`, unit: 't CO2/MWh', factorSet: 'IPCC2019' })]);
  });
});
