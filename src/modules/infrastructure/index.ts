// The infrastructure module's public surface: other modules import only this file (or ports.ts).
export { infrastructureModule } from './infrastructure.module';
// For plan targets and reports (III.1): completed works by year, counted in one statement.
export { completedWorksByYear } from './works/works-counts';
export type { CompletedWorksTotal } from './works/works-counts';
export { InfrastructureKind, InfrastructureStatus } from './works/infrastructure-work.enums';
export { worksReportSheet } from './works/works-report';
