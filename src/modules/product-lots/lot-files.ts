import { In } from 'typeorm';
import { isAllowed } from '../../core/auth/access';
import { FileReferenceKind } from '../files';
import { LOT_READERS } from './lot-access';
import { ProductLot } from './product-lot.entity';

/** A lot's documents (harvest, lab) are read by whoever reads lots; the public QR verification shows none. */
export const productLotFiles: FileReferenceKind = {
  recordType: 'ProductLot',
  readable: async (ctx, ids) => {
    if (!isAllowed(LOT_READERS, ctx.principal)) return false;
    const lots = await ctx.dataSource.getRepository(ProductLot).findBy({ id: In([...ids]) });
    return lots.some((lot) => !lot.deletedAt);
  },
};
