import { fromReports } from './report-values.measure';
import { MetricMeasure } from './measure.types';
import { annualEmissionReports, communeImplementationPlans } from './record-measures';
import { FIELD_RECORD_MEASURES } from './field-record-measures';

/**
 * How each metric of the plan is measured. Records come first; progress reports only supply what no
 * record can show. A metric not listed here is read from approved progress reports.
 */
export const METRIC_MEASURES: Record<string, MetricMeasure> = {
  ...FIELD_RECORD_MEASURES,
  COMMUNE_IMPLEMENTATION_PLANS: communeImplementationPlans,
  ANNUAL_EMISSION_REPORTS: annualEmissionReports,
};

export function measureFor(metric: string): MetricMeasure {
  return METRIC_MEASURES[metric] ?? fromReports(`Values for ${metric} in approved progress reports on the task (progressReports)`);
}
