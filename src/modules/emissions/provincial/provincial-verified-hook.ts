import { EntityManager } from 'typeorm';
import { actorOf } from '../../../core/auth/principal';
import { RequestContext } from '../../../core/context';
import { enqueueInventorySync } from '../../sync';
import { ProvincialInventory } from './provincial-inventory.entity';

/**
 * Runs inside the verifying transaction: the national sync jobs (the outbox) commit or roll back
 * together with the verification.
 */
export async function onProvincialInventoryVerified(manager: EntityManager, ctx: RequestContext, inventory: ProvincialInventory): Promise<void> {
  await enqueueInventorySync(manager, ctx.runtime.sync.targets, {
    inventoryId: inventory.id,
    version: inventory.version,
    reason: 'VERIFIED',
    requestedBy: actorOf(ctx.principal).actorId,
  });
}
