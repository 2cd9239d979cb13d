import { EntityManager } from 'typeorm';
import { assertCanWriteForUnit } from '../auth/unit-scope';
import { RequestContext } from '../context';
import { UserError } from '../errors/user-error';
import { TransactionRunner, runIdempotent, withoutKey } from '../idempotency/idempotency';
import { publishRecordChanges } from './record-changes';
import { withUserErrors } from './record-writes';

export type { TransactionRunner } from '../idempotency/idempotency';

/** A unit the write is for; `field` names the input that chose it. */
export interface WriteUnit {
  id: string;
  name: string;
  field?: string;
}

/** What every write states, whatever it answers with. */
interface WriteSteps<T, P> {
  /** The mutation's name, as the idempotency ledger records it. */
  operation: string;
  entityType: string;
  /**
   * The unit (or units, e.g. the rows of an import) a new record is for, checked before the
   * transaction starts, in the order given (updates check the stored record's unit as they lock it).
   */
  unit?: WriteUnit | readonly WriteUnit[];
  /**
   * Unique index → input field: a concurrent write that took the value becomes a TAKEN userError on
   * that field; or → the userError itself, when the refusal says more than "taken".
   */
  uniqueIndexes?: Record<string, string | UserError>;
  /**
   * Runs the work in one transaction; `ctx.dataSource.transaction` unless given. A runner may run the
   * work again from the start (e.g. when the locks it took turned out to be the wrong ones).
   */
  transaction?: TransactionRunner;
  /**
   * Checks to run once the caller is known to be in scope and before the transaction (they may read
   * reference data, so a caller out of scope learns nothing from them); their result reaches `write`.
   */
  prepare?: () => Promise<P>;
  /** The change itself, inside the transaction (that also claimed the key). */
  write(manager: EntityManager, prepared: P): Promise<T>;
  /**
   * The records the write changed, for the record-change listeners (e.g. an import's rows); by
   * default the record it answers with.
   */
  changed?: (result: T) => readonly unknown[];
}

/** A write that answers with one record: a client may send it again with an idempotency key. */
export interface WriteSpec<T extends { id: string }, P = undefined> extends WriteSteps<T, P> {
  /** The input as sent: its `idempotencyKey` is claimed, and a retry must send the rest unchanged. */
  input?: { idempotencyKey?: string | null };
  /** Loads what the first call wrote, answering a retry with the same key. */
  replay?: (manager: EntityManager, id: string) => Promise<T | null>;
}

/** A write that answers with something other than one record (a payload, a list): it takes no idempotency key. */
export type PayloadWriteSpec<T, P = undefined> = WriteSteps<T, P>;

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
export function runWrite<T extends { id: string }, P = undefined>(ctx: RequestContext, spec: WriteSpec<T, P>): Promise<WriteResult<T>>;
export function runWrite<T, P = undefined>(ctx: RequestContext, spec: PayloadWriteSpec<T, P>): Promise<WriteResult<T>>;
export async function runWrite(ctx: RequestContext, spec: WriteSpec<{ id: string }, unknown>): Promise<WriteResult<{ id: string }>> {
  const units = spec.unit === undefined ? [] : 'id' in spec.unit ? [spec.unit] : spec.unit;
  for (const unit of units) assertCanWriteForUnit(ctx, unit.id, unit.name, unit.field);
  const prepared = await spec.prepare?.();
  // The records written reach the record-change listeners (e.g. the webhooks outbox) in the same transaction.
  const write = async (manager: EntityManager) => {
    const result = await spec.write(manager, prepared);
    const records = spec.changed ? spec.changed(result) : [result];
    await publishRecordChanges(manager, ctx, { operation: spec.operation, entityType: spec.entityType, records });
    return result;
  };
  const transaction: TransactionRunner = spec.transaction ?? ((work) => ctx.dataSource.transaction(work));
  // Without an input there is no key to claim: a payload write (or a keyless one) simply runs.
  return withUserErrors(spec.uniqueIndexes ?? {}, () =>
    spec.input
      ? runIdempotent(ctx, {
          operation: spec.operation,
          key: spec.input.idempotencyKey,
          request: withoutKey(spec.input),
          entityType: spec.entityType,
          replay: spec.replay ?? NO_REPLAY,
          transaction,
          write,
        })
      : transaction(write),
  );
}

/**
 * The answer of a write whose payload carries no userErrors (it refuses only with errors): a
 * WriteRejected there is a mistake in the code, reported as one.
 */
export function writtenRecord<T>({ record, userErrors }: WriteResult<T>): T {
  if (record === null) throw new Error(`A write without userErrors was refused: ${userErrors.map((e) => e.message).join('; ')}`);
  return record;
}
