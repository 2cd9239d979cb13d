import { ReferenceRule } from '../../../core/auth/references';
import { ActivityRecord } from './activity-record.entity';

/**
 * Activity records are farm data: a write may refer to one only when it is of a unit the caller
 * writes for; to anyone else it does not exist (seen, like the list, by its unit and the province).
 */
export const ACTIVITY_RECORDS: ReferenceRule<ActivityRecord> = {
  type: 'ActivityRecord',
  entity: ActivityRecord,
  unitOf: (record) => record.administrativeUnitId,
  deletedAt: (record) => record.deletedAt,
};
