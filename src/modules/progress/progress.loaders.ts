import { DataSource } from 'typeorm';
import { byIdLoader } from '../../core/loaders/by-id-loader';
import { createBudgetLoaders } from './budget/budget.loaders';
import { CommuneImplementationPlan } from './commune-implementation-plan.entity';
import { createInspectionLoaders } from './inspections/inspection.loaders';
import { PlanReportApproval } from './plan-reports/plan-report-approval.entity';
import { ProgressReport } from './reports/progress-report.entity';
import { deadlineLoader } from './reports/reporting-deadline.service';

export function createProgressLoaders(dataSource: DataSource) {
  return {
    implementationPlanById: byIdLoader(dataSource, CommuneImplementationPlan),
    reportDueOn: deadlineLoader(dataSource),
    progressReportById: byIdLoader(dataSource, ProgressReport),
    planReportApprovalById: byIdLoader(dataSource, PlanReportApproval),
    ...createBudgetLoaders(dataSource),
    ...createInspectionLoaders(dataSource),
  };
}

declare module '../../core/loaders/loaders' {
  interface Loaders extends ReturnType<typeof createProgressLoaders> {}
}
