import { PUBLIC } from '../../core/auth/access';
import { ApiModule } from '../../core/modules/api-module';
import { BUDGET_READERS } from './budget/budget-access';
import { BudgetLine } from './budget/budget-line.entity';
import { BudgetLineResolver, BudgetTotalResolver } from './budget/budget.resolver';
import { CommuneImplementationPlan } from './commune-implementation-plan.entity';
import { CommuneImplementationPlanResolver } from './commune-implementation-plan.resolver';
import { findVisiblePlan } from './commune-implementation-plan.service';
import { FollowUpAction } from './inspections/follow-up-action.entity';
import { INSPECTION_READERS } from './inspections/inspection-access';
import { Inspection } from './inspections/inspection.entity';
import { FollowUpActionResolver, InspectionResolver } from './inspections/inspection.resolver';
import { PlanReportApproval } from './plan-reports/plan-report-approval.entity';
import { PlanReportApprovalResolver } from './plan-reports/plan-report-approval.resolver';
import { APPROVAL_READERS } from './plan-reports/plan-report-approval.service';
import { planReportRoutes } from './plan-reports/plan-report.routes';
import { createProgressLoaders } from './progress.loaders';
import { ProgressReport } from './reports/progress-report.entity';
import { REPORT_READERS, ProgressReportResolver } from './reports/progress-report.resolver';
import { canReadReport } from './reports/progress-report.service';
import { ReportingDeadline } from './reports/reporting-deadline.entity';
import { ProgressPorts } from './ports';
import { MeasureFor } from './targets/plan-progress.service';
import { PlanViewsResolver, SectionProgressResolver } from './targets/plan-views.resolver';
import { metricMeasures } from './targets/target-measures';
import { SectionCount, sectionCounts } from './targets/section-counts';

declare module '../../core/auth/scopes' {
  interface ScopeResources {
    'implementation-plans': true;
    progress: true;
    budget: true;
    inspections: true;
  }
}

declare module '../../core/context' {
  interface AppRuntime {
    /** How each target metric is measured, registers of other modules included (the progress ports). */
    targetMeasures: MeasureFor;
    /** The counts shown for tasks without a number (section VI), from the same ports. */
    sectionCounts: readonly SectionCount[];
  }
}

/** Progress takes the counts of other modules' registers as ports (see ports.ts); src/app wires them. */
export const progressModule = (ports: ProgressPorts): ApiModule => ({
  name: 'progress',
  entities: [CommuneImplementationPlan, ProgressReport, ReportingDeadline, BudgetLine, Inspection, FollowUpAction, PlanReportApproval],
  resolvers: [
    CommuneImplementationPlanResolver,
    ProgressReportResolver,
    PlanViewsResolver,
    SectionProgressResolver,
    BudgetLineResolver,
    BudgetTotalResolver,
    InspectionResolver,
    FollowUpActionResolver,
    PlanReportApprovalResolver,
  ],
  loaders: createProgressLoaders,
  nodeTypes: {
    CommuneImplementationPlan: {
      rule: PUBLIC,
      load: async (ctx, id) => findVisiblePlan(ctx, await ctx.loaders.implementationPlanById.load(id)),
    },
    ProgressReport: {
      rule: REPORT_READERS,
      load: async (ctx, id) => {
        const report = await ctx.loaders.progressReportById.load(id);
        return report && (await canReadReport(ctx, report)) ? report : null;
      },
    },
    BudgetLine: { rule: BUDGET_READERS, load: (ctx, id) => ctx.loaders.budgetLineById.load(id) },
    Inspection: { rule: INSPECTION_READERS, load: (ctx, id) => ctx.loaders.inspectionById.load(id) },
    FollowUpAction: { rule: INSPECTION_READERS, load: (ctx, id) => ctx.loaders.followUpActionById.load(id) },
    PlanReportApproval: { rule: APPROVAL_READERS, load: (ctx, id) => ctx.loaders.planReportApprovalById.load(id) },
  },
  routes: [{ path: '/reports', router: (deps) => planReportRoutes(deps, ports.registerSheets ?? {}) }],
  scopes: ['implementation-plans', 'progress', 'budget', 'inspections'],
  services: () => ({ targetMeasures: metricMeasures(ports.registerCounts), sectionCounts: sectionCounts(ports.registerCounts) }),
});
