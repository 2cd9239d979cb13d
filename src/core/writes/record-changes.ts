import { EntityManager } from 'typeorm';
import { RequestContext } from '../context';

/**
 * One record a write returned, as the write pipeline saw it inside its transaction: the mutation
 * (`operation`), the type it declared (`entityType`) and the record as stored (its `version`,
 * `deletedAt` and `administrativeUnitId` when it has them).
 */
export interface RecordChange {
  operation: string;
  entityType: string;
  record: { id: string } & Record<string, unknown>;
}

/**
 * Runs inside the write's transaction, after the change and before the commit, with every record the
 * write changed (one, or an import's rows): what it writes commits or rolls back with the change (an
 * outbox). It must be cheap when it has nothing to do.
 */
export type RecordChangeListener = (manager: EntityManager, ctx: RequestContext, changes: readonly RecordChange[]) => Promise<void>;

declare module '../context' {
  interface AppRuntime {
    /** Called by every `runWrite` with the records it changed (modules provide them through their services). */
    recordChangeListeners?: readonly RecordChangeListener[];
  }
}

const isRecord = (value: unknown): value is RecordChange['record'] =>
  typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';

/** The pipeline's one seam for "records were written": no listener, no cost. */
export async function publishRecordChanges(
  manager: EntityManager,
  ctx: RequestContext,
  write: { operation: string; entityType: string; records: readonly unknown[] },
): Promise<void> {
  const listeners = ctx.runtime.recordChangeListeners;
  if (!listeners?.length) return;
  const changes = write.records.filter(isRecord).map((record) => ({ operation: write.operation, entityType: write.entityType, record }));
  if (changes.length === 0) return;
  for (const listener of listeners) await listener(manager, ctx, changes);
}
