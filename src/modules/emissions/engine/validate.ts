// Input checks before any arithmetic. Every issue is collected (with its path) so a form or an import can
// show them all at once; nothing here warns about plausibility, that is the calculation's job.
import { factorKey, gridYears } from './catalogue';
import { findCrop } from './crops';
import { ACTIVITY_LIMITS as L } from './limits';
import {
  CLIMATE_ZONES,
  DEFAULT_REGION,
  DIESEL_USES,
  GWP_SET_CODES,
  LIME_TYPES,
  ORGANIC_AMENDMENT_TYPES,
  PRE_SEASON_REGIMES,
  RICE_REGIONS,
  ACTIVITY_SEASONS,
  SYNTHETIC_FERTILIZER_TYPES,
  WATER_REGIMES,
  type ActivityData,
  type CalculationRequest,
  type InputIssue,
  type ResolvedFactorSet,
} from './types';

interface NumberRule {
  required?: boolean;
  /** > 0 */
  positive?: boolean;
  /** in [0, 1] */
  fraction?: boolean;
  min?: number;
  max?: number;
}

class Issues {
  readonly list: InputIssue[] = [];

  add(path: string, reason: string, message: string): void {
    this.list.push({ path, reason, message });
  }

  /** Returns the number when it is usable, else null (after recording why). */
  number(path: string, value: unknown, rule: NumberRule): number | null {
    if (value === null || value === undefined) {
      if (rule.required) this.add(path, 'REQUIRED', 'is required');
      return null;
    }
    if (typeof value !== 'number') return this.fail(path, 'INVALID_VALUE', 'must be a number');
    if (!Number.isFinite(value)) return this.fail(path, 'NOT_FINITE', 'must be a finite number');
    if (value < 0) return this.fail(path, 'NEGATIVE', 'must not be negative');
    if (rule.positive && value === 0) return this.fail(path, 'OUT_OF_RANGE', 'must be greater than 0');
    if (rule.fraction && value > 1) return this.fail(path, 'OUT_OF_RANGE', 'must be between 0 and 1');
    if ((rule.min !== undefined && value < rule.min) || (rule.max !== undefined && value > rule.max)) {
      return this.fail(path, 'OUT_OF_RANGE', `must be between ${rule.min ?? 0} and ${rule.max ?? '∞'}`);
    }
    return value;
  }

  choice<T extends string>(path: string, value: unknown, allowed: readonly T[], required: boolean): T | null {
    if (value === null || value === undefined) {
      if (required) this.add(path, 'REQUIRED', 'is required');
      return null;
    }
    if (typeof value !== 'string' || !allowed.includes(value as T)) {
      return this.fail(path, 'INVALID_VALUE', `must be one of ${allowed.join(', ')}`);
    }
    return value as T;
  }

  /** null/undefined → []; anything but an array → issue. */
  items<T>(path: string, value: T[] | null | undefined): T[] {
    if (value === null || value === undefined) return [];
    if (!Array.isArray(value)) {
      this.add(path, 'INVALID_VALUE', 'must be a list');
      return [];
    }
    return value;
  }

  private fail(path: string, reason: string, message: string): null {
    this.add(path, reason, message);
    return null;
  }
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface SetFacts {
  set: ResolvedFactorSet;
  region: string;
  hasGridFactor: boolean;
}

function validateActivity(issues: Issues, a: ActivityData, i: number, facts: SetFacts): void {
  const { set, region } = facts;
  const at = `activities[${i}]`;
  if (!isObject(a)) {
    issues.add(at, 'INVALID_VALUE', 'must be an object');
    return;
  }
  const crop = typeof a.cropCode === 'string' ? findCrop(a.cropCode) : null;
  if (!crop) issues.add(`${at}.cropCode`, 'UNKNOWN_CROP', `unknown crop "${String(a.cropCode)}"`);
  const area = issues.number(`${at}.areaHa`, a.areaHa, { required: true, positive: true, ...L.areaHa });

  issues.items(`${at}.syntheticFertilizers`, a.syntheticFertilizers).forEach((f, j) => {
    const fp = `${at}.syntheticFertilizers[${j}]`;
    const type = issues.choice(`${fp}.type`, f?.type, SYNTHETIC_FERTILIZER_TYPES, true);
    issues.number(`${fp}.productKg`, f?.productKg, { required: true, max: L.kilograms });
    const fraction = issues.number(`${fp}.nitrogenFraction`, f?.nitrogenFraction, { fraction: true });
    const hasDefault = type !== null && factorKey.nFraction(type) in set.factors;
    if (type !== null && fraction === null && (f.nitrogenFraction ?? null) === null && !hasDefault) {
      issues.add(`${fp}.nitrogenFraction`, 'REQUIRED', `factor set ${set.code} has no default N fraction for ${type}`);
    }
  });
  issues.number(`${at}.organicNitrogenKg`, a.organicNitrogenKg, { max: L.kilograms });
  issues.number(`${at}.residueNitrogenKg`, a.residueNitrogenKg, { max: L.kilograms });
  issues.items(`${at}.lime`, a.lime).forEach((l, j) => {
    issues.choice(`${at}.lime[${j}].type`, l?.type, LIME_TYPES, true);
    issues.number(`${at}.lime[${j}].amountKg`, l?.amountKg, { required: true, max: L.kilograms });
  });

  issues.choice(`${at}.season`, a.season, ACTIVITY_SEASONS, false);
  validateRice(issues, a, at, crop?.kind ?? null, set, region);

  if (a.residueBurning !== null && a.residueBurning !== undefined) {
    issues.number(`${at}.residueBurning.dryMatterTonnesPerHa`, a.residueBurning.dryMatterTonnesPerHa, { required: true, max: L.tonnesPerHa });
    issues.number(`${at}.residueBurning.fractionBurned`, a.residueBurning.fractionBurned, { required: true, fraction: true });
  }

  if (a.perennial !== null && a.perennial !== undefined) {
    if (crop && crop.kind !== 'PERENNIAL') {
      issues.add(`${at}.perennial`, 'NOT_APPLICABLE', `${crop.code} is not a perennial crop`);
    }
    issues.number(`${at}.perennial.standAgeYears`, a.perennial.standAgeYears, { required: true, max: L.standAgeYears });
    const removed = issues.number(`${at}.perennial.removedAreaHa`, a.perennial.removedAreaHa, { max: L.areaHa.max });
    if (removed !== null && area !== null && removed > area) {
      issues.add(`${at}.perennial.removedAreaHa`, 'OUT_OF_RANGE', 'must not exceed areaHa');
    }
  }

  if (a.energy !== null && a.energy !== undefined) {
    const litres = issues.number(`${at}.energy.dieselLitres`, a.energy.dieselLitres, { max: L.dieselLitres });
    issues.choice(`${at}.energy.dieselUse`, a.energy.dieselUse, DIESEL_USES, litres !== null && litres > 0);
    const kwh = issues.number(`${at}.energy.electricityKwh`, a.energy.electricityKwh, { max: L.electricityKwh });
    if (kwh !== null && kwh > 0 && !facts.hasGridFactor) {
      issues.add(`${at}.energy.electricityKwh`, 'NOT_APPLICABLE', `factor set ${set.code} has no grid emission factor`);
    }
  }
  issues.number(`${at}.activityDataUncertaintyPct`, a.activityDataUncertaintyPct, { max: L.activityDataUncertaintyPct });
  const tonnes = issues.number(`${at}.yieldTonnes`, a.yieldTonnes, { max: L.yieldTonnes.max });
  if (tonnes !== null && tonnes > 0 && tonnes < L.yieldTonnes.min) {
    issues.add(`${at}.yieldTonnes`, 'OUT_OF_RANGE', `must be 0 (unknown) or at least ${L.yieldTonnes.min} t`);
  }
}

function validateRice(issues: Issues, a: ActivityData, at: string, kind: string | null, set: ResolvedFactorSet, region: string): void {
  const rice = a.rice ?? null;
  if (kind !== null && kind !== 'RICE') {
    if (rice !== null) issues.add(`${at}.rice`, 'NOT_APPLICABLE', `${a.cropCode} is not rice`);
    return;
  }
  if (kind === 'RICE' && rice === null) {
    issues.add(`${at}.rice.waterRegime`, 'REQUIRED', 'rice needs its water regime');
    return;
  }
  if (rice === null) return;
  const regime = issues.choice(`${at}.rice.waterRegime`, rice.waterRegime, WATER_REGIMES, kind === 'RICE');
  const preSeason = issues.choice(`${at}.rice.preSeason`, rice.preSeason, PRE_SEASON_REGIMES, false);
  if (preSeason !== null && !(factorKey.riceSfp(preSeason) in set.factors)) {
    issues.add(`${at}.rice.preSeason`, 'NOT_APPLICABLE', `factor set ${set.code} has no SF_p for ${preSeason}`);
  }
  const days = issues.number(`${at}.rice.cultivationDays`, rice.cultivationDays, L.cultivationDays);
  const noCh4 = regime !== null && set.factors[factorKey.riceSfw(regime)]?.value === 0;
  if (days === null && (rice.cultivationDays ?? null) === null && !noCh4 && !(factorKey.riceDefaultDays(region) in set.factors)) {
    issues.add(`${at}.rice.cultivationDays`, 'REQUIRED', `factor set ${set.code} has no default cultivation period for ${region}`);
  }
  issues.items(`${at}.rice.organicAmendments`, rice.organicAmendments).forEach((o, j) => {
    issues.choice(`${at}.rice.organicAmendments[${j}].type`, o?.type, ORGANIC_AMENDMENT_TYPES, true);
    issues.number(`${at}.rice.organicAmendments[${j}].tonnesPerHa`, o?.tonnesPerHa, { required: true, max: L.tonnesPerHa });
  });
}

/** Issues in the activities (paths 'activities[i]...'); the region selects default rice periods. */
export function validateActivities(activities: ActivityData[], factorSet: ResolvedFactorSet, options: { region?: string | null } = {}): InputIssue[] {
  const issues = new Issues();
  const facts: SetFacts = {
    set: factorSet,
    region: options.region ?? DEFAULT_REGION,
    hasGridFactor: gridYears(Object.keys(factorSet.factors)).length > 0,
  };
  issues.items('activities', activities).forEach((a, i) => validateActivity(issues, a, i, facts));
  return issues.list;
}

/** Issues in the whole request: its options, then every activity. */
export function validateRequest(request: CalculationRequest): InputIssue[] {
  const issues = new Issues();
  if (!isObject(request.factorSet) || !isObject(request.factorSet.factors)) {
    issues.add('factorSet', 'REQUIRED', 'a resolved factor set is required');
    return issues.list;
  }
  issues.choice('gwpSet', request.gwpSet, GWP_SET_CODES, true);
  issues.choice('climateZone', request.climateZone, CLIMATE_ZONES, true);
  const region = issues.choice('region', request.region, RICE_REGIONS, false);
  if (request.year !== null && request.year !== undefined && !Number.isInteger(request.year)) {
    issues.add('year', 'INVALID_VALUE', 'must be a whole year');
  } else {
    issues.number('year', request.year, { min: 1900, max: 2100 });
  }
  if (!Array.isArray(request.activities)) {
    issues.add('activities', 'REQUIRED', 'must be a list (it may be empty)');
    return issues.list;
  }
  return [...issues.list, ...validateActivities(request.activities, request.factorSet, { region: region ?? DEFAULT_REGION })];
}
