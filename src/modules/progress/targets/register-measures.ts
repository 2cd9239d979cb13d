import { toGlobalId } from '../../../core/relay/global-id';
import { PlanReportKind } from '../plan-reports/plan-report-approval.entity';
import { approvedPlanReports } from '../plan-reports/plan-report-approval.service';
import { RegisterCounts } from '../ports';
import { MetricMeasure } from './measure.types';

/** VIII.1: plan reports of one kind the province approved (a record of each, with its file's SHA-256). */
const approvedReports = (kind: PlanReportKind, what: string): MetricMeasure => ({
  source: 'RECORDS',
  describe: `${what} approved by the province, one record each with the decision and the file's SHA-256 (planReportApprovals, kind ${kind})`,
  async measure({ manager, fromYear, toYear }) {
    const approvals = await approvedPlanReports(manager, kind, fromYear, toYear);
    return { value: approvals.length, recordIds: approvals.map((a) => toGlobalId('PlanReportApproval', a.id)) };
  },
});

export const PLAN_REPORT_MEASURES: Record<string, MetricMeasure> = {
  ANNUAL_IMPLEMENTATION_REPORTS: approvedReports(PlanReportKind.ANNUAL_IMPLEMENTATION, "Annual reports on the plan's implementation for the year"),
  PHASE_REVIEW_REPORTS: approvedReports(PlanReportKind.PHASE_REVIEW, 'Review reports of the phase'),
};

/**
 * The targets counted in other modules' registers, one small measure per port member; a register not
 * wired yet (its port member absent) leaves its target to approved progress reports.
 */
export function registerMeasures(counts: RegisterCounts): Record<string, MetricMeasure> {
  const measures: Record<string, MetricMeasure> = {};
  const { adoptedCriteriaSets, establishedZones, studies } = counts;
  if (adoptedCriteriaSets) {
    measures.LOW_EMISSION_CRITERIA_SETS = {
      source: 'RECORDS',
      describe: 'Crops with a low-emission criteria set ADOPTED by the end of the year, sets counted by crop (criteriaSets)',
      async measure({ manager, fromYear, toYear }) {
        const crops = (await adoptedCriteriaSets(manager, { fromYear, toYear })).filter((c) => c.sets > 0);
        return { value: crops.length, parts: crops.map((c) => ({ key: c.crop, label: `Adopted sets for ${c.crop}`, value: c.sets })) };
      },
    };
  }
  if (establishedZones) {
    measures.PRODUCTION_ZONES = {
      source: 'RECORDS',
      describe: 'Production zones ESTABLISHED by the end of the year and not dissolved (productionZones)',
      measure: async ({ manager, fromYear, toYear }) => ({ value: await establishedZones(manager, { fromYear, toYear }) }),
    };
  }
  if (studies) {
    measures.RESEARCH_STUDIES = {
      source: 'RECORDS',
      describe: 'Research studies (kind STUDY) running in the year (researchStudies)',
      measure: async ({ manager, fromYear, toYear }) => ({ value: await studies(manager, ['STUDY'], { fromYear, toYear }) }),
    };
    measures.SCIENCE_TECHNOLOGY_TASKS = {
      source: 'RECORDS',
      describe: 'Science and technology tasks (kind SCIENCE_TECHNOLOGY_TASK) running in the period so far (researchStudies)',
      measure: async ({ manager, fromYear, toYear }) => ({ value: await studies(manager, ['SCIENCE_TECHNOLOGY_TASK'], { fromYear, toYear }) }),
    };
  }
  return measures;
}
