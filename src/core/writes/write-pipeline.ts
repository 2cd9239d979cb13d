import { EntityManager } from 'typeorm';
import { assertCanWriteForUnit } from '../auth/unit-scope';
import { RequestContext } from '../context';
import { UserError } from '../errors/user-error';
import { runIdempotent, withoutKey } from '../idempotency/idempotency';
import { withUserErrors } from './record-writes';

/** One write as every service states it; `runWrite` does the rest, the same way for all. */
export interface WriteSpec<T extends { id: string }> {
  /** The mutation's name, as the idempotency ledger records it. */
  operation: string;
  entityType: string;
  /** The input as sent: its `idempotencyKey` is claimed, and a retry must send the rest unchanged. */
  input?: { idempotencyKey?: string | null };
  /** The unit a new record is for, checked before the transaction starts (updates check the stored record's unit as they lock it). */
  unit?: { id: string; name: string; field?: string };
  /** Unique index → input field: a concurrent write that took the value becomes a TAKEN userError. */
  uniqueIndexes?: Record<string, string>;
  /** Loads what the first call wrote, answering a retry with the same key. */
  replay?: (manager: EntityManager, id: string) => Promise<T | null>;
  /** The change itself, inside the transaction that also claimed the key. */
  write(manager: EntityManager): Promise<T>;
}

export interface WriteResult<T> {
  record: T | null;
  userErrors: UserError[];
}

const NO_REPLAY = () => Promise.resolve(null);

/**
 * The write pipeline of every mutation that changes a record: checks the unit scope, starts the
 * transaction, claims the idempotency key (a retry gets the first answer), runs the write and turns
 * expected refusals (WriteRejected, a unique value taken meanwhile) into userErrors. Anything else
 * rolls the whole transaction back and reaches the client as an error.
 */
export function runWrite<T extends { id: string }>(ctx: RequestContext, spec: WriteSpec<T>): Promise<WriteResult<T>> {
  if (spec.unit) assertCanWriteForUnit(ctx, spec.unit.id, spec.unit.name, spec.unit.field);
  return withUserErrors(spec.uniqueIndexes ?? {}, () =>
    runIdempotent(ctx, {
      operation: spec.operation,
      key: spec.input?.idempotencyKey,
      request: spec.input ? withoutKey(spec.input) : {},
      entityType: spec.entityType,
      replay: spec.replay ?? NO_REPLAY,
      write: spec.write,
    }),
  );
}
