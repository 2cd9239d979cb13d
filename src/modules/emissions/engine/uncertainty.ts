// Uncertainty by IPCC 2006 Vol 1 Ch 3 Approach 1 (propagation of error, first order). All figures are
// percentages: half the 95 % confidence interval relative to the central value.
//
// - A factor's uncertainty comes from its range [low, high] around its value: lower = (value - low) / value,
//   upper = (high - value) / value. Approach 1 needs one symmetric figure per input; for an asymmetric
//   range the larger of the two half-widths is propagated (conservative), and the lower and upper figures
//   are also propagated separately and reported beside it.
// - Products (one line: activity data × factor × factor ...): Eq 3.1, U = sqrt(U1² + U2² + ...).
// - Sums (totals by category, gas, overall): Eq 3.2, U = sqrt((U1·x1)² + (U2·x2)² + ...) / |x1 + x2 + ...|.
// - Lines that use the same factor are not independent: the same default factor multiplies every record.
//   The sum therefore adds each factor's contribution over the lines that use it before squaring
//   (U_k · Σ x), and adds activity-data contributions record by record. For a single line this is Eq 3.1;
//   for lines with no factor in common it is Eq 3.2 over the lines' Eq 3.1 figures.
// - GWP values are conventions, not estimates: they carry no uncertainty here (as in the guidelines'
//   reporting tables, which propagate the uncertainty of emissions in CO2e with fixed GWPs).
// - A factor without a range in its set contributes nothing; the summary lists it in factorsWithoutRange.
import activityDefaults from './data/activity-uncertainty.json';

export interface FactorUncertainty {
  /** (value − low) / |value| × 100. */
  lowerPct: number;
  /** (high − value) / |value| × 100. */
  upperPct: number;
  /** max(lowerPct, upperPct): the figure propagated by Approach 1. */
  pct: number;
}

/** A factor's uncertainty from its range, or null when it has no range (or a zero value). */
export function factorUncertainty(value: number, range: readonly [number, number] | null | undefined): FactorUncertainty | null {
  if (!range || value === 0 || !Number.isFinite(value)) return null;
  const [low, high] = range[0] <= range[1] ? range : [range[1], range[0]];
  const lowerPct = (Math.max(0, value - low) / Math.abs(value)) * 100;
  const upperPct = (Math.max(0, high - value) / Math.abs(value)) * 100;
  return { lowerPct, upperPct, pct: Math.max(lowerPct, upperPct) };
}

/** IPCC 2006 Vol 1 Ch 3 Eq 3.1 (products): sqrt of the sum of squares. */
export function productUncertainty(pcts: readonly number[]): number {
  return Math.sqrt(pcts.reduce((sum, u) => sum + u * u, 0));
}

/** IPCC 2006 Vol 1 Ch 3 Eq 3.2 (sums of independent quantities); null when the sum is zero. */
export function sumUncertainty(parts: readonly { value: number; pct: number }[]): number | null {
  const total = parts.reduce((sum, p) => sum + p.value, 0);
  if (total === 0) return null;
  return Math.sqrt(parts.reduce((sum, p) => sum + (p.pct * p.value) ** 2, 0)) / Math.abs(total);
}

/** What a line contributes to the propagation: its CO2e, its factors and its activity-data uncertainty. */
export interface UncertainLine {
  co2eKg: number;
  factorKeys: readonly string[];
  activityDataPct: number;
}

/** Sums that aggregate without loss: totals can be built from lines or from other partial sums. */
export interface UncertaintyPartial {
  co2eKg: number;
  /** Σ (U_AD · x)² over the records, in (% · kg)². */
  activityVariance: number;
  /** factor key → Σ x over the lines using it. */
  byFactor: Map<string, number>;
}

export const emptyPartial = (): UncertaintyPartial => ({ co2eKg: 0, activityVariance: 0, byFactor: new Map() });

export function addLine(partial: UncertaintyPartial, line: UncertainLine): UncertaintyPartial {
  partial.co2eKg += line.co2eKg;
  partial.activityVariance += (line.activityDataPct * line.co2eKg) ** 2;
  for (const key of line.factorKeys) partial.byFactor.set(key, (partial.byFactor.get(key) ?? 0) + line.co2eKg);
  return partial;
}

export function mergePartials(into: UncertaintyPartial, from: UncertaintyPartial): UncertaintyPartial {
  into.co2eKg += from.co2eKg;
  into.activityVariance += from.activityVariance;
  for (const [key, x] of from.byFactor) into.byFactor.set(key, (into.byFactor.get(key) ?? 0) + x);
  return into;
}

export interface CombinedUncertainty {
  /** Propagated with each factor's larger half-width; null when the total is zero. */
  pct: number | null;
  lowerPct: number | null;
  upperPct: number | null;
}

/** The combined uncertainty of a partial sum, with the factors' uncertainties by key. */
export function combine(partial: UncertaintyPartial, factors: ReadonlyMap<string, FactorUncertainty>): CombinedUncertainty {
  if (partial.co2eKg === 0) return { pct: null, lowerPct: null, upperPct: null };
  let pct = partial.activityVariance;
  let lower = partial.activityVariance;
  let upper = partial.activityVariance;
  for (const [key, x] of partial.byFactor) {
    const f = factors.get(key);
    if (!f) continue;
    pct += (f.pct * x) ** 2;
    lower += (f.lowerPct * x) ** 2;
    upper += (f.upperPct * x) ** 2;
  }
  const total = Math.abs(partial.co2eKg);
  return { pct: Math.sqrt(pct) / total, lowerPct: Math.sqrt(lower) / total, upperPct: Math.sqrt(upper) / total };
}

export interface UncertaintyFigure extends CombinedUncertainty {
  /** Category code, gas, or 'TOTAL' / 'EMISSIONS'. */
  key: string;
  co2eKg: number;
}

export interface UncertaintySummary {
  approach: string;
  /** Net total (emissions and removals; grid electricity excluded). */
  total: UncertaintyFigure;
  emissions: UncertaintyFigure;
  byCategory: UncertaintyFigure[];
  byGas: UncertaintyFigure[];
  /** Factors used by the lines that have no range in their set (counted as exact). */
  factorsWithoutRange: string[];
  /** Lines stored before uncertainty was assessed (left out of the figures). */
  linesNotAssessed: number;
}

export const APPROACH =
  'IPCC 2006 Vol 1 Ch 3 Approach 1 (error propagation, 95 %): Eq 3.1 within a line, Eq 3.2 for sums; a factor shared by lines is summed before squaring; asymmetric factor ranges propagate the larger half-width';

/** A partial sum's key dimensions, as stored per line or per group of lines. */
export interface KeyedPartial {
  category: string;
  gas: string;
  kind: string;
  partial: UncertaintyPartial;
}

const figure = (key: string, partial: UncertaintyPartial, factors: ReadonlyMap<string, FactorUncertainty>): UncertaintyFigure => ({
  key,
  co2eKg: partial.co2eKg,
  ...combine(partial, factors),
});

/** Totals by category, gas, emissions and net from per-line (or per-group) partial sums. */
export function summarize(
  groups: readonly KeyedPartial[],
  factors: ReadonlyMap<string, FactorUncertainty>,
  extra: { factorsWithoutRange: string[]; linesNotAssessed: number },
): UncertaintySummary {
  const total = emptyPartial();
  const emissions = emptyPartial();
  const byCategory = new Map<string, UncertaintyPartial>();
  const byGas = new Map<string, UncertaintyPartial>();
  for (const g of groups) {
    if (g.kind === 'INDIRECT') continue;
    mergePartials(total, g.partial);
    if (g.kind === 'EMISSION') mergePartials(emissions, g.partial);
    mergePartials(byCategory.get(g.category) ?? byCategory.set(g.category, emptyPartial()).get(g.category)!, g.partial);
    mergePartials(byGas.get(g.gas) ?? byGas.set(g.gas, emptyPartial()).get(g.gas)!, g.partial);
  }
  const sorted = (m: Map<string, UncertaintyPartial>) => [...m.keys()].sort().map((key) => figure(key, m.get(key)!, factors));
  return {
    approach: APPROACH,
    total: figure('TOTAL', total, factors),
    emissions: figure('EMISSIONS', emissions, factors),
    byCategory: sorted(byCategory),
    byGas: sorted(byGas),
    factorsWithoutRange: [...extra.factorsWithoutRange].sort(),
    linesNotAssessed: extra.linesNotAssessed,
  };
}

/** Factor uncertainties by key from the factors an inventory used; keys without a range are listed apart. */
export function factorUncertainties(factors: readonly { key: string; value: number; range: readonly [number, number] | null }[]): {
  byKey: Map<string, FactorUncertainty>;
  withoutRange: Set<string>;
} {
  const byKey = new Map<string, FactorUncertainty>();
  const withoutRange = new Set<string>();
  for (const f of factors) {
    const u = factorUncertainty(f.value, f.range);
    if (u) byKey.set(f.key, u);
    else withoutRange.add(f.key);
  }
  return { byKey, withoutRange };
}

export interface ActivityUncertaintyDefault {
  pct: number;
  basis: string;
}

/** The documented default activity-data uncertainty for a data source (DEFAULT when unknown). */
export function defaultActivityDataUncertainty(source: string | null | undefined): ActivityUncertaintyDefault {
  const defaults = activityDefaults.defaults as Record<string, ActivityUncertaintyDefault>;
  return defaults[source ?? 'DEFAULT'] ?? defaults.DEFAULT;
}

export const ACTIVITY_UNCERTAINTY_DEFAULTS = activityDefaults.defaults as Record<string, ActivityUncertaintyDefault>;
export const MAX_ACTIVITY_DATA_UNCERTAINTY_PCT = 1000;
