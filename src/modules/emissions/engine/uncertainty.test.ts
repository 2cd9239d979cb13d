// Approach 1 propagation (IPCC 2006 Vol 1 Ch 3) against cases computed by hand. Every expected figure
// is worked out beside it; U is % at 95 %, x is kg CO2e.
import fc from 'fast-check';
import {
  addLine,
  builtInFactorSet,
  calculateEmissions,
  combine,
  emptyPartial,
  factorUncertainty,
  mergePartials,
  productUncertainty,
  sumUncertainty,
  type ActivityData,
  type FactorUncertainty,
} from './index';

const factor = (pct: number, lowerPct = pct, upperPct = pct): FactorUncertainty => ({ pct, lowerPct, upperPct });

describe('factor uncertainty from its range', () => {
  it('symmetric: SF_w continuously flooded 1.0 [0.73, 1.27] (2019R Table 5.12) gives 27 % both ways', () => {
    // (1.0 − 0.73) / 1.0 = 27 %; (1.27 − 1.0) / 1.0 = 27 %.
    const u = factorUncertainty(1.0, [0.73, 1.27])!;
    expect(u.lowerPct).toBeCloseTo(27, 10);
    expect(u.upperPct).toBeCloseTo(27, 10);
    expect(u.pct).toBeCloseTo(27, 10);
  });

  it('asymmetric: EF_c South-East Asia 1.22 [0.83, 1.81] propagates the larger half-width', () => {
    // lower (1.22 − 0.83) / 1.22 = 0.39 / 1.22 = 31.967213 %; upper (1.81 − 1.22) / 1.22 = 0.59 / 1.22 = 48.360656 %;
    // Approach 1 takes max = 48.360656 %.
    const u = factorUncertainty(1.22, [0.83, 1.81])!;
    expect(u.lowerPct).toBeCloseTo(31.967213, 5);
    expect(u.upperPct).toBeCloseTo(48.360656, 5);
    expect(u.pct).toBeCloseTo(48.360656, 5);
  });

  it('a range down to zero: EF1 dry 0.005 [0, 0.011] is 100 % below, 120 % above', () => {
    // (0.005 − 0) / 0.005 = 100 %; (0.011 − 0.005) / 0.005 = 120 %.
    const u = factorUncertainty(0.005, [0, 0.011])!;
    expect(u.lowerPct).toBeCloseTo(100, 10);
    expect(u.upperPct).toBeCloseTo(120, 10);
  });

  it('no range or a zero value: not quantified', () => {
    expect(factorUncertainty(0.2, null)).toBeNull();
    expect(factorUncertainty(0, [0, 1])).toBeNull();
  });
});

describe('Eq 3.1 (products) and Eq 3.2 (sums)', () => {
  it('Eq 3.1: U = sqrt(20² + 30²) = sqrt(1300) = 36.055513 %', () => {
    expect(productUncertainty([20, 30])).toBeCloseTo(36.055513, 5);
  });

  it('Eq 3.2: x 100 kg at 10 %, 300 kg at 20 %: sqrt(1000² + 6000²) / 400 = 6082.7625 / 400 = 15.206906 %', () => {
    expect(
      sumUncertainty([
        { value: 100, pct: 10 },
        { value: 300, pct: 20 },
      ]),
    ).toBeCloseTo(15.206906, 5);
  });

  it('Eq 3.2 with a removal: +1000 kg at 10 %, −400 kg at 50 %: sqrt(10000² + 20000²) / |600| = 22360.68 / 600 = 37.267800 %', () => {
    expect(
      sumUncertainty([
        { value: 1000, pct: 10 },
        { value: -400, pct: 50 },
      ]),
    ).toBeCloseTo(37.2678, 4);
    const partial = addLine(addLine(emptyPartial(), { co2eKg: 1000, factorKeys: ['A'], activityDataPct: 0 }), {
      co2eKg: -400,
      factorKeys: ['B'],
      activityDataPct: 0,
    });
    expect(
      combine(
        partial,
        new Map([
          ['A', factor(10)],
          ['B', factor(50)],
        ]),
      ).pct,
    ).toBeCloseTo(37.2678, 4);
  });

  it('a zero sum has no relative uncertainty', () => {
    expect(
      sumUncertainty([
        { value: 5, pct: 10 },
        { value: -5, pct: 10 },
      ]),
    ).toBeNull();
    expect(combine(emptyPartial(), new Map()).pct).toBeNull();
  });
});

describe('lines and totals', () => {
  it('one line is Eq 3.1 over its activity data and factors, asymmetric ranges reported apart', () => {
    // Factor lower 70 %, upper 200 % (e.g. 0.01 [0.003, 0.03]); activity data 20 %.
    // U = sqrt(200² + 20²) = sqrt(40400) = 200.997512 %; lower sqrt(70² + 20²) = sqrt(5300) = 72.801099 %.
    const partial = addLine(emptyPartial(), { co2eKg: 123, factorKeys: ['EF'], activityDataPct: 20 });
    const u = combine(partial, new Map([['EF', factorUncertainty(0.01, [0.003, 0.03])!]]));
    expect(u.pct).toBeCloseTo(200.997512, 5);
    expect(u.upperPct).toBeCloseTo(200.997512, 5);
    expect(u.lowerPct).toBeCloseTo(72.801099, 5);
  });

  it('two independent lines: the lines’ Eq 3.1 figures combined by Eq 3.2', () => {
    // Two lines of 100 kg, each with its own factor (50 %) and AD 10 %: each line sqrt(50² + 10²) = 50.990195 %;
    // Eq 3.2: sqrt(2 × (50.990195 × 100)²) / 200 = 36.055513 %.
    let partial = emptyPartial();
    partial = addLine(partial, { co2eKg: 100, factorKeys: ['EF_A'], activityDataPct: 10 });
    partial = addLine(partial, { co2eKg: 100, factorKeys: ['EF_B'], activityDataPct: 10 });
    expect(
      combine(
        partial,
        new Map([
          ['EF_A', factor(50)],
          ['EF_B', factor(50)],
        ]),
      ).pct,
    ).toBeCloseTo(36.055513, 5);
  });

  it('two lines sharing one factor: its error does not average out', () => {
    // Same two lines with ONE factor (50 %): (50 × 200)² + (10 × 100)² + (10 × 100)² = 1.02e8; sqrt = 10099.505;
    // / 200 = 50.497525 % (not 36.06 %: the same default factor is wrong the same way for both records).
    let partial = emptyPartial();
    partial = addLine(partial, { co2eKg: 100, factorKeys: ['EF'], activityDataPct: 10 });
    partial = addLine(partial, { co2eKg: 100, factorKeys: ['EF'], activityDataPct: 10 });
    expect(combine(partial, new Map([['EF', factor(50)]])).pct).toBeCloseTo(50.497525, 5);
  });
});

describe('the engine fills every line and the totals', () => {
  // Rice, 2019R: EF_c SE Asia 1.22 [0.83, 1.81] → 48.360656 % (lower 31.967213 %); SF_w continuously flooded
  // 1.0 [0.73, 1.27] → 27 %; SF_p non-flooded short 1.0 [0.88, 1.12] → 12 %; cultivation days measured (no factor);
  // activity data 10 %.
  const rice = (areaHa: number): ActivityData => ({
    cropCode: 'RICE',
    areaHa,
    activityDataUncertaintyPct: 10,
    rice: { waterRegime: 'CONTINUOUSLY_FLOODED', preSeason: 'NON_FLOODED_SHORT', cultivationDays: 100 },
  });
  const calculate = (activities: ActivityData[]) =>
    calculateEmissions({ factorSet: builtInFactorSet('IPCC2019'), gwpSet: 'AR5', climateZone: 'TROPICAL_MOIST', activities });

  it('one rice line: sqrt(48.360656² + 27² + 12² + 10²) = sqrt(3311.7530) = 57.547832 %', () => {
    const result = calculate([rice(10)]);
    const [line] = result.lines;
    expect(line.uncertainty.factorKeys).toEqual(['RICE.EF_C.SOUTH_EAST_ASIA', 'RICE.SF_P.NON_FLOODED_SHORT', 'RICE.SF_W.CONTINUOUSLY_FLOODED']);
    expect(line.uncertainty.activityDataPct).toBe(10);
    expect(line.uncertainty.pct).toBeCloseTo(57.547832, 5);
    // lower: sqrt(31.967213² + 27² + 12² + 10²) = sqrt(1994.9027) = 44.664334 %.
    expect(line.uncertainty.lowerPct).toBeCloseTo(44.664334, 5);
    expect(result.uncertainty.total.pct).toBeCloseTo(57.547832, 5);
    expect(result.uncertainty.byCategory.map((c) => c.key)).toEqual(['3.C.7']);
  });

  it('two rice records (10 ha and 30 ha, x2 = 3·x1) share the factors; only activity data average out', () => {
    // var/x² = 48.360656² + 27² + 12² + 10² × (1² + 3²) / 4² = 3211.7530 + 62.5 = 3274.2530; sqrt = 57.221089 %.
    const result = calculate([rice(10), rice(30)]);
    expect(result.uncertainty.total.pct).toBeCloseTo(57.221089, 5);
    expect(result.uncertainty.byGas).toEqual([expect.objectContaining({ key: 'CH4' })]);
    expect(result.uncertainty.byGas[0].pct).toBeCloseTo(57.221089, 5);
    // lower: sqrt(31.967213² + 27² + 12² + 62.5) = 44.242544 %.
    expect(result.uncertainty.total.lowerPct).toBeCloseTo(44.242544, 5);
  });

  it('without a record figure the DEFAULT expert judgement figure (20 %) is used', () => {
    const result = calculate([{ ...rice(10), activityDataUncertaintyPct: null }]);
    expect(result.lines[0].uncertainty.activityDataPct).toBe(20);
  });

  it('refuses an activity-data uncertainty beyond 1000 % or negative', () => {
    expect(() => calculate([{ ...rice(10), activityDataUncertaintyPct: 1001 }])).toThrow(/activityDataUncertaintyPct/);
    expect(() => calculate([{ ...rice(10), activityDataUncertaintyPct: -1 }])).toThrow(/activityDataUncertaintyPct/);
  });
});

describe('properties of the propagation', () => {
  // Emissions only (removals are covered by the hand case above): a net sum near zero makes any relative
  // figure ill-conditioned in floating point.
  const line = fc.record({
    co2eKg: fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
    factorPct: fc.double({ min: 0, max: 300, noNaN: true }),
    activityDataPct: fc.double({ min: 0, max: 1000, noNaN: true }),
  });

  it('lines without a shared factor: exactly Eq 3.2 over the lines’ Eq 3.1 figures', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 20 }), (lines) => {
        const factors = new Map(lines.map((l, i) => [`F${i}`, factor(l.factorPct)]));
        let partial = emptyPartial();
        lines.forEach((l, i) => (partial = addLine(partial, { co2eKg: l.co2eKg, factorKeys: [`F${i}`], activityDataPct: l.activityDataPct })));
        const expected = sumUncertainty(lines.map((l) => ({ value: l.co2eKg, pct: productUncertainty([l.factorPct, l.activityDataPct]) })));
        const actual = combine(partial, factors).pct;
        if (expected === null || actual === null) throw new Error('a positive sum has a figure');
        expect(actual).toBeCloseTo(expected, 6 - Math.max(0, Math.ceil(Math.log10(expected))));
      }),
    );
  });

  it('the order of the lines and the grouping into partial sums change nothing', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(line, fc.constantFrom('A', 'B', 'C')), { minLength: 2, maxLength: 20 }), (lines) => {
        const factors = new Map([
          ['A', factor(10, 5, 10)],
          ['B', factor(50, 50, 20)],
          ['C', factor(0)],
        ]);
        const add = (p: ReturnType<typeof emptyPartial>, [l, key]: (typeof lines)[number]) =>
          addLine(p, { co2eKg: l.co2eKg, factorKeys: [key], activityDataPct: l.activityDataPct });
        const forward = lines.reduce(add, emptyPartial());
        const backward = [...lines].reverse().reduce(add, emptyPartial());
        const half = Math.floor(lines.length / 2);
        const merged = mergePartials(lines.slice(0, half).reduce(add, emptyPartial()), lines.slice(half).reduce(add, emptyPartial()));
        const a = combine(forward, factors);
        for (const other of [combine(backward, factors), combine(merged, factors)]) {
          if (a.pct === null || other.pct === null) continue;
          expect(other.pct).toBeCloseTo(a.pct, 6);
          expect(other.lowerPct!).toBeLessThanOrEqual(other.pct + 1e-9);
        }
      }),
    );
  });
});
