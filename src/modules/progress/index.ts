// The progress module's public surface: other modules import only this file (or ports.ts).
export { progressModule } from './progress.module';
export { budgetLineLookup } from './budget/budget-line-lookup';
export { implementationPlanFiles } from './commune-implementation-plan.service';
export { progressReportFiles } from './reports/progress-report-files';
export type { CountWindow, ProgressPorts, RegisterCounts, StudyKind } from './ports';
