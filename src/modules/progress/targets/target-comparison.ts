import { registerEnumType } from 'type-graphql';
import { Target, TargetPer, Task } from '../../plan';

export enum TargetComparison {
  MET = 'MET',
  BEHIND = 'BEHIND',
  NOT_DUE = 'NOT_DUE',
  NO_DATA = 'NO_DATA',
}

registerEnumType(TargetComparison, {
  name: 'TargetComparison',
  valuesConfig: {
    MET: { description: 'The actual reaches the target' },
    BEHIND: { description: 'The period is over and the target is not reached' },
    NOT_DUE: { description: 'Not reached yet, but its period has not ended' },
    NO_DATA: { description: 'Nothing recorded or reported' },
  },
});

export const PHASES = [
  { from: 2026, to: 2030 },
  { from: 2031, to: 2035 },
];

/** The years whose records count toward the target as seen in `year`, and when it falls due. */
export function targetWindow(target: Target, task: Task, year: number): { fromYear: number; toYear: number; dueYear: number } {
  switch (target.per) {
    case TargetPer.YEAR:
      return { fromYear: year, toYear: year, dueYear: year };
    case TargetPer.PHASE: {
      const phase = PHASES.find((p) => year >= p.from && year <= p.to) ?? PHASES[PHASES.length - 1];
      return { fromYear: phase.from, toYear: year, dueYear: phase.to };
    }
    default: // PERIOD and COMMUNE: cumulative over the task's period
      return { fromYear: task.startYear, toYear: year, dueYear: task.endYear };
  }
}

/** The threshold to reach: the lower bound, else the upper one; null when the plan sets no number. */
export const thresholdOf = (target: Target): number | null => target.minValue ?? target.maxValue;

export function compare(value: number | null, threshold: number | null, dueYear: number, asOf: Date): TargetComparison {
  if (value === null) return TargetComparison.NO_DATA;
  if (threshold === null ? value > 0 : value >= threshold) return TargetComparison.MET;
  const due = new Date(`${dueYear}-12-31T23:59:59.999+07:00`);
  return asOf > due ? TargetComparison.BEHIND : TargetComparison.NOT_DUE;
}
