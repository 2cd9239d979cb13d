import { EntityManager, EntityTarget, QueryFailedError } from 'typeorm';
import { ConflictError, NotFoundError } from '../errors/app-errors';
import { UserError, userError } from '../errors/user-error';
import { SyncedEntity } from '../db/synced-entity';

/** Reads a record for a change and holds its row until the transaction ends. */
export async function lockRecord<T extends SyncedEntity>(manager: EntityManager, entity: EntityTarget<T>, typeName: string, id: string): Promise<T> {
  const record = await manager.getRepository(entity).findOne({ where: { id } as never, lock: { mode: 'pessimistic_write' } });
  if (!record) throw new NotFoundError(typeName, id);
  return record;
}

/** An update must edit the version the client holds, of a record that still exists. */
export function assertEditable(record: SyncedEntity, typeName: string, expectedVersion: number): void {
  if (record.deletedAt) {
    throw new ConflictError(`This ${typeName} was deleted; it can no longer change`, 'DELETED', { currentVersion: record.version });
  }
  if (record.version !== expectedVersion) {
    throw new ConflictError(
      `This ${typeName} is at version ${record.version}, not ${expectedVersion}: someone changed it; reload it and apply your change again`,
      'STALE_VERSION',
      { currentVersion: record.version },
    );
  }
}

/**
 * Marks a locked record deleted (database time; version and updatedAt move on, so sync sees it) and
 * returns the tombstone. Deleting a tombstone again returns it unchanged, so a retried delete succeeds.
 */
export async function softDelete<T extends SyncedEntity>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  typeName: string,
  record: T,
  expectedVersion: number,
  extra: Record<string, unknown> = {},
): Promise<T> {
  if (record.deletedAt) return record;
  assertEditable(record, typeName, expectedVersion);
  await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...extra, deletedAt: () => 'now()' } as never)
    .where('id = :id', { id: record.id })
    .execute();
  return manager.getRepository(entity).findOneOrFail({ where: { id: record.id } as never });
}

/** A write refused for a reason the client should show (a code already taken, a closed course); rolls back. */
export class WriteRejected extends Error {
  constructor(readonly userErrors: UserError[]) {
    super(userErrors.map((e) => e.message).join('; '));
  }
}

export const rejectWrite = (field: string, code: string, message: string): never => {
  throw new WriteRejected([userError(field, code, message)]);
};

/**
 * Runs a write and turns expected refusals into payload userErrors: WriteRejected, and a unique
 * index violated by a concurrent write (`uniqueIndexes` maps index name → the input field, a TAKEN
 * userError on it; or → the userError itself, when the refusal says more than "taken").
 */
export async function withUserErrors<T>(
  uniqueIndexes: Record<string, string | UserError>,
  write: () => Promise<T>,
): Promise<{ record: T | null; userErrors: UserError[] }> {
  try {
    return { record: await write(), userErrors: [] };
  } catch (error) {
    if (error instanceof WriteRejected) return { record: null, userErrors: error.userErrors };
    const driverError = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : null;
    const refusal = driverError?.code === '23505' && driverError.constraint ? uniqueIndexes[driverError.constraint] : undefined;
    if (typeof refusal === 'string') return { record: null, userErrors: [userError(refusal, 'TAKEN', `This ${refusal} is already used by another record`)] };
    if (refusal) return { record: null, userErrors: [refusal] };
    throw error;
  }
}
