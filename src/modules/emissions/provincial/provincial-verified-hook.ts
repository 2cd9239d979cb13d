import { EntityManager } from 'typeorm';
import { actorOf } from '../../../core/auth/principal';
import { RequestContext } from '../../../core/context';
import { enqueueInventorySync } from '../../sync/outbox';
import { registerSubmissionLoader } from '../../sync/submission';
import { ProvincialInventory } from './provincial-inventory.entity';
import { loadSubmissionSource } from './submission-source';

// The sync module reads verified inventories through this loader; it never imports the inventory module.
registerSubmissionLoader(loadSubmissionSource);

/**
 * Runs inside the verifying transaction: the national sync jobs (the outbox) commit or roll back
 * together with the verification.
 */
export async function onProvincialInventoryVerified(manager: EntityManager, ctx: RequestContext, inventory: ProvincialInventory): Promise<void> {
  await enqueueInventorySync(manager, {
    inventoryId: inventory.id,
    version: inventory.version,
    reason: 'VERIFIED',
    requestedBy: actorOf(ctx.principal).actorId,
  });
}
