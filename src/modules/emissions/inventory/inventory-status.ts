import { registerEnumType } from 'type-graphql';

export enum InventoryStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  VERIFIED = 'VERIFIED',
  RETURNED = 'RETURNED',
  SUPERSEDED = 'SUPERSEDED',
  REOPENED = 'REOPENED',
  RECALCULATED = 'RECALCULATED',
}

registerEnumType(InventoryStatus, {
  name: 'InventoryStatus',
  valuesConfig: {
    DRAFT: { description: 'Calculated, not yet submitted' },
    SUBMITTED: { description: 'Sent for verification; its records are locked' },
    VERIFIED: { description: 'Verified; it and its records are locked until a province officer reopens it' },
    RETURNED: { description: 'Sent back by the verifier with a reason' },
    SUPERSEDED: { description: 'Replaced by a newer calculation before verification (kept for the record)' },
    REOPENED: { description: 'Was verified, then reopened; kept as history, a new version follows' },
    RECALCULATED: {
      description:
        'Recalculated from the records of the current version with another factor or GWP set, for a consistent time series; the current version stays current',
    },
  },
});

/** Statuses of the one current version per unit and year (the others are history). */
export const CURRENT_STATUSES = [InventoryStatus.DRAFT, InventoryStatus.SUBMITTED, InventoryStatus.VERIFIED, InventoryStatus.RETURNED];

/** While an inventory is in one of these, its activity records refuse changes (LOCKED). */
export const LOCKING_STATUSES = [InventoryStatus.SUBMITTED, InventoryStatus.VERIFIED];
