import { builtInFactorSet, calculateEmissions, type ActivityData, type CalculationResult, type ClimateZone, type GwpSetCode } from './index';

function expectSig4(actual: number, expected: number): void {
  expect(actual).toBeCloseTo(expected, 3 - Math.floor(Math.log10(Math.abs(expected))));
}

function run(set: string, gwpSet: GwpSetCode, climateZone: ClimateZone, activity: ActivityData): CalculationResult {
  return calculateEmissions({ factorSet: builtInFactorSet(set), gwpSet, climateZone, activities: [activity] });
}

// Coffee, 10 ha, 3 years old, 1 ha removed, tropical moist (G 2.6 t C/ha/yr, cycle 8 yr, L 21 t C/ha):
// gain = (10 − 1) × 2.6 = 23.4 t C → CO2 = −23.4 × 44/12 × 1000 = −85,800 kg (REMOVAL);
// loss = 1 × 21 = 21 t C → CO2 = 21 × 44/12 × 1000 = 77,000 kg (EMISSION). Net −8,800 kg.
const coffee: ActivityData = { cropCode: 'COFFEE', areaHa: 10, perennial: { standAgeYears: 3, removedAreaHa: 1 }, yieldTonnes: 25 };

describe.each(['IPCC2006', 'IPCC2019'])('3.B.2 perennial biomass, %s', (set) => {
  it.each(['AR4', 'AR5', 'AR6'] as const)('gain and loss lines with %s (CO2: GWP 1)', (gwp) => {
    const result = run(set, gwp, 'TROPICAL_MOIST', coffee);
    expect(result.lines.map((l) => [l.category, l.gas, l.kind])).toEqual([
      ['3.B.2', 'CO2', 'EMISSION'],
      ['3.B.2', 'CO2', 'REMOVAL'],
    ]);
    const [loss, gain] = result.lines;
    expectSig4(gain.massKg, -85800);
    expectSig4(gain.co2eKg, -85800);
    expectSig4(loss.massKg, 77000);
    expectSig4(result.removalsCo2eKg, -85800);
    expectSig4(result.emissionsCo2eKg, 77000);
    expectSig4(result.totalCo2eKg, -8800);
    // Intensity: −8,800 / 10 ha = −880 kg/ha; −8,800 / 25,000 kg = −0.352 kg CO2e/kg.
    expectSig4(result.intensities[0].co2ePerHa, -880);
    expectSig4(result.intensities[0].co2ePerKgProduct!, -0.352);
    expect(gain.details).toMatchObject({ growingAreaHa: 9, maturityCycleYears: 8, withinMaturityCycle: true, lossTC: 21 });
    expectSig4(gain.details.gainTC as number, 23.4);
  });

  it('tropical wet, young stand, nothing removed', () => {
    // 5 ha × 10 t C/ha/yr = 50 t C → −50 × 44/12 × 1000 = −183,333 kg; no loss line.
    const result = run(set, 'AR5', 'TROPICAL_WET', { cropCode: 'DURIAN', areaHa: 5, perennial: { standAgeYears: 2 } });
    expect(result.lines).toHaveLength(1);
    expect(result.lines[0].kind).toBe('REMOVAL');
    expectSig4(result.lines[0].massKg, -183333.3);
  });

  it('is net zero once mature (Tier 1): only a removal of stand shows', () => {
    // Age 8 = cycle: no gain. Removed 2 ha × 21 t C = 42 t C → 154,000 kg CO2.
    const mature = run(set, 'AR5', 'TROPICAL_MOIST', { cropCode: 'PEPPER', areaHa: 10, perennial: { standAgeYears: 8, removedAreaHa: 2 } });
    expect(mature.lines.map((l) => l.kind)).toEqual(['EMISSION']);
    expectSig4(mature.lines[0].massKg, 154000);
    const untouched = run(set, 'AR5', 'TROPICAL_MOIST', { cropCode: 'PEPPER', areaHa: 10, perennial: { standAgeYears: 12 } });
    expect(untouched.lines).toEqual([]);
  });

  it('temperate and dry zones take their own rows', () => {
    // Warm temperate moist: 4 ha × 2.1 = 8.4 t C → −30,800 kg. Tropical dry: 4 × 1.8 = 7.2 t C → −26,400 kg.
    const temperate = run(set, 'AR5', 'WARM_TEMPERATE_MOIST', { cropCode: 'OTHER_PERENNIAL', areaHa: 4, perennial: { standAgeYears: 20 } });
    expectSig4(temperate.totalCo2eKg, -30800);
    const dry = run(set, 'AR5', 'TROPICAL_DRY', { cropCode: 'OTHER_PERENNIAL', areaHa: 4, perennial: { standAgeYears: 4 } });
    expectSig4(dry.totalCo2eKg, -26400);
  });
});

describe('3.B.2 provenance', () => {
  it('flags the UNCONFIRMED cycle and stock in 2006, and the unconfirmed 2019R retention of G', () => {
    const keys = (r: CalculationResult) => r.factorsUsed.filter((f) => f.unconfirmed).map((f) => f.key);
    expect(keys(run('IPCC2006', 'AR5', 'TROPICAL_MOIST', coffee))).toEqual(['PERENNIAL.CYCLE.TROPICAL_MOIST', 'PERENNIAL.L.TROPICAL_MOIST']);
    expect(keys(run('IPCC2019', 'AR5', 'TROPICAL_MOIST', coffee))).toEqual([
      'PERENNIAL.CYCLE.TROPICAL_MOIST',
      'PERENNIAL.G.TROPICAL_MOIST',
      'PERENNIAL.L.TROPICAL_MOIST',
    ]);
  });
});
