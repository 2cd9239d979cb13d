import { RegisterCounts } from '../ports';
import { fromReports } from './report-values.measure';
import { MetricMeasure } from './measure.types';
import { annualEmissionReports, communeImplementationPlans } from './record-measures';
import { FIELD_RECORD_MEASURES } from './field-record-measures';
import { PLAN_REPORT_MEASURES, registerMeasures } from './register-measures';

/**
 * How each metric of the plan is measured. Records come first; progress reports only supply what no
 * record can show. A metric not listed here (or whose register is not wired) is read from approved
 * progress reports.
 */
export const METRIC_MEASURES: Record<string, MetricMeasure> = {
  ...FIELD_RECORD_MEASURES,
  ...PLAN_REPORT_MEASURES,
  COMMUNE_IMPLEMENTATION_PLANS: communeImplementationPlans,
  ANNUAL_EMISSION_REPORTS: annualEmissionReports,
};

/** The measures of a process: the fixed ones plus those of the registers handed in. */
export function metricMeasures(counts: RegisterCounts): (metric: string) => MetricMeasure {
  const measures = { ...registerMeasures(counts), ...METRIC_MEASURES };
  return (metric) => measures[metric] ?? fromReports(`Values for ${metric} in approved progress reports on the task (progressReports)`);
}
