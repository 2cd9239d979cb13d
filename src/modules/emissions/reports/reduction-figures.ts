// Reductions (baseline − actual) by group, with their Approach 1 uncertainty (IPCC 2006 Vol 1 Ch 3).
// The reduction is a sum over lines in which the actual lines count negative, so Eq 3.2 applies to it
// as to any sum, relative to |baseline − actual|:
// - baseline and actual activity data are independent (different records, surveyed apart): each
//   record adds (U_AD · x)² whatever its sign;
// - a factor both sides use is one value (verified pairs use one factor set), so its error is fully
//   correlated between them: its contributions are netted (Σ baseline x − Σ actual x) before squaring,
//   as engine/uncertainty.ts does for a factor shared by lines. A factor only one side uses (e.g. the
//   water-regime scaling factor of continuous flooding) enters with that side's sum alone.
import { addLine, combine, emptyPartial, type FactorUncertainty, type UncertaintyPartial } from '../engine';
import { roundKg } from '../inventory/kg-column';
import type { ReductionAmounts, ReductionByCategory, ReductionByCommune, ReductionByCrop, ReductionFigures, ReductionRow } from './reduction-figures.types';

/** One inventory or calculation line (grid electricity excluded) on either side of a reduction. */
export interface ReductionLine {
  side: 'BASELINE' | 'ACTUAL';
  unitCode: string;
  cropCode: string;
  category: string;
  co2eKg: number;
  /** Null on lines stored before uncertainty was assessed. */
  factorKeys: readonly string[] | null;
  activityDataPct: number | null;
}

export interface CommuneInfo {
  name: string;
  baselineInventoryVersion: number | null;
  actualInventoryVersion: number | null;
}

interface Sums {
  baseline: number;
  actual: number;
  partial: UncertaintyPartial;
  unassessed: number;
}

const emptySums = (): Sums => ({ baseline: 0, actual: 0, partial: emptyPartial(), unassessed: 0 });

function addTo(sums: Sums, line: ReductionLine): void {
  if (line.side === 'BASELINE') sums.baseline += line.co2eKg;
  else sums.actual += line.co2eKg;
  if (line.factorKeys === null || line.activityDataPct === null) sums.unassessed += 1;
  else
    addLine(sums.partial, {
      co2eKg: line.side === 'BASELINE' ? line.co2eKg : -line.co2eKg,
      factorKeys: line.factorKeys,
      activityDataPct: line.activityDataPct,
    });
}

function amounts(sums: Sums, factors: ReadonlyMap<string, FactorUncertainty>): ReductionAmounts {
  const reduction = sums.baseline - sums.actual;
  return {
    baselineCo2eKg: roundKg(sums.baseline),
    actualCo2eKg: roundKg(sums.actual),
    reductionCo2eKg: roundKg(reduction),
    reductionPercent: sums.baseline !== 0 ? (100 * reduction) / sums.baseline : null,
    uncertaintyPct: sums.unassessed > 0 ? null : combine(sums.partial, factors).pct,
  };
}

function grouped(lines: readonly ReductionLine[], keyOf: (line: ReductionLine) => string): Map<string, Sums> {
  const groups = new Map<string, Sums>();
  for (const line of lines) {
    const key = keyOf(line);
    const sums = groups.get(key) ?? groups.set(key, emptySums()).get(key)!;
    addTo(sums, line);
  }
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Every figure of a set of reduction lines; communes are named (and versioned) by `communes`. */
export function reductionFigures(
  basis: string,
  lines: readonly ReductionLine[],
  factors: ReadonlyMap<string, FactorUncertainty>,
  communes: ReadonlyMap<string, CommuneInfo>,
): ReductionFigures {
  const total = emptySums();
  lines.forEach((line) => addTo(total, line));
  const byCategory: ReductionByCategory[] = [...grouped(lines, (l) => l.category)].map(([category, s]) => ({ category, ...amounts(s, factors) }));
  const byCrop: ReductionByCrop[] = [...grouped(lines, (l) => l.cropCode)].map(([cropCode, s]) => ({ cropCode, ...amounts(s, factors) }));
  const byCommune: ReductionByCommune[] = [...grouped(lines, (l) => l.unitCode)].map(([code, s]) => ({
    administrativeUnitCode: code,
    name: communes.get(code)?.name ?? code,
    baselineInventoryVersion: communes.get(code)?.baselineInventoryVersion ?? null,
    actualInventoryVersion: communes.get(code)?.actualInventoryVersion ?? null,
    ...amounts(s, factors),
  }));
  const rows: ReductionRow[] = [...grouped(lines, (l) => `${l.unitCode}|${l.cropCode}|${l.category}`)].map(([key, s]) => {
    const [administrativeUnitCode, cropCode, category] = key.split('|');
    return { administrativeUnitCode, cropCode, category, ...amounts(s, factors) };
  });
  return { basis, total: amounts(total, factors), byCategory, byCrop, byCommune, rows };
}
