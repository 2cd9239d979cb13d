// The emissions module's public surface: other modules import only this file (or ports.ts).
export { emissionsModule } from './emissions.module';
export { ACTIVITY_RECORDS } from './activity/activity-access';
export { actualAreaByCrop } from './activity/activity-areas';
export type { ActualCropArea } from './activity/activity-areas';
export { ActivityRecord, Scenario } from './activity/activity-record.entity';
export { RecordNotCalculableError, calculateRecords } from './activity/calculate-records';
export { ClimateZoneEnum, GwpSetEnum } from './emission-enums';
export { CROPS } from './engine';
export type { ClimateZone, GwpSetCode } from './engine';
export { resolveFactorSetCode } from './factor-sets/factor-set.service';
export { EmissionInventory } from './inventory/emission-inventory.entity';
export { canReadInventory } from './inventory/inventory-query.service';
export { CURRENT_STATUSES } from './inventory/inventory-status';
export { roundKg } from './inventory/kg-column';
export { nationalSubmissionSource } from './provincial/submission-source';
// Uncertainty (IPCC 2006 Vol 1 Ch 3 Approach 1) for documents built from inventories (e.g. submissions).
export { InventoryLine } from './inventory/inventory-line.entity';
export { InventoryUncertainty, UncertaintyFigureView } from './inventory/inventory-uncertainty.types';
export { communeLinePartials } from './provincial/provincial-uncertainty';
export type { GroupPartial } from './provincial/provincial-uncertainty';
export {
  ACTIVITY_UNCERTAINTY_DEFAULTS,
  UNCERTAINTY_APPROACH,
  combine as combineUncertainty,
  factorUncertainties,
  summarize as summarizeUncertainty,
} from './engine';
export type { CombinedUncertainty, FactorUncertainty, LineUncertainty, UncertaintyFigure, UncertaintySummary } from './engine';
