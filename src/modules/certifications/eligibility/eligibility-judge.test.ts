import fc from 'fast-check';
import { CriteriaMetric, CriteriaSet } from '../../criteria-sets';
import { LowEmissionPractice } from '../../field-records';
import { HolderEvidence, judge, judgeThreshold } from './eligibility-judge';
import { CriterionOutcome } from './eligibility.types';

const PRACTICES = Object.values(LowEmissionPractice);
const evidence = (fields: Partial<HolderEvidence> = {}): HolderEvidence => ({
  pilots: [],
  nitrogen: { kgPerHa: null, counted: [], skipped: [] },
  lots: null,
  ...fields,
});

describe('label eligibility judging', () => {
  it('meets a maximum exactly when the observed value is at most the threshold', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 5000, noNaN: true }), fc.double({ min: 0, max: 5000, noNaN: true }), (observed, value) => {
        const n = judgeThreshold(
          { metric: CriteriaMetric.MAX_SYNTHETIC_N_KG_PER_HA, value, unit: 'kg N/ha/year' },
          evidence({ nitrogen: { kgPerHa: observed, counted: ['a'], skipped: [] } }),
        );
        expect(n.outcome).toBe(observed <= value ? CriterionOutcome.MET : CriterionOutcome.NOT_MET);
        expect([n.observed, n.threshold, n.recordsCounted]).toEqual([observed, value, 1]);
      }),
    );
  });

  it('judges intensity by the highest recent lot, and says NO_DATA without a lot register or computed lots', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 50, noNaN: true }), { minLength: 1, maxLength: 20 }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        (intensities, value) => {
          const lots = intensities.map((intensity, i) => ({ id: `${i}`, code: `L${i}`, date: '2027-01-01', crop: 'COFFEE', intensityKgCo2ePerKg: intensity }));
          const check = judgeThreshold({ metric: CriteriaMetric.MAX_EMISSION_INTENSITY_KG_CO2E_PER_KG, value, unit: 'kg CO2e/kg' }, evidence({ lots }));
          expect(check.outcome).toBe(intensities.every((x) => x <= value) ? CriterionOutcome.MET : CriterionOutcome.NOT_MET);
          expect(check.recordsCounted).toBe(intensities.length);
        },
      ),
    );
    const threshold = { metric: CriteriaMetric.MAX_EMISSION_INTENSITY_KG_CO2E_PER_KG, value: 1, unit: 'kg CO2e/kg' };
    expect(judgeThreshold(threshold, evidence()).outcome).toBe(CriterionOutcome.NO_DATA);
    const uncomputed = [{ id: '1', code: 'L1', date: '2027-01-01', crop: 'COFFEE', intensityKgCo2ePerKg: null }];
    expect(judgeThreshold(threshold, evidence({ lots: uncomputed })).outcome).toBe(CriterionOutcome.NO_DATA);
  });

  it('is eligible exactly when every required practice is applied in some pilot and the set has criteria at all', () => {
    fc.assert(
      fc.property(fc.subarray(PRACTICES), fc.subarray(PRACTICES), (required, applied) => {
        const set = { requiredPractices: required, thresholds: [] } as unknown as CriteriaSet;
        const result = judge(set, evidence({ pilots: [{ globalId: 'p', code: 'MH-1', practices: applied }] }));
        const allApplied = required.every((p) => applied.includes(p));
        expect(result.eligible).toBe(allApplied && required.length > 0);
        expect(result.reason).toBe(required.length === 0 ? 'NO_CRITERIA' : allApplied ? null : 'CRITERIA_NOT_MET');
        expect(result.criteria).toHaveLength(required.length);
      }),
    );
  });
});
