import { In } from 'typeorm';
import { FileReferenceKind } from '../files';
import { mayRead } from './criteria-set-access';
import { CriteriaSet } from './criteria-set.entity';

/** A set's files (e.g. the adopting decision) are read like the set: adopted and superseded ones publicly, drafts by draft readers. */
export const criteriaSetFiles: FileReferenceKind = {
  recordType: 'CriteriaSet',
  readable: async (ctx, ids) => {
    const sets = await ctx.dataSource.getRepository(CriteriaSet).findBy({ id: In([...ids]) });
    return sets.some((set) => !set.deletedAt && mayRead(ctx, set));
  },
};
