import { SelectQueryBuilder } from 'typeorm';
import { resolveReference } from '../../../core/auth/references';
import { draftReadableUnits } from '../../../core/auth/unit-scope';
import { ConflictError, LockedError } from '../../../core/errors/app-errors';
import { decodeGlobalId } from '../../../core/relay/global-id';
import { recordAudit } from '../../audit';
import { UnitYearsMoved, lockInventoryInputs, lockedInputKey, recordWriteTransaction } from '../inventory/inventory-locks';
import { RequestContext } from '../../../core/context';
import { ConnectionResult } from '../../../core/relay/connection';
import { PageArgs, paginate } from '../../../core/relay/pagination';
import { rejectWrite } from '../../../core/writes/record-writes';
import { runWrite } from '../../../core/writes/write-pipeline';
import { AdministrativeUnit } from '../../geography';
import { ACTIVITY_RECORDS } from './activity-access';
import { ActivityRecord } from './activity-record.entity';
import { ActivityRecordFilter, DeleteActivityRecordInput, DeleteActivityRecordPayload } from './activity-record.inputs';

/** Activity data is farm data: visible to its unit and to the province, never public. */
export function canReadActivity(ctx: RequestContext, unitId: string): boolean {
  const units = draftReadableUnits(ctx.principal);
  return units === 'ALL' || units.includes(unitId);
}

/** Limits a query on activity records (alias `r`) to the units the caller may read, in SQL. */
export function onlyReadableRecords(ctx: RequestContext, query: SelectQueryBuilder<ActivityRecord>): SelectQueryBuilder<ActivityRecord> {
  const units = draftReadableUnits(ctx.principal);
  return units === 'ALL' ? query : query.andWhere('r.administrative_unit_id = ANY(:units)', { units });
}

export function listActivityRecords(
  ctx: RequestContext,
  page: PageArgs,
  filter: ActivityRecordFilter | null | undefined,
): Promise<ConnectionResult<ActivityRecord>> {
  const query = onlyReadableRecords(ctx, ctx.dataSource.getRepository(ActivityRecord).createQueryBuilder('r'));
  if (!filter?.includeDeleted) query.andWhere('r.deleted_at IS NULL');
  if (filter?.administrativeUnitCode) {
    query
      .innerJoin(AdministrativeUnit, 'unit', 'unit.id = r.administrative_unit_id')
      .andWhere('unit.code = :code', { code: filter.administrativeUnitCode.trim() });
  }
  if (filter?.year) query.andWhere('r.year = :year', { year: filter.year });
  if (filter?.scenario) query.andWhere('r.scenario = :scenario', { scenario: filter.scenario });
  if (filter?.season) query.andWhere('r.season = :season', { season: filter.season });
  if (filter?.cropCode) query.andWhere('r.crop_code = :crop', { crop: filter.cropCode });
  return paginate(query, page, 'r.id', (r) => r.id);
}

/** Withdraws a record: kept for the inventories that used it, left out of new ones. LOCKED while its year is. */
export async function deleteActivityRecord(ctx: RequestContext, input: DeleteActivityRecordInput): Promise<DeleteActivityRecordPayload> {
  const id = decodeGlobalId(input.id, 'ActivityRecord', 'input.id');
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'deleteActivityRecord',
    entityType: 'ActivityRecord',
    // Runs again when a concurrent import moved the record to another year's lock.
    transaction: (work) => recordWriteTransaction(ctx.dataSource, work),
    write: async (manager) => {
      const records = manager.getRepository(ActivityRecord);
      // Checked without a row lock: the unit-year lock comes first, as in every record write.
      const found = await resolveReference(ctx, manager, ACTIVITY_RECORDS, input.id, 'input.id', {
        scope: 'WRITABLE_UNIT',
        deleted: 'ALLOW',
        missing: 'NOT_FOUND',
      });
      const unit = await manager.getRepository(AdministrativeUnit).findOneByOrFail({ id: found.administrativeUnitId });
      const locked = await lockInventoryInputs(manager, [{ unitId: unit.id, year: found.year }]);
      // Read again under the lock: this is the record as the inventory's hash will see it.
      const record = await records.findOneOrFail({ where: { id: found.id }, lock: { mode: 'pessimistic_write' } });
      if (record.year !== found.year) throw new UnitYearsMoved();
      if (locked.has(lockedInputKey({ unitId: unit.id, year: record.year, scenario: record.scenario }))) {
        throw new LockedError(`The ${record.year} ${record.scenario} inventory of ${unit.name} is submitted or verified; its records are locked`);
      }
      if (record.version !== input.expectedVersion) {
        throw new ConflictError(`The record is at version ${record.version}, not ${input.expectedVersion}; reload it`, 'STALE_VERSION', {
          currentVersion: record.version,
        });
      }
      if (record.deletedAt) rejectWrite('id', 'ALREADY_DELETED', 'The record is already withdrawn');
      const saved = await records.save({ ...record, deletedAt: new Date(), version: record.version + 1 });
      await recordAudit(manager, ctx, {
        action: 'deleteActivityRecord',
        entityType: 'ActivityRecord',
        entityId: id,
        before: { deletedAt: null },
        after: { deletedAt: saved.deletedAt },
      });
      return saved;
    },
  });
  return { activityRecord: record, userErrors };
}
