import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { RecordChangeListener } from '../../core/writes/record-changes';
import { toGlobalId } from '../../core/relay/global-id';
import { RECORD_TYPES, eventsOf } from './webhook-events';

/** graphile-worker's schema and our task (the national sync uses the same queue). */
export const QUEUE_SCHEMA = 'graphile_worker';
export const DELIVER_TASK = 'webhooks:deliver';
export const queueJobKey = (deliveryId: string) => `webhook-delivery:${deliveryId}`;

type Queryable = Pick<EntityManager, 'query'>;

/** Puts (or moves) the delivery's one waiting queue job at `runAt` (now when null), in the caller's transaction. */
export async function scheduleDeliveries(db: Queryable, deliveryIds: readonly string[], runAt: Date | null = null): Promise<void> {
  if (deliveryIds.length === 0) return;
  await db.query(
    `SELECT ${QUEUE_SCHEMA}.add_job(identifier => $1::text, payload => json_build_object('deliveryId', d), run_at => $2::timestamptz, job_key => 'webhook-delivery:' || d, max_attempts => 3)
     FROM unnest($3::uuid[]) AS d`,
    [DELIVER_TASK, runAt, deliveryIds],
  );
}

/**
 * The outbox, as one statement: a delivery for every ACTIVE subscription that wants one of the
 * events and whose key may read the record (the resource's read or write scope; the record's unit,
 * for a key limited to units; a key neither revoked nor expired). The body is built here, once per
 * event, so every subscription gets the same bytes. With no matching subscription nothing else runs.
 */
const INSERT_DELIVERIES = `
  INSERT INTO webhook_delivery (subscription_id, event, event_id, body, next_attempt_at)
  SELECT s.id, e.event, e.event_id,
    json_build_object(
      'eventId', e.event_id, 'event', e.event, 'occurredAt', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
      'data', json_build_object('type', $3::text, 'id', $4::text, 'version', $5::int, 'operation', $6::text,
        'unitCode', (SELECT u.code FROM administrative_unit u WHERE u.id = $7::uuid))
    )::text,
    now()
  FROM unnest($1::text[], $2::uuid[]) AS e(event, event_id)
  JOIN webhook_subscription s ON s.status = 'ACTIVE' AND e.event = ANY (s.events)
  JOIN api_key k ON k.id = s.api_key_id
  WHERE k.revoked_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > now())
    AND k.scopes && $8::text[]
    AND (k.administrative_unit_ids IS NULL OR $7::uuid = ANY (k.administrative_unit_ids))
  RETURNING id`;

/** A process that enqueues before anything prepared the queue (a test server) prepares it here once. */
export type QueuePreparer = (manager: EntityManager) => Promise<void>;

/** The record-change listener: records the events of a written record for the subscriptions that may see them. */
export function webhookOutbox(prepareQueue: QueuePreparer): RecordChangeListener {
  return async (manager, _ctx, { operation, entityType, record }) => {
    const events = eventsOf(operation, entityType, record);
    if (events.length === 0) return;
    const resource = RECORD_TYPES[entityType];
    // A status event of a type without record events still needs a resource to decide who may read it.
    if (!resource) return;
    const unitId = typeof record.administrativeUnitId === 'string' ? record.administrativeUnitId : null;
    const rows: { id: string }[] = await manager.query(INSERT_DELIVERIES, [
      events,
      events.map(() => randomUUID()),
      entityType,
      toGlobalId(entityType, record.id),
      typeof record.version === 'number' ? record.version : null,
      operation,
      unitId,
      [`${resource}:read`, `${resource}:write`],
    ]);
    if (rows.length === 0) return;
    await prepareQueue(manager);
    await scheduleDeliveries(
      manager,
      rows.map((r) => r.id),
    );
  };
}
