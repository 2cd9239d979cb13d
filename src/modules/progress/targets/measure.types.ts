import { EntityManager } from 'typeorm';
import { Target, Task } from '../../plan';
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

export interface Measurement {
  /** Null when nothing at all was recorded or reported. */
  value: number | null;
  /** Per commune or ward (unit id → count), for targets set per commune. */
  perUnit?: Map<string, number>;
  /** Ids of the progress reports the value was read from. */
  reportIds?: string[];
}

export interface MetricMeasure {
  source: MeasureSource;
  /** What is counted, for the people who sign the report. */
  describe: string;
  measure(request: MeasureRequest): Promise<Measurement>;
}
