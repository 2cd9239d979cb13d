import { DataSource, EntityManager } from 'typeorm';
import { BudgetLine } from './budget-line.entity';

/** Budget lines as other registers name them (e.g. an infrastructure work's funding): which unit's budget. */
export const budgetLineLookup = {
  async find(db: DataSource | EntityManager, id: string): Promise<{ id: string; administrativeUnitId: string | null } | null> {
    const line = await db.getRepository(BudgetLine).findOne({ where: { id }, select: { id: true, administrativeUnitId: true } });
    return line ? { id: line.id, administrativeUnitId: line.administrativeUnitId } : null;
  },
};
