import { EntityManager } from 'typeorm';
import { resolveReference } from '../../../core/auth/references';
import { RequestContext } from '../../../core/context';
import { ConflictError } from '../../../core/errors/app-errors';
import { rejectWrite } from '../../../core/writes/record-writes';
import { runWrite } from '../../../core/writes/write-pipeline';
import { recordAudit } from '../../audit';
import { EmissionInventory } from './emission-inventory.entity';
import { gatherInventoryInputs } from './inventory-inputs';
import { lockUnitYears } from './inventory-locks';
import { EMISSION_INVENTORIES } from './inventory-query.service';
import { EmissionInventoryPayload } from './inventory.inputs';
import { InventoryStatus } from './inventory-status';

interface Transition {
  action: string;
  from: InventoryStatus[];
  to: InventoryStatus;
  /** Only the unit itself (and the province) may take this step. */
  unitScoped: boolean;
  reason?: string;
  /** Checked before the change, inside the transaction. */
  check?: (manager: EntityManager, inventory: EmissionInventory) => Promise<void>;
}

/**
 * Records edited since the calculation make the inventory stale: it must be recalculated first.
 * Runs under the unit-year lock, which every record write takes too, so the hash it computes is that
 * of the records as they stay until this transaction commits.
 */
async function assertInputsUnchanged(manager: EntityManager, inventory: EmissionInventory): Promise<void> {
  const { inputHash } = await gatherInventoryInputs(manager, inventory);
  if (inputHash !== inventory.inputHash) {
    throw new ConflictError('Activity records or factors changed since this inventory was calculated; calculate it again', 'STALE_INPUTS');
  }
}

async function transition(ctx: RequestContext, globalId: string, step: Transition): Promise<EmissionInventoryPayload> {
  const { record, userErrors } = await runWrite(ctx, {
    operation: step.action,
    entityType: 'EmissionInventory',
    write: async (manager) => {
      const inventories = manager.getRepository(EmissionInventory);
      // Reviewers' steps are for every unit (their access rule admits province-level roles only).
      const found = await resolveReference(ctx, manager, EMISSION_INVENTORIES, globalId, 'input.id', {
        scope: step.unitScoped ? 'WRITABLE_UNIT' : 'ANY_VISIBLE',
        missing: 'NOT_FOUND',
      });
      const id = found.id;
      // Unit and year never change; everything that decides comes from statements after the lock.
      await lockUnitYears(manager, [{ unitId: found.administrativeUnitId, year: found.year }]);
      const inventory = await inventories.findOneByOrFail({ id });
      if (!step.from.includes(inventory.status)) {
        rejectWrite('id', 'INVALID_STATUS', `A ${inventory.status} inventory cannot be ${step.to.toLowerCase()}; it must be ${step.from.join(' or ')}`);
      }
      await step.check?.(manager, inventory);
      const now = new Date();
      const changes: Partial<Pick<EmissionInventory, 'status' | 'statusReason' | 'submittedAt' | 'verifiedAt' | 'verifiedById'>> = {
        status: step.to,
        statusReason: step.reason ?? null,
      };
      if (step.to === InventoryStatus.SUBMITTED) changes.submittedAt = now;
      if (step.to === InventoryStatus.VERIFIED) {
        changes.verifiedAt = now;
        changes.verifiedById = ctx.principal.kind === 'USER' ? ctx.principal.userId : null;
      }
      await inventories.update(id, changes);
      const after = await inventories.findOneByOrFail({ id });
      await recordAudit(manager, ctx, {
        action: step.action,
        entityType: 'EmissionInventory',
        entityId: id,
        before: { status: inventory.status, statusReason: inventory.statusReason },
        after: { status: after.status, statusReason: after.statusReason },
      });
      return after;
    },
  });
  return { emissionInventory: record, userErrors };
}

export const submitEmissionInventory = (ctx: RequestContext, id: string) =>
  transition(ctx, id, {
    action: 'submitEmissionInventory',
    from: [InventoryStatus.DRAFT, InventoryStatus.RETURNED],
    to: InventoryStatus.SUBMITTED,
    unitScoped: true,
    check: assertInputsUnchanged,
  });

/** Checks the inputs again: an inventory is never verified over records other than those it counted. */
export const verifyEmissionInventory = (ctx: RequestContext, id: string) =>
  transition(ctx, id, {
    action: 'verifyEmissionInventory',
    from: [InventoryStatus.SUBMITTED],
    to: InventoryStatus.VERIFIED,
    unitScoped: false,
    check: assertInputsUnchanged,
  });

export const returnEmissionInventory = (ctx: RequestContext, id: string, reason: string) =>
  transition(ctx, id, { action: 'returnEmissionInventory', from: [InventoryStatus.SUBMITTED], to: InventoryStatus.RETURNED, unitScoped: false, reason });

/** Unlocks the records; the verified version stays as history and the next calculation is a new version. */
export const reopenEmissionInventory = (ctx: RequestContext, id: string, reason: string) =>
  transition(ctx, id, { action: 'reopenEmissionInventory', from: [InventoryStatus.VERIFIED], to: InventoryStatus.REOPENED, unitScoped: false, reason });
