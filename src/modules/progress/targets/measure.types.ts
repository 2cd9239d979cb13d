import { EntityManager } from 'typeorm';
import { Target, Task } from '../../plan';
import { RegisterCounts } from '../ports';
/** Where an actual comes from: records that exist, or values typed into approved progress reports. */
export type MeasureSource = 'RECORDS' | 'PROGRESS_REPORTS';

export interface MeasureRequest {
  manager: EntityManager;
  task: Task;
  target: Target;
  /** Count from this year through `toYear` (a single year for YEAR targets). */
  fromYear: number;
  toYear: number;
  /** Only these communes or wards (ids), e.g. for a commune's scorecard. */
  unitIds: string[] | null;
}

/** One line of what the actual is made of (per crop, per source of the count). */
export interface MeasurePart {
  key: string;
  label: string;
  value: number;
  /** What this part must reach on its own, when the plan says so. */
  goal?: number | null;
}

export interface Measurement {
  /** Null when nothing at all was recorded or reported. */
  value: number | null;
  /** Per commune or ward (unit id → count), for targets set per commune. */
  perUnit?: Map<string, number>;
  /** Ids of the progress reports the value was read from. */
  reportIds?: string[];
  /** Global ids of the records counted, where the list is short enough to show (approvals). */
  recordIds?: string[];
  parts?: MeasurePart[];
}

export interface MetricMeasure {
  source: MeasureSource;
  /** What is counted, for the people who sign the report. */
  describe: string;
  /**
   * The goal holds for each commune and ward within the target's own window (e.g. I.3's sessions a
   * year): the actual is how many units reach it, as for targets set per commune.
   */
  goalPerUnit?: boolean;
  measure(request: MeasureRequest): Promise<Measurement>;
}

export type { RegisterCounts };
