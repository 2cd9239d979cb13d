import { EntityManager } from 'typeorm';
import { actorOf } from '../auth/principal';
import { canonicalHash } from '../canonical-json';
import { RequestContext } from '../context';
import { BadUserInputError, ConflictError, NotFoundError } from '../errors/app-errors';

/** Runs work in one transaction, e.g. `(work) => dataSource.transaction(work)`; it may run the work again after a failed attempt. */
export type TransactionRunner = <T>(work: (manager: EntityManager) => Promise<T>) => Promise<T>;

export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9._:-]{8,100}$/;

/** A write that a client may send again (after a timeout) without it happening twice. */
export interface IdempotentWrite<T extends { id: string }> {
  /** The mutation's name. */
  operation: string;
  /** The client's key for this write; without one the write simply runs. */
  key: string | null | undefined;
  /** The input as sent, without the key: a retry must send the same data. */
  request: object;
  entityType: string;
  /** The write itself, in the transaction that also claims the key. */
  write: (manager: EntityManager) => Promise<T>;
  /** Loads what the first call wrote, for a retry (its current state). */
  replay: (manager: EntityManager, entityId: string) => Promise<T | null>;
  /** The transaction to claim the key and write in; `ctx.dataSource.transaction` unless given. */
  transaction?: TransactionRunner;
}

export function requestHash(operation: string, request: object): string {
  return canonicalHash([operation, request]);
}

/** Drops the key from an input before hashing it. */
export function withoutKey<T extends { idempotencyKey?: string | null }>(input: T): Omit<T, 'idempotencyKey'> {
  const { idempotencyKey: _key, ...rest } = input;
  return rest;
}

function principalKey(ctx: RequestContext): string {
  const { actorType, actorId } = actorOf(ctx.principal);
  if (!actorId) throw new BadUserInputError('An idempotency key needs a signed-in caller', 'input.idempotencyKey', 'ANONYMOUS');
  return `${actorType}:${actorId}`;
}

/**
 * Runs `write` in a transaction (`spec.transaction`'s, if given) that first claims the key. A second
 * call with the same key (same caller) returns the first call's record; with other data it is a
 * CONFLICT (IDEMPOTENCY_KEY_REUSED). Concurrent duplicates wait on the unique index, so exactly one writes.
 */
export async function runIdempotent<T extends { id: string }>(ctx: RequestContext, spec: IdempotentWrite<T>): Promise<T> {
  const key = spec.key?.trim();
  if (spec.key !== null && spec.key !== undefined && !IDEMPOTENCY_KEY_PATTERN.test(key ?? '')) {
    throw new BadUserInputError('idempotencyKey must be 8 to 100 letters, digits or . _ : -', 'input.idempotencyKey', 'INVALID_IDEMPOTENCY_KEY');
  }
  const transaction: TransactionRunner = spec.transaction ?? ((work) => ctx.dataSource.transaction(work));
  return transaction(async (manager) => {
    if (!key) return spec.write(manager);
    const principal = principalKey(ctx);
    const hash = requestHash(spec.operation, spec.request);
    // ON CONFLICT waits for a concurrent transaction holding the same key, then does nothing if it committed.
    const claimed = await manager.query<{ id: string }[]>(
      `INSERT INTO idempotency_key (principal, key, operation, request_hash, entity_type) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (principal, key) DO NOTHING RETURNING id`,
      [principal, key, spec.operation, hash, spec.entityType],
    );
    if (claimed.length === 0) return replay(manager, spec, principal, key, hash);
    const result = await spec.write(manager);
    await manager.query('UPDATE idempotency_key SET entity_id = $1 WHERE id = $2', [result.id, claimed[0].id]);
    return result;
  });
}

async function replay<T extends { id: string }>(manager: EntityManager, spec: IdempotentWrite<T>, principal: string, key: string, hash: string): Promise<T> {
  const [first] = await manager.query<{ request_hash: string; entity_id: string | null }[]>(
    'SELECT request_hash, entity_id FROM idempotency_key WHERE principal = $1 AND key = $2',
    [principal, key],
  );
  if (!first || first.request_hash !== hash) {
    throw new ConflictError('This idempotency key was already used for a different request; use a new key for new data', 'IDEMPOTENCY_KEY_REUSED');
  }
  const record = first.entity_id ? await spec.replay(manager, first.entity_id) : null;
  if (!record) throw new NotFoundError(spec.entityType, first.entity_id ?? key);
  return record;
}
