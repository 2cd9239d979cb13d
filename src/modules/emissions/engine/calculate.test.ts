import {
  BUILT_IN_FACTOR_SETS,
  builtInFactorSet,
  calculateEmissions,
  plausibilityWarnings,
  resolveFactorSet,
  type ActivityData,
  type CalculationRequest,
  type CalculationResult,
  type FactorSetDefinition,
} from './index';

function expectSig4(actual: number, expected: number): void {
  expect(actual).toBeCloseTo(expected, 3 - Math.floor(Math.log10(Math.abs(expected))));
}

// A small commune: rice (AWD), coffee with a young stand and diesel pumps, maize with lime and grid power.
const activities: ActivityData[] = [
  {
    cropCode: 'RICE',
    areaHa: 10,
    syntheticFertilizers: [{ type: 'UREA', productKg: 500 }],
    rice: { waterRegime: 'MULTIPLE_DRAINAGE', preSeason: 'NON_FLOODED_SHORT', cultivationDays: 100 },
    yieldTonnes: 55,
  },
  {
    cropCode: 'COFFEE',
    areaHa: 4,
    organicNitrogenKg: 200,
    perennial: { standAgeYears: 2 },
    energy: { dieselLitres: 200, dieselUse: 'STATIONARY' },
  },
  {
    cropCode: 'MAIZE',
    areaHa: 3,
    lime: [{ type: 'LIMESTONE', amountKg: 300 }],
    energy: { electricityKwh: 1000 },
    yieldTonnes: 0,
  },
];

function request(overrides: Partial<CalculationRequest> = {}): CalculationRequest {
  return { factorSet: builtInFactorSet('IPCC2019'), gwpSet: 'AR5', climateZone: 'TROPICAL_MOIST', year: 2023, activities, ...overrides };
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

describe('calculateEmissions, whole inventory (IPCC2019, AR5, tropical moist)', () => {
  const result = calculateEmissions(request());

  it('orders lines by activity, category, gas and omits zero lines', () => {
    expect(result.lines.map((l) => [l.activityIndex, l.category, l.gas, l.kind])).toEqual([
      [0, '3.C.3', 'CO2', 'EMISSION'],
      [0, '3.C.4', 'N2O', 'EMISSION'],
      [0, '3.C.5', 'N2O', 'EMISSION'],
      [0, '3.C.7', 'CH4', 'EMISSION'],
      [1, '1.A.4.c.i', 'CO2', 'EMISSION'],
      [1, '1.A.4.c.i', 'CH4', 'EMISSION'],
      [1, '1.A.4.c.i', 'N2O', 'EMISSION'],
      [1, '3.B.2', 'CO2', 'REMOVAL'],
      [1, '3.C.4', 'N2O', 'EMISSION'],
      [1, '3.C.5', 'N2O', 'EMISSION'],
      [2, '3.C.2', 'CO2', 'EMISSION'],
      [2, 'INDIRECT_ELECTRICITY', 'CO2', 'INDIRECT'],
    ]);
    expect(result.lines.every((l) => l.massKg !== 0)).toBe(true);
  });

  it('reproduces each line by hand', () => {
    const mass = result.lines.map((l) => l.massKg);
    // Rice: urea 500 kg → CO2 = 500 × 0.20 × 44/12 = 366.667 kg.
    expectSig4(mass[0], 366.6667);
    // F_SN = 500 × 0.46 = 230 kg N; EF1FR drainage 0.005 → 1.15 kg N2O-N × 44/28 = 1.80714 kg N2O.
    expectSig4(mass[1], 1.807143);
    // Indirect: 230 × 0.15 × 0.014 = 0.483; 230 × 0.24 × 0.011 = 0.6072; (1.0902) × 44/28 = 1.71317 kg.
    expectSig4(mass[2], 1.713171);
    // CH4: 1.22 × 0.55 × 1 × 1 × 100 d × 10 ha = 671 kg.
    expectSig4(mass[3], 671);
    // Coffee diesel 200 L: 200 × 0.837 × 43 / 10^6 = 0.0071982 TJ; CO2 × 74,100 = 533.387; CH4 × 10 = 0.071982;
    // N2O × 0.6 = 0.00431892 kg.
    expectSig4(mass[4], 533.3866);
    expectSig4(mass[5], 0.071982);
    expectSig4(mass[6], 0.00431892);
    // Stand 2 yr < 8: 4 ha × 2.6 = 10.4 t C → −10.4 × 44/12 × 1000 = −38,133.3 kg.
    expectSig4(mass[7], -38133.33);
    // F_ON 200 kg N × 0.006 (wet, other) = 1.2 kg N2O-N × 44/28 = 1.88571 kg.
    expectSig4(mass[8], 1.885714);
    // 200 × 0.21 × 0.014 = 0.588; 200 × 0.24 × 0.011 = 0.528; 1.116 × 44/28 = 1.75371 kg.
    expectSig4(mass[9], 1.753714);
    // Maize: 300 × 0.12 × 44/12 = 132 kg CO2; grid 1 MWh × 0.6592 t = 659.2 kg.
    expectSig4(mass[10], 132);
    expectSig4(mass[11], 659.2);
  });

  it('totals equal the sums of the lines, indirect kept apart', () => {
    const co2e = (kind: string) => sum(result.lines.filter((l) => l.kind === kind).map((l) => l.co2eKg));
    expect(result.emissionsCo2eKg).toBeCloseTo(co2e('EMISSION'), 9);
    expect(result.removalsCo2eKg).toBeCloseTo(co2e('REMOVAL'), 9);
    expect(result.indirectEnergyCo2eKg).toBeCloseTo(co2e('INDIRECT'), 9);
    expect(result.totalCo2eKg).toBeCloseTo(result.emissionsCo2eKg + result.removalsCo2eKg, 9);
    for (const line of result.lines) expect(line.co2eKg).toBeCloseTo(line.massKg * (line.details.gwp as number), 9);
    // Emissions by hand: 366.667 + 1.807143 × 265 + 1.713171 × 265 + 671 × 28 + 533.387 + 0.071982 × 28
    //   + 0.00431892 × 265 + 1.885714 × 265 + 1.753714 × 265 + 132
    //   = 366.667 + 478.893 + 453.990 + 18,788 + 533.387 + 2.01550 + 1.14451 + 499.714 + 464.734 + 132 = 21,719.55
    expectSig4(result.emissionsCo2eKg, 21719.55);
    expectSig4(result.removalsCo2eKg, -38133.33);
    expectSig4(result.totalCo2eKg, 21719.55 - 38133.33);
    expectSig4(result.indirectEnergyCo2eKg, 659.2);
  });

  it('reports intensities per ha and per kg of product', () => {
    const netOf = (i: number) => sum(result.lines.filter((l) => l.activityIndex === i && l.kind !== 'INDIRECT').map((l) => l.co2eKg));
    expect(result.intensities.map((i) => [i.activityIndex, i.cropCode])).toEqual([
      [0, 'RICE'],
      [1, 'COFFEE'],
      [2, 'MAIZE'],
    ]);
    // Rice: 366.667 + 478.893 + 453.990 + 18,788 = 20,087.55 kg; / 10 ha = 2008.755; / 55,000 kg = 0.365228.
    expectSig4(result.intensities[0].netCo2eKg, 20087.55);
    expectSig4(result.intensities[0].co2ePerHa, 2008.755);
    expectSig4(result.intensities[0].co2ePerKgProduct!, 0.3652282);
    expect(result.intensities[1].netCo2eKg).toBeCloseTo(netOf(1), 9);
    expect(result.intensities[1].co2ePerKgProduct).toBeNull();
    // Maize: lime only (grid is indirect): 132 / 3 ha = 44; yield 0 → no per-kg intensity.
    expectSig4(result.intensities[2].co2ePerHa, 44);
    expect(result.intensities[2].co2ePerKgProduct).toBeNull();
  });

  it('lists each factor used once, sorted, with the GWP values', () => {
    const keys = result.factorsUsed.map((f) => f.key);
    expect([...keys].sort()).toEqual(keys);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(expect.arrayContaining(['GWP.AR5.CH4', 'GWP.AR5.CH4_FOSSIL', 'GWP.AR5.N2O', 'RICE.EF_C.SOUTH_EAST_ASIA']));
    expect(keys).not.toContain('RICE.DEFAULT_DAYS.SOUTH_EAST_ASIA');
    expect(result.factorsUsed.find((f) => f.key === 'GWP.AR5.N2O')).toMatchObject({ value: 265, factorSet: 'AR5', unconfirmed: false });
    expect(result.method).toBe('IPCC 2006 Guidelines Tier 1 (IPCC2019 factor set, AR5 GWP-100)');
  });

  it('warns once per UNCONFIRMED factor used', () => {
    expect(result.warnings).toEqual([
      expect.stringMatching(/^UNCONFIRMED factor ENERGY\.DIESEL\.DENSITY /u),
      expect.stringMatching(/^UNCONFIRMED factor PERENNIAL\.CYCLE\.TROPICAL_MOIST /u),
      expect.stringMatching(/^UNCONFIRMED factor PERENNIAL\.G\.TROPICAL_MOIST /u),
    ]);
  });

  it('is deterministic', () => {
    expect(calculateEmissions(request())).toEqual(result);
    expect(calculateEmissions(structuredClone(request()))).toEqual(result);
  });
});

describe('GWP sets change only the CO2e of non-CO2 lines', () => {
  it.each([
    ['AR4', 25, 25, 298],
    ['AR6', 27, 29.8, 273],
  ] as const)('%s', (gwp, ch4, ch4Fossil, n2o) => {
    const ar5 = calculateEmissions(request());
    const other = calculateEmissions(request({ gwpSet: gwp }));
    expect(other.lines.map((l) => l.massKg)).toEqual(ar5.lines.map((l) => l.massKg));
    for (const line of other.lines) {
      const factor = line.gas === 'CO2' ? 1 : line.gas === 'N2O' ? n2o : line.category.startsWith('1.A') ? ch4Fossil : ch4;
      expectSig4(line.co2eKg, line.massKg * factor);
    }
    // Rice CH4 671 kg × 25 = 16,775 (AR4) or × 27 = 18,117 (AR6).
    expectSig4(other.lines[3].co2eKg, gwp === 'AR4' ? 16775 : 18117);
  });
});

describe('Tier 2 override', () => {
  const tier2: FactorSetDefinition = {
    code: 'VN_DAKLAK_2026',
    name: 'Dak Lak Tier 2',
    description: 'Central Viet Nam early-season rice EF_c',
    base: 'IPCC2019',
    factors: {
      'RICE.EF_C.SOUTH_EAST_ASIA': {
        value: 2.84,
        unit: 'kg CH4/ha/day',
        source: 'VNRICE, Central Viet Nam early season (Climate 2020, 8(6):74)',
        range: null,
        unconfirmed: false,
        note: 'Country-specific',
      },
    },
  };

  it('changes only the rice CH4 line and shows the override provenance', () => {
    const base = calculateEmissions(request());
    const result = calculateEmissions(request({ factorSet: resolveFactorSet(tier2, BUILT_IN_FACTOR_SETS) }));
    const changed = result.lines.filter((l, i) => l.massKg !== base.lines[i].massKg);
    expect(changed.map((l) => [l.category, l.gas])).toEqual([['3.C.7', 'CH4']]);
    // 2.84 × 0.55 × 1 × 1 × 100 × 10 = 1562 kg CH4 × 28 = 43,736 kg CO2e.
    expectSig4(changed[0].massKg, 1562);
    expectSig4(changed[0].co2eKg, 43736);
    // Total moves by (1562 − 671) × 28 = 24,948 kg.
    expectSig4(result.totalCo2eKg - base.totalCo2eKg, 24948);
    expect(result.factorsUsed.find((f) => f.key === 'RICE.EF_C.SOUTH_EAST_ASIA')).toEqual({
      key: 'RICE.EF_C.SOUTH_EAST_ASIA',
      value: 2.84,
      unit: 'kg CH4/ha/day',
      source: 'VNRICE, Central Viet Nam early season (Climate 2020, 8(6):74)',
      range: null,
      unconfirmed: false,
      factorSet: 'VN_DAKLAK_2026',
      note: 'Country-specific',
    });
    expect(result.factorsUsed.find((f) => f.key === 'RICE.SF_W.MULTIPLE_DRAINAGE')?.factorSet).toBe('IPCC2019');
    expect(result.method).toBe('IPCC 2006 Guidelines Tier 1 (VN_DAKLAK_2026 over IPCC2019 factor set, AR5 GWP-100)');
  });
});

describe('plausibility', () => {
  it('flags more than 1000 kg N/ha without blocking', () => {
    // 2 ha: urea 5000 kg × 0.46 = 2300 kg N + 100 organic = 2400 kg N = 1200 kg N/ha.
    const heavy: ActivityData = { cropCode: 'MAIZE', areaHa: 2, syntheticFertilizers: [{ type: 'UREA', productKg: 5000 }], organicNitrogenKg: 100 };
    const result: CalculationResult = calculateEmissions(request({ activities: [heavy] }));
    expect(result.warnings).toEqual(['activities[0].syntheticFertilizers: synthetic + organic N is 1200 kg N/ha, above 1000; check the amounts']);
    expect(result.lines.length).toBeGreaterThan(0);
    expect(plausibilityWarnings(heavy)).toEqual(['syntheticFertilizers: synthetic + organic N is 1200 kg N/ha, above 1000; check the amounts']);
    expect(plausibilityWarnings({ cropCode: 'MAIZE', areaHa: 2, syntheticFertilizers: [{ type: 'UREA', productKg: 100 }] })).toEqual([]);
  });
});
