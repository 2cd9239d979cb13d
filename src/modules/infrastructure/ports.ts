import { DataSource, EntityManager } from 'typeorm';

/** A budget line as a work sees it: which unit's budget it is (null: the province's). */
export interface BudgetLineRef {
  id: string;
  administrativeUnitId: string | null;
}

/**
 * What the infrastructure register needs of the budget (owned by another module, which will count
 * works for its targets): handed in by the composition root, so this module never imports it.
 */
export interface BudgetLineLookup {
  /** One budget line by id, or null. */
  find(db: DataSource | EntityManager, id: string): Promise<BudgetLineRef | null>;
}

export interface InfrastructurePorts {
  budgetLines: BudgetLineLookup;
}
