import { DataSource } from 'typeorm';
import { byIdLoader } from '../../../core/loaders/by-id-loader';
import { BudgetLine } from './budget-line.entity';

export function createBudgetLoaders(dataSource: DataSource) {
  return {
    budgetLineById: byIdLoader(dataSource, BudgetLine),
  };
}
