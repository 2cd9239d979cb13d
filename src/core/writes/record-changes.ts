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
 * Runs inside the write's transaction, after the change and before the commit: what it writes
 * commits or rolls back with the change (an outbox). It must be cheap when it has nothing to do.
 */
export type RecordChangeListener = (manager: EntityManager, ctx: RequestContext, change: RecordChange) => Promise<void>;

declare module '../context' {
  interface AppRuntime {
    /** Called for every record a `runWrite` answers with (modules provide them through their services). */
    recordChangeListeners?: readonly RecordChangeListener[];
  }
}

const isRecord = (value: unknown): value is RecordChange['record'] =>
  typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';

/** The pipeline's one seam for "a record was written": no listener, no cost. */
export async function publishRecordChange(
  manager: EntityManager,
  ctx: RequestContext,
  change: Omit<RecordChange, 'record'> & { record: unknown },
): Promise<void> {
  const listeners = ctx.runtime.recordChangeListeners;
  if (!listeners?.length || !isRecord(change.record)) return;
  for (const listener of listeners) await listener(manager, ctx, { ...change, record: change.record });
}
