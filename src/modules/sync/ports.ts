import { EntityManager } from 'typeorm';
import { SubmissionLoader } from './submission';

export type {
  ActivityAggregate,
  DecimalQuantity,
  InventorySubmissionSource,
  SourceUncertainty,
  SubmissionLine,
  SubmissionLoader,
  SubmissionUncertainty,
} from './submission';

/** A provincial inventory as the sync sees it: which version, and whether it is VERIFIED. */
export interface SubmittableInventory {
  id: string;
  version: number;
  status: string;
  verified: boolean;
}

/**
 * What the national sync needs of the inventories, provided by the module that owns them and handed
 * in by the composition root (src/app): the sync never imports that module.
 */
export interface SubmissionSource {
  /** One VERIFIED version, or null (nothing unverified is ever sent). */
  load: SubmissionLoader;
  /** The verified inventories, oldest year first; one year when given. */
  verified(manager: EntityManager, year?: number | null): Promise<SubmittableInventory[]>;
  /** One inventory by id, whatever its status; null when there is none. */
  find(manager: EntityManager, id: string): Promise<SubmittableInventory | null>;
}

/** What the sync module takes from the rest of the API (src/app wires it). */
export interface SyncPorts {
  submissions: SubmissionSource;
}
