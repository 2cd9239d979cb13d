import { CriteriaMetric, CriteriaSet, CriteriaThreshold } from '../../criteria-sets';
import { LowEmissionPractice } from '../../field-records';
import { RecentLot } from '../ports';
import { CriterionCheck, CriterionOutcome } from './eligibility.types';

/** What the holder's records say, gathered before judging (see eligibility-records.ts). */
export interface HolderEvidence {
  /** Pilots of the holder and crop under way or completed: global id, code, practices. */
  pilots: { globalId: string; code: string; practices: LowEmissionPractice[] }[];
  /** Synthetic N per ha over the ACTUAL records that state every N fraction; null when none do. */
  nitrogen: { kgPerHa: number | null; counted: string[]; skipped: string[] };
  /** Recent lots with a computed intensity; null when no lot register is wired. */
  lots: RecentLot[] | null;
}

const blank = (fields: Partial<CriterionCheck>): CriterionCheck => ({
  practice: null,
  metric: null,
  outcome: CriterionOutcome.NO_DATA,
  threshold: null,
  observed: null,
  unit: null,
  recordsCounted: 0,
  evidenceIds: [],
  evidenceCodes: [],
  explanation: '',
  ...fields,
});

export function judgePractice(practice: LowEmissionPractice, evidence: HolderEvidence): CriterionCheck {
  if (evidence.pilots.length === 0) {
    return blank({ practice, explanation: 'No pilot of the holder for this crop is under way or completed' });
  }
  const applying = evidence.pilots.filter((p) => p.practices.includes(practice));
  return blank({
    practice,
    outcome: applying.length > 0 ? CriterionOutcome.MET : CriterionOutcome.NOT_MET,
    recordsCounted: evidence.pilots.length,
    evidenceIds: (applying.length > 0 ? applying : evidence.pilots).map((p) => p.globalId),
    evidenceCodes: (applying.length > 0 ? applying : evidence.pilots).map((p) => p.code),
    explanation:
      applying.length > 0
        ? `Applied in ${applying.length} of the holder's ${evidence.pilots.length} pilots of the crop`
        : `None of the holder's ${evidence.pilots.length} pilots of the crop applies it`,
  });
}

const within = (metric: CriteriaMetric, observed: number, threshold: number) => (metric.startsWith('MAX_') ? observed <= threshold : observed >= threshold);

export function judgeThreshold(threshold: CriteriaThreshold, evidence: HolderEvidence): CriterionCheck {
  const base = { metric: threshold.metric, threshold: threshold.value, unit: threshold.unit };
  if (threshold.metric === CriteriaMetric.MAX_SYNTHETIC_N_KG_PER_HA) {
    const { kgPerHa, counted, skipped } = evidence.nitrogen;
    const skippedNote = skipped.length > 0 ? `; ${skipped.length} records left out: a synthetic fertiliser without its N fraction` : '';
    if (kgPerHa === null)
      return blank({ ...base, explanation: `No ACTUAL activity record of the holder's communes for the crop states its synthetic N${skippedNote}` });
    return blank({
      ...base,
      outcome: within(threshold.metric, kgPerHa, threshold.value) ? CriterionOutcome.MET : CriterionOutcome.NOT_MET,
      observed: kgPerHa,
      recordsCounted: counted.length,
      evidenceIds: counted,
      explanation: `Synthetic N (product × stated N fraction) over the area of ${counted.length} ACTUAL records${skippedNote}`,
    });
  }
  if (threshold.metric === CriteriaMetric.MAX_EMISSION_INTENSITY_KG_CO2E_PER_KG) {
    if (evidence.lots === null) return blank({ ...base, explanation: 'Product lots are not available to this API yet: no intensity to compare' });
    const lots = evidence.lots.filter((lot) => lot.intensityKgCo2ePerKg !== null);
    if (lots.length === 0) return blank({ ...base, explanation: 'No recent product lot of the holder for the crop has a computed intensity' });
    const highest = Math.max(...lots.map((lot) => lot.intensityKgCo2ePerKg!));
    return blank({
      ...base,
      outcome: within(threshold.metric, highest, threshold.value) ? CriterionOutcome.MET : CriterionOutcome.NOT_MET,
      observed: highest,
      recordsCounted: lots.length,
      evidenceCodes: lots.map((lot) => lot.code),
      explanation: `The highest intensity of ${lots.length} product lots of the last 12 months: every lot must meet it`,
    });
  }
  return blank({ ...base, explanation: 'This metric is not yet computed from records' });
}

/** Every criterion of the set, practices first, and whether all are met (and there is at least one). */
export function judge(set: CriteriaSet, evidence: HolderEvidence): { criteria: CriterionCheck[]; eligible: boolean; reason: string | null } {
  const criteria = [...set.requiredPractices.map((p) => judgePractice(p, evidence)), ...set.thresholds.map((t) => judgeThreshold(t, evidence))];
  // A set without criteria qualifies nobody: a label is never granted on nothing.
  if (criteria.length === 0) return { criteria, eligible: false, reason: 'NO_CRITERIA' };
  const eligible = criteria.every((c) => c.outcome === CriterionOutcome.MET);
  const reason = eligible ? null : criteria.some((c) => c.outcome === CriterionOutcome.NOT_MET) ? 'CRITERIA_NOT_MET' : 'MISSING_DATA';
  return { criteria, eligible, reason };
}
