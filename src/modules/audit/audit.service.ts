import { EntityManager } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { actorOf } from '../../core/auth/principal';
import { RequestContext } from '../../core/context';
import { BadUserInputError } from '../../core/errors/app-errors';
import { ConnectionResult } from '../../core/relay/connection';
import { decodeGlobalId, tryDecodeGlobalId, isUuid } from '../../core/relay/global-id';
import { PageArgs, paginate } from '../../core/relay/pagination';
import { AuditEvent, ActorType } from './audit-event.entity';
import { AuditFilter } from './audit-filter.input';

/** Fields never written to the audit trail, whatever entity they belong to. */
const SECRET_FIELDS = new Set(['passwordHash', 'password', 'secretHash', 'secret', 'tokenHash', 'refreshToken', 'accessToken']);

type Snapshot = Record<string, unknown> | null;

const comparable = (value: unknown) => (value instanceof Date ? value.toISOString() : (value ?? null));

/** Field-by-field before/after of what changed, secrets left out. */
export function diffFields(before: Snapshot, after: Snapshot): AuditEvent['changes'] {
  const changes: AuditEvent['changes'] = {};
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const field of fields) {
    if (SECRET_FIELDS.has(field) || field === 'createdAt' || field === 'updatedAt') continue;
    const old = comparable(before?.[field]);
    const now = comparable(after?.[field]);
    if (JSON.stringify(old) !== JSON.stringify(now)) changes[field] = { before: old, after: now };
  }
  return changes;
}

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string | null;
  before?: Snapshot;
  after?: Snapshot;
  /** Who acted, when not the request's principal (login: the user who just proved who they are). */
  actor?: { actorType: keyof typeof ActorType; actorId: string | null };
}

/** Where a change came from: a request, or the system itself (requestId null). */
export type AuditOrigin = Pick<RequestContext, 'principal' | 'clientAddress'> & { requestId: string | null };

/** Writes the audit event with the caller's manager, so it commits or rolls back with the change. */
export async function recordAudit(manager: EntityManager, ctx: AuditOrigin, entry: AuditEntry): Promise<void> {
  await recordAuditMany(manager, ctx, [entry]);
}

/** One insert for a bulk write's events (one per changed record), in the caller's transaction. */
export async function recordAuditMany(manager: EntityManager, ctx: AuditOrigin, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const events = manager.getRepository(AuditEvent);
  const rows = entries.map((entry) => {
    const { actorType, actorId } = entry.actor ?? actorOf(ctx.principal);
    return events.create({
      actorType: ActorType[actorType],
      actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      changes: diffFields(entry.before ?? null, entry.after ?? null),
      requestId: ctx.requestId,
      clientAddress: ctx.clientAddress,
    });
  });
  await events.insert(rows as QueryDeepPartialEntity<AuditEvent>[]);
}

export function listAuditEvents(ctx: RequestContext, page: PageArgs, filter: AuditFilter | null | undefined): Promise<ConnectionResult<AuditEvent>> {
  const query = ctx.dataSource.getRepository(AuditEvent).createQueryBuilder('event');
  if (filter?.actorId) {
    const actor = tryDecodeGlobalId(filter.actorId);
    if (!actor || !['User', 'ApiKey'].includes(actor.type) || !isUuid(actor.id)) {
      throw new BadUserInputError('actorId must be a User or ApiKey ID', 'filter.actorId', 'INVALID_ID');
    }
    query.andWhere('event.actor_id = :actorId', { actorId: actor.id });
  }
  if (filter?.entityType) query.andWhere('event.entity_type = :entityType', { entityType: filter.entityType });
  if (filter?.entityId) {
    const entityType = filter.entityType;
    if (!entityType) throw new BadUserInputError('entityId needs entityType', 'filter.entityId', 'REQUIRES_ENTITY_TYPE');
    query.andWhere('event.entity_id = :entityId', { entityId: decodeGlobalId(filter.entityId, entityType, 'filter.entityId') });
  }
  if (filter?.from) query.andWhere('event.occurred_at >= :from', { from: filter.from });
  if (filter?.to) query.andWhere('event.occurred_at < :to', { to: filter.to });
  return paginate(query, page, 'event.sequence', (event) => Number(event.sequence), 'DESC');
}
