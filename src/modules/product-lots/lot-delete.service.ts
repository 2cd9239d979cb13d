import { lockForWrite } from '../../core/auth/references';
import { RequestContext } from '../../core/context';
import { BadUserInputError } from '../../core/errors/app-errors';
import { softDelete } from '../../core/writes/record-writes';
import { runWrite } from '../../core/writes/write-pipeline';
import { recordAudit } from '../audit';
import { assertKeyBound, PRODUCT_LOTS } from './lot-access';
import { ProductLot } from './product-lot.entity';
import { DeleteProductLotInput } from './product-lot.inputs';
import { LOT_TYPE, LOT_UNIQUE_INDEXES, ProductLotResult, asRegistered } from './product-lot.service';

/**
 * Deletes a lot registered by mistake, softly: only while it is still as registered (a harvest lot
 * whose only event is its harvest). Once a custody step names it, a buyer may hold its code and other
 * lots' mass balance may rest on it, so it stays (LOT_IN_CUSTODY). A deleted lot verifies as unknown
 * (null), takes no event, leaves its holder's intensity figures, and reaches syncing clients as a tombstone.
 */
export async function deleteProductLot(ctx: RequestContext, input: DeleteProductLotInput): Promise<ProductLotResult> {
  assertKeyBound(ctx);
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'deleteProductLot',
    entityType: LOT_TYPE,
    input,
    uniqueIndexes: LOT_UNIQUE_INDEXES,
    replay: (manager, id) => manager.getRepository(ProductLot).findOneBy({ id }),
    write: async (manager) => {
      const before = await lockForWrite(ctx, manager, PRODUCT_LOTS, input.id);
      if (!before.deletedAt && !(await asRegistered(manager, before))) {
        throw new BadUserInputError('The lot has custody events or came from a split or merge: it can no longer be deleted', 'input.id', 'LOT_IN_CUSTODY');
      }
      const after = await softDelete(manager, ProductLot, LOT_TYPE, before, input.expectedVersion);
      if (after !== before) {
        await recordAudit(manager, ctx, { action: 'deleteProductLot', entityType: LOT_TYPE, entityId: after.id, before: { ...before }, after: { ...after } });
      }
      return after;
    },
  });
  return { productLot: record, userErrors };
}
