import { builtInFactorSet, calculateEmissions, type ActivityData, type CalculationResult, type GwpSetCode } from './index';

// Agreement to four significant figures.
function expectSig4(actual: number, expected: number): void {
  expect(actual).toBeCloseTo(expected, 3 - Math.floor(Math.log10(Math.abs(expected))));
}

function run(set: string, gwpSet: GwpSetCode, activity: ActivityData): CalculationResult {
  return calculateEmissions({ factorSet: builtInFactorSet(set), gwpSet, climateZone: 'TROPICAL_MOIST', activities: [activity] });
}

function line(result: CalculationResult, gas: string) {
  const found = result.lines.filter((l) => l.category === '3.C.1' && l.gas === gas);
  expect(found).toHaveLength(1);
  return found[0];
}

// Maize, 10 ha, half burnt, 6 t DM/ha: A = 10 × 0.5 = 5 ha; fuel = 5 × 6 = 30 t DM; C_f 0.80 → 24 t DM burnt.
// CH4 = 24 t × 2.7 g/kg = 64.8 kg; N2O = 24 × 0.07 = 1.68 kg. G_ef and C_f are the same in both sets.
const maize: ActivityData = { cropCode: 'MAIZE', areaHa: 10, residueBurning: { dryMatterTonnesPerHa: 6, fractionBurned: 0.5 } };

describe.each(['IPCC2006', 'IPCC2019'])('3.C.1 residue burning, %s', (set) => {
  it.each([
    // [GWP set, CH4 co2e, N2O co2e]
    ['AR4', 1620, 500.64], // 64.8 × 25; 1.68 × 298
    ['AR5', 1814.4, 445.2], // 64.8 × 28; 1.68 × 265
    ['AR6', 1749.6, 458.64], // 64.8 × 27.0 (non-fossil); 1.68 × 273
  ] as const)('maize with %s', (gwp, ch4Co2e, n2oCo2e) => {
    const result = run(set, gwp, maize);
    const ch4 = line(result, 'CH4');
    const n2o = line(result, 'N2O');
    expectSig4(ch4.massKg, 64.8);
    expectSig4(n2o.massKg, 1.68);
    expectSig4(ch4.co2eKg, ch4Co2e);
    expectSig4(n2o.co2eKg, n2oCo2e);
    expect(ch4.categoryName).toBe('Biomass burning in cropland (crop residues)');
    expect(ch4.details).toMatchObject({ areaBurntHa: 5, combustionFactor: 0.8, burntDryMatterT: 24 });
    // Biogenic CO2 24 × 1515 = 36,360 kg: in the details, never a line.
    expectSig4(ch4.details.biogenicCo2KgNotReported as number, 36360);
    expect(result.lines.some((l) => l.gas === 'CO2')).toBe(false);
    expect(result.warnings).toEqual([]);
  });

  it('uses the UNCONFIRMED "other crops" C_f for cassava and says so', () => {
    // 4 ha, all burnt, 5 t DM/ha: 20 t × 0.85 = 17 t DM; CH4 = 17 × 2.7 = 45.9 kg; N2O = 17 × 0.07 = 1.19 kg.
    const result = run(set, 'AR5', { cropCode: 'CASSAVA', areaHa: 4, residueBurning: { dryMatterTonnesPerHa: 5, fractionBurned: 1 } });
    expectSig4(line(result, 'CH4').massKg, 45.9);
    expectSig4(line(result, 'N2O').massKg, 1.19);
    expect(result.warnings.filter((w) => w.includes('BURNING.C_F.OTHER'))).toHaveLength(1);
    expect(result.factorsUsed.find((f) => f.key === 'BURNING.C_F.OTHER')).toMatchObject({ value: 0.85, unconfirmed: true, factorSet: set });
  });

  it('omits the lines when nothing is burnt', () => {
    const result = run(set, 'AR5', { cropCode: 'MAIZE', areaHa: 10, residueBurning: { dryMatterTonnesPerHa: 6, fractionBurned: 0 } });
    expect(result.lines).toEqual([]);
    expect(result.totalCo2eKg).toBe(0);
  });
});
