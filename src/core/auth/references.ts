import { DataSource, EntityManager, EntityTarget, In } from 'typeorm';
import { RequestContext } from '../context';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../errors/app-errors';
import { decodeGlobalId } from '../relay/global-id';
import { UnitScope } from './principal';
import { OUT_OF_SCOPE, draftReadableUnits, scopeIncludes, writableUnits } from './unit-scope';

/**
 * Every ID a write refers to is checked here: it must name a record that exists, that the caller may
 * see, and (unless the reference is deliberately cross-unit) that belongs to a unit the caller writes
 * for. A record the caller may not see is refused exactly like one that does not exist, so IDs of
 * another commune's data tell nothing about it.
 */

type Db = DataSource | EntityManager;

/** How records of one type are owned and seen; each module declares one next to its access rules. */
export interface ReferenceRule<T extends { id: string }> {
  /** The GraphQL type its global IDs name, e.g. ActivityRecord. */
  type: string;
  entity: EntityTarget<T>;
  /** The unit whose data it is; null for province-wide records. */
  unitOf(record: T): string | null;
  /** Whether the caller may see it at all; default: it is of a unit whose drafts the caller reads. */
  canRead?(ctx: RequestContext, record: T, db: Db): boolean | Promise<boolean>;
  /** Whether a write may use it; default: it is of a unit the caller writes for. */
  canWrite?(ctx: RequestContext, record: T): boolean;
  /** When it was deleted or withdrawn, for types that can be. */
  deletedAt?(record: T): Date | null;
}

export interface ReferenceOptions {
  /**
   * WRITABLE_UNIT: the record must belong to a unit the caller writes for (unit data linked to unit data).
   * ANY_VISIBLE: a deliberately cross-unit reference: any record the caller may see; say why where it is used.
   */
  scope: 'WRITABLE_UNIT' | 'ANY_VISIBLE';
  /** Deleted (withdrawn) records are refused (BAD_USER_INPUT, DELETED) unless allowed. */
  deleted?: 'REFUSE' | 'ALLOW';
  /** A missing record is a BAD_USER_INPUT (a reference in the input) or a NOT_FOUND (the record the write is about). */
  missing?: 'BAD_USER_INPUT' | 'NOT_FOUND';
  /** Holds the rows until the transaction ends (the record the write changes). */
  lock?: boolean;
}

const inScope = (scope: UnitScope, unitId: string | null) => (unitId === null ? scope === 'ALL' : scopeIncludes(scope, unitId));

export const unitReadable = (ctx: RequestContext, unitId: string | null) => inScope(draftReadableUnits(ctx.principal), unitId);
export const unitWritable = (ctx: RequestContext, unitId: string | null) => inScope(writableUnits(ctx.principal), unitId);

/**
 * The records a list of global IDs names, in input order, loaded in one query; `field` is the list's
 * input path and each refusal names the item (`input.actualActivityRecordIds[2]`).
 */
export function resolveReferences<T extends { id: string }>(
  ctx: RequestContext,
  db: Db,
  rule: ReferenceRule<T>,
  globalIds: readonly string[],
  field: string,
  options: ReferenceOptions,
): Promise<T[]> {
  return resolve(
    ctx,
    db,
    rule,
    globalIds.map((globalId, i) => ({ globalId, path: `${field}[${i}]` })),
    options,
  );
}

/** The record one global ID names (`field` is its input path), checked like every reference. */
export async function resolveReference<T extends { id: string }>(
  ctx: RequestContext,
  db: Db,
  rule: ReferenceRule<T>,
  globalId: string,
  field: string,
  options: ReferenceOptions,
): Promise<T> {
  const [record] = await resolve(ctx, db, rule, [{ globalId, path: field }], options);
  return record;
}

/**
 * The record an update or delete changes, locked: NOT_FOUND when the caller may not see it, FORBIDDEN
 * when it is of a unit the caller may see but not write for. Whether a deleted one may change is the
 * write's own rule.
 */
export function lockForWrite<T extends { id: string }>(
  ctx: RequestContext,
  manager: EntityManager,
  rule: ReferenceRule<T>,
  globalId: string,
  field = 'input.id',
): Promise<T> {
  return resolveReference(ctx, manager, rule, globalId, field, { scope: 'WRITABLE_UNIT', deleted: 'ALLOW', missing: 'NOT_FOUND', lock: true });
}

async function resolve<T extends { id: string }>(
  ctx: RequestContext,
  db: Db,
  rule: ReferenceRule<T>,
  refs: { globalId: string; path: string }[],
  options: ReferenceOptions,
): Promise<T[]> {
  const ids = refs.map(({ globalId, path }) => decodeGlobalId(globalId, rule.type, path));
  if (ids.length === 0) return [];
  const found = await db.getRepository(rule.entity).find({
    where: { id: In([...new Set(ids)]) } as never,
    ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  const byId = new Map(found.map((record) => [record.id, record]));
  const canRead = rule.canRead ?? ((c: RequestContext, record: T) => unitReadable(c, rule.unitOf(record)));
  const canWrite = rule.canWrite ?? ((c: RequestContext, record: T) => unitWritable(c, rule.unitOf(record)));
  const records: T[] = [];
  for (const [i, { globalId, path }] of refs.entries()) {
    const record = byId.get(ids[i]);
    if (!record || !(await canRead(ctx, record, db))) {
      // The same answer for "no such record" and "not yours to see".
      throw options.missing === 'NOT_FOUND'
        ? new NotFoundError(rule.type, globalId, { field: path })
        : new BadUserInputError(`No ${rule.type} ${globalId}`, path, 'NOT_FOUND');
    }
    if (options.scope === 'WRITABLE_UNIT' && !canWrite(ctx, record)) {
      throw new ForbiddenError(`${rule.type} ${globalId} belongs to a unit you may not write for`, OUT_OF_SCOPE, { field: path });
    }
    if (options.deleted !== 'ALLOW' && rule.deletedAt?.(record)) {
      throw new BadUserInputError(`${rule.type} ${globalId} was deleted`, path, 'DELETED');
    }
    records.push(record);
  }
  return records;
}
