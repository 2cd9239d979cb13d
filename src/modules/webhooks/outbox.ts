import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { RecordChange, RecordChangeListener } from '../../core/writes/record-changes';
import { toGlobalId } from '../../core/relay/global-id';
import { RECORD_TYPES, eventsOf } from './webhook-events';

/** graphile-worker's schema and our task (the national sync uses the same queue). */
export const QUEUE_SCHEMA = 'graphile_worker';
export const DELIVER_TASK = 'webhooks:deliver';

type Queryable = Pick<EntityManager, 'query'>;

/** Puts (or moves) each delivery's one waiting queue job at `runAt` (now when null), in the caller's transaction. */
export async function scheduleDeliveries(db: Queryable, deliveryIds: readonly string[], runAt: Date | null = null): Promise<void> {
  if (deliveryIds.length === 0) return;
  await db.query(
    `SELECT ${QUEUE_SCHEMA}.add_job(identifier => $1::text, payload => json_build_object('deliveryId', d), run_at => $2::timestamptz, job_key => 'webhook-delivery:' || d, max_attempts => 3)
     FROM unnest($3::uuid[]) AS d`,
    [DELIVER_TASK, runAt, deliveryIds],
  );
}

/**
 * The outbox, as one statement for all the records of a write: a delivery for every ACTIVE
 * subscription that wants an event and whose key may read its record (the resource's read or write
 * scope; the record's unit, for a key limited to units; a key neither revoked nor expired). The body
 * is built here, once per event, so every subscription gets the same bytes.
 */
const INSERT_DELIVERIES = `
  INSERT INTO webhook_delivery (subscription_id, event, event_id, body, next_attempt_at)
  SELECT s.id, e.event, e.event_id,
    json_build_object(
      'eventId', e.event_id, 'event', e.event, 'occurredAt', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
      'data', json_build_object('type', e.type, 'id', e.record_id, 'version', e.version, 'operation', $9::text, 'unitCode', u.code)
    )::text,
    now()
  FROM unnest($1::text[], $2::uuid[], $3::text[], $4::text[], $5::int[], $6::uuid[], $7::text[], $8::text[])
    AS e(event, event_id, type, record_id, version, unit_id, read_scope, write_scope)
  JOIN webhook_subscription s ON s.status = 'ACTIVE' AND e.event = ANY (s.events)
  JOIN api_key k ON k.id = s.api_key_id
  LEFT JOIN administrative_unit u ON u.id = e.unit_id
  WHERE k.revoked_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > now())
    AND (e.read_scope = ANY (k.scopes) OR e.write_scope = ANY (k.scopes))
    AND (k.administrative_unit_ids IS NULL OR e.unit_id = ANY (k.administrative_unit_ids))
  RETURNING id`;

interface EventRow {
  event: string;
  type: string;
  id: string;
  version: number | null;
  unitId: string | null;
  resource: string;
}

function eventRows(changes: readonly RecordChange[]): EventRow[] {
  return changes.flatMap(({ operation, entityType, record }) => {
    const resource = RECORD_TYPES[entityType];
    if (!resource) return [];
    const unitId = typeof record.administrativeUnitId === 'string' ? record.administrativeUnitId : null;
    const version = typeof record.version === 'number' ? record.version : null;
    return eventsOf(operation, entityType, record).map((event) => ({
      event,
      type: entityType,
      id: toGlobalId(entityType, record.id),
      version,
      unitId,
      resource,
    }));
  });
}

/** A process that enqueues before anything prepared the queue (a test server) prepares it here once. */
export type QueuePreparer = (manager: EntityManager) => Promise<void>;

/**
 * The record-change listener: records the events of the written records for the subscriptions that
 * may see them. Nothing runs for a type that is not published; one statement when no subscription
 * wants the events; one more (the queue jobs) when deliveries are due.
 */
export function webhookOutbox(prepareQueue: QueuePreparer): RecordChangeListener {
  return async (manager, _ctx, changes) => {
    const rows = eventRows(changes);
    if (rows.length === 0) return;
    const inserted: { id: string }[] = await manager.query(INSERT_DELIVERIES, [
      rows.map((r) => r.event),
      rows.map(() => randomUUID()),
      rows.map((r) => r.type),
      rows.map((r) => r.id),
      rows.map((r) => r.version),
      rows.map((r) => r.unitId),
      rows.map((r) => `${r.resource}:read`),
      rows.map((r) => `${r.resource}:write`),
      changes[0].operation,
    ]);
    if (inserted.length === 0) return;
    await prepareQueue(manager);
    await scheduleDeliveries(
      manager,
      inserted.map((r) => r.id),
    );
  };
}
