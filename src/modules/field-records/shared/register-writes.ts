import { DataSource, EntityManager } from 'typeorm';
import { AccessRule, isAllowed } from '../../../core/auth/access';
import { lockForWrite, ReferenceRule } from '../../../core/auth/references';
import { Role } from '../../../core/auth/roles';
import { RequestContext } from '../../../core/context';
import { SyncedEntity } from '../../../core/db/synced-entity';
import { ForbiddenError } from '../../../core/errors/app-errors';
import { UserError } from '../../../core/errors/user-error';
import { DeleteRecordInput, RecordUpdateInput } from '../../../core/input/record-inputs';
import { assertEditable, softDelete } from '../../../core/writes/record-writes';
import { WriteResult, WriteUnit, runWrite } from '../../../core/writes/write-pipeline';
import { recordAudit } from '../../audit';
import { AgencyRole, agencyHasTaskRole } from '../../plan';
import { taskByCode } from './record-references';
import { RegisterRecord } from './register-record';

/**
 * The writes every register shares (crop plans, conversions, planning reviews, programme
 * integrations, infrastructure works...): one record type, created for a unit, changed at the
 * version the client holds, deleted softly; each through runWrite (unit scope, idempotency key,
 * unique index → userError, audit, one transaction). A register states only what differs: its
 * type, its reference rule and the plan task it serves.
 */

type Db = DataSource | EntityManager;

/** What a register's type is stored as: every synced record with the fields its writes set. */
export type RegisterFields<T extends SyncedEntity> = Partial<Omit<T, 'id' | 'createdAt' | 'updatedAt' | 'version' | 'deletedAt' | 'nodeId'>>;

export interface RegisterSpec<T extends SyncedEntity> {
  /** The GraphQL type (and entity class) name, e.g. CropPlan; mutations are create<type>, update<type>, delete<type>. */
  type: string;
  /** How its records are owned and seen: the unit it belongs to, who reads it. */
  rule: ReferenceRule<T>;
  /** The plan task it records (e.g. II.2): an agency officer writes it only when their agency leads that task. */
  taskCode: string;
  /** Unique index → the input field (or userError) a duplicate is reported on. */
  uniqueIndexes?: Record<string, string | UserError>;
}

/**
 * A register's records as references: whoever may read the register sees every unit's records (they
 * are public administration, not personal data); changing one needs a scope over its unit.
 */
export function registerRule<T extends RegisterRecord>(type: string, entity: new () => T, readers: AccessRule): ReferenceRule<T> {
  return {
    type,
    entity,
    unitOf: (record) => record.administrativeUnitId,
    canRead: (ctx: RequestContext) => isAllowed(readers, ctx.principal),
    deletedAt: (record) => record.deletedAt,
  };
}

/**
 * Agency officers write a register only when the plan names their agency (itself or a group it is a
 * member of, e.g. "UBND các xã, phường") as lead of the register's task; their unit scope applies
 * on top. Other roles are limited by their unit scope alone.
 */
export async function assertLeadAgency(ctx: RequestContext, db: Db, taskCode: string, field: string): Promise<void> {
  const { principal } = ctx;
  if (principal.kind !== 'USER' || principal.role !== Role.AGENCY_OFFICER) return;
  const task = await taskByCode(db, taskCode, field);
  if (!principal.agencyId || !(await agencyHasTaskRole(db, principal.agencyId, task.id, AgencyRole.LEAD))) {
    throw new ForbiddenError(`Only officers of the lead agencies of task ${taskCode} may write this register`, undefined, { field });
  }
}

/** A record's fields as the audit trail keeps them. */
const snapshot = (record: object) => ({ ...record }) as Record<string, unknown>;

/** The record as it is stored now: what a retry with the same idempotency key answers with. */
const replayOf =
  <T extends SyncedEntity>(spec: RegisterSpec<T>) =>
  (manager: EntityManager, id: string) =>
    manager.getRepository(spec.rule.entity).findOne({ where: { id } as never });

/**
 * Creates a record for `unit` (checked against the caller's scope first). `prepare` checks the input
 * and returns the fields to store; it runs once the caller is known to be in scope. `whole` checks
 * the record as it would be stored, inside the transaction (e.g. a reference that must still exist).
 */
export function createRegisterRecord<T extends SyncedEntity, I extends { idempotencyKey?: string | null }>(
  ctx: RequestContext,
  spec: RegisterSpec<T>,
  input: I,
  unit: WriteUnit,
  prepare: () => Promise<RegisterFields<T>>,
  whole?: (manager: EntityManager, record: RegisterFields<T>) => Promise<void>,
): Promise<WriteResult<T>> {
  const operation = `create${spec.type}`;
  return runWrite<T, RegisterFields<T>>(ctx, {
    operation,
    entityType: spec.type,
    input,
    unit,
    uniqueIndexes: spec.uniqueIndexes,
    replay: replayOf(spec),
    prepare: async () => {
      await assertLeadAgency(ctx, ctx.dataSource, spec.taskCode, unit.field ?? 'input');
      return prepare();
    },
    write: async (manager, fields) => {
      await whole?.(manager, fields);
      const repo = manager.getRepository(spec.rule.entity);
      const saved = await repo.save(repo.create(fields as T));
      await recordAudit(manager, ctx, { action: operation, entityType: spec.type, entityId: saved.id, before: null, after: snapshot(saved) });
      return saved;
    },
  });
}

/**
 * Changes the given fields of the version the client holds (`changes`, already checked; undefined
 * keeps a field). `whole` checks the record as it would be stored and may add derived fields.
 */
export function updateRegisterRecord<T extends SyncedEntity>(
  ctx: RequestContext,
  spec: RegisterSpec<T>,
  input: RecordUpdateInput,
  changes: RegisterFields<T>,
  whole?: (manager: EntityManager, merged: T, before: T) => Promise<RegisterFields<T> | void>,
): Promise<WriteResult<T>> {
  const operation = `update${spec.type}`;
  return runWrite<T>(ctx, {
    operation,
    entityType: spec.type,
    input,
    uniqueIndexes: spec.uniqueIndexes,
    replay: replayOf(spec),
    write: async (manager) => {
      const before = await lockForWrite(ctx, manager, spec.rule, input.id);
      await assertLeadAgency(ctx, manager, spec.taskCode, 'input.id');
      assertEditable(before, spec.type, input.expectedVersion);
      const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as RegisterFields<T>;
      const repo = manager.getRepository(spec.rule.entity);
      const merged = repo.merge(repo.create({ ...before }), defined as never);
      const derived = await whole?.(manager, merged, before);
      if (derived) repo.merge(merged, derived as never);
      const saved = await repo.save(merged);
      await recordAudit(manager, ctx, { action: operation, entityType: spec.type, entityId: before.id, before: snapshot(before), after: snapshot(saved) });
      return saved;
    },
  });
}

/** Deletes softly (a tombstone for syncing devices); deleting a tombstone again returns it. */
export function deleteRegisterRecord<T extends SyncedEntity>(ctx: RequestContext, spec: RegisterSpec<T>, input: DeleteRecordInput): Promise<WriteResult<T>> {
  const operation = `delete${spec.type}`;
  return runWrite<T>(ctx, {
    operation,
    entityType: spec.type,
    write: async (manager) => {
      const before = await lockForWrite(ctx, manager, spec.rule, input.id);
      await assertLeadAgency(ctx, manager, spec.taskCode, 'input.id');
      const after = await softDelete(manager, spec.rule.entity, spec.type, before, input.expectedVersion);
      if (after !== before) {
        await recordAudit(manager, ctx, { action: operation, entityType: spec.type, entityId: before.id, before: snapshot(before), after: snapshot(after) });
      }
      return after;
    },
  });
}
