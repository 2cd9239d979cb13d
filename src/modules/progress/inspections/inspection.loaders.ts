import { DataSource, In } from 'typeorm';
import { byIdLoader, groupedLoader } from '../../../core/loaders/by-id-loader';
import { FollowUpAction } from './follow-up-action.entity';
import { Inspection } from './inspection.entity';

export function createInspectionLoaders(dataSource: DataSource) {
  return {
    inspectionById: byIdLoader(dataSource, Inspection),
    followUpActionById: byIdLoader(dataSource, FollowUpAction),
    /** Every inspection's follow-ups in one query per tick, earliest due first. */
    followUpActionsByInspection: groupedLoader(
      (ids) => dataSource.getRepository(FollowUpAction).find({ where: { inspectionId: In([...ids]) }, order: { dueOn: 'ASC', createdAt: 'ASC', id: 'ASC' } }),
      (action) => action.inspectionId,
    ),
  };
}
