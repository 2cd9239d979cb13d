// The crop-planning module's public surface: other modules import only this file (or ports.ts).
export { cropPlanningModule } from './crop-planning.module';
// For plan targets and reports (II.1-II.3): what the registers hold, counted in one statement each.
export { ConversionStatus } from './conversions/crop-conversion.entity';
export { cropPlanComparison } from './comparison/crop-plan-comparison.service';
export { conversionReportSheet, plannedConvertedReportSheet } from './conversions/conversion-report';
