import { factorUncertainties } from '../engine';
import { reductionFigures, type ReductionLine } from './reduction-figures';

// A factor F = 1 with range [0.5, 1.5]: 50 % (IPCC 2006 Vol 1 Ch 3, the range's half-width).
const factors = factorUncertainties([{ key: 'F', value: 1, range: [0.5, 1.5] }]).byKey;
const line = (side: 'BASELINE' | 'ACTUAL', co2eKg: number, factorKeys: string[] | null = ['F']): ReductionLine => ({
  side,
  unitCode: '24175',
  cropCode: 'RICE',
  category: '3.C.7',
  co2eKg,
  factorKeys,
  activityDataPct: 10,
});
const communes = new Map([['24175', { name: 'Xã Hòa Phú', baselineInventoryVersion: 1, actualInventoryVersion: 2 }]]);

describe('reductionFigures', () => {
  it('nets a factor both sides use before squaring; activity data stay independent', () => {
    const figures = reductionFigures('basis', [line('BASELINE', 100), line('ACTUAL', 60)], factors, communes);
    // R = 100 − 60 = 40. Activity data: (10·100)² + (10·60)² = 1 360 000; factor F: (50·(100 − 60))² = 4 000 000.
    // U = sqrt(5 360 000) / 40 = 57.879… % (treating the two sides as independent would give 148.7 %).
    expect(figures.total).toEqual({
      baselineCo2eKg: 100,
      actualCo2eKg: 60,
      reductionCo2eKg: 40,
      reductionPercent: 40,
      uncertaintyPct: Math.sqrt(1_360_000 + 4_000_000) / 40,
    });
    expect(figures.total.uncertaintyPct).toBeCloseTo(57.879, 3);
    expect(figures.byCommune[0]).toMatchObject({ administrativeUnitCode: '24175', name: 'Xã Hòa Phú', baselineInventoryVersion: 1, actualInventoryVersion: 2 });
  });

  it('leaves the uncertainty out when a line was not assessed, and when the reduction is zero', () => {
    expect(reductionFigures('b', [line('BASELINE', 100), line('ACTUAL', 60, null)], factors, communes).total.uncertaintyPct).toBeNull();
    expect(reductionFigures('b', [line('BASELINE', 50), line('ACTUAL', 50)], factors, communes).total).toMatchObject({
      reductionCo2eKg: 0,
      uncertaintyPct: null,
    });
  });
});
