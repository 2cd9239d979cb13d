/**
 * What a partner can subscribe to, as data: adding a record type (lots, certifications) or a status
 * event is one entry here. A key receives an event only when it holds the read scope of the record's
 * resource and, when the key is limited to units, the record belongs to one of them.
 */

/** Record types published (runWrite's `entityType`) → the scope resource that reads them. */
export const RECORD_TYPES: Readonly<Record<string, string>> = {
  ActivityRecord: 'activity',
  EmissionInventory: 'inventory',
  PilotModel: 'pilots',
  TrainingEvent: 'trainings',
  Material: 'materials',
  ProgressReport: 'progress',
  BudgetLine: 'budget',
  Inspection: 'inspections',
  PlanReportApproval: 'progress',
  Organisation: 'organisations',
  CriteriaSet: 'criteria-sets',
  // A zone spans several communes and carries no single unit: a key limited to units receives none of its events.
  ProductionZone: 'production-zones',
  CropPlan: 'crop-planning',
  CropConversion: 'crop-planning',
  PlanningReview: 'crop-planning',
  ProgrammeIntegration: 'crop-planning',
  InfrastructureWork: 'infrastructure',
  ResearchStudy: 'research',
  // The value chain. A lot's custody events publish the lots they change (the event itself is not a record type).
  ProductLot: 'lots',
  // A certification (several communes), a monitoring period and an issuance carry no single unit: a key limited to units receives none of their events.
  Certification: 'certifications',
  OcopProduct: 'ocop',
  TradePromotionEvent: 'trade',
  ExportContract: 'trade',
  CarbonProject: 'carbon',
  CarbonMonitoringPeriod: 'carbon',
  CreditIssuance: 'carbon',
};

/**
 * Types that raise only their status events: an inventory's `version` counts calculations (each one
 * a new row), not changes, so created/updated cannot be told from it.
 */
const STATUS_ONLY_TYPES: ReadonlySet<string> = new Set(['EmissionInventory']);

/** Status changes, by the mutation that makes them (runWrite's `operation`). */
export const STATUS_EVENTS: Readonly<Record<string, string>> = {
  verifyEmissionInventory: 'inventory.verified',
  returnEmissionInventory: 'inventory.returned',
  returnProgressReport: 'progress_report.returned',
};

export interface WebhookEventType {
  name: string;
  description: string;
}

export const WEBHOOK_EVENT_TYPES: readonly WebhookEventType[] = [
  {
    name: 'record.created',
    description: `A record was created (${Object.keys(RECORD_TYPES)
      .filter((t) => !STATUS_ONLY_TYPES.has(t))
      .join(', ')})`,
  },
  { name: 'record.updated', description: 'A record changed (its version grew)' },
  { name: 'record.deleted', description: 'A record was deleted (soft: a tombstone)' },
  { name: 'inventory.verified', description: "A commune's emission inventory was verified" },
  { name: 'inventory.returned', description: "A commune's emission inventory was returned with a reason" },
  { name: 'progress_report.returned', description: 'A progress report was returned with a reason' },
];

export const EVENT_NAMES: ReadonlySet<string> = new Set(WEBHOOK_EVENT_TYPES.map((e) => e.name));

/**
 * The events one written record raises (none when its type and mutation are not published). A record
 * is deleted when it is a tombstone or the mutation is a delete (some types are deleted for good and
 * the write answers with the record as it was); created at version 1; updated otherwise.
 */
export function eventsOf(operation: string, entityType: string, record: Record<string, unknown>): string[] {
  const events: string[] = [];
  if (RECORD_TYPES[entityType] && !STATUS_ONLY_TYPES.has(entityType) && typeof record.version === 'number') {
    const deleted = Boolean(record.deletedAt) || operation.startsWith('delete');
    events.push(deleted ? 'record.deleted' : record.version === 1 ? 'record.created' : 'record.updated');
  }
  const status = STATUS_EVENTS[operation];
  if (status) events.push(status);
  return events;
}
