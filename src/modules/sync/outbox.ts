import { Logger, runMigrations } from 'graphile-worker';
import { Pool } from 'pg';
import { EntityManager } from 'typeorm';
import { SyncJob, SyncJobStatus, SyncRequestReason } from './sync-job.entity';
import { SyncTarget } from './registry';

/** graphile-worker's schema (it creates and migrates it itself; our migrations never touch it). */
export const QUEUE_SCHEMA = 'graphile_worker';
export const DELIVER_TASK = 'sync:deliver';
export const RECOVER_TASK = 'sync:recover';

/** The queue job key of a SyncJob: at most one waiting queue job per SyncJob. */
export const queueJobKey = (syncJobId: string) => `sync-job:${syncJobId}`;

/** The same for every attempt of one inventory version to one target, across retries and crashes. */
export const idempotencyKeyOf = (inventoryId: string, version: number, target: string) => `ghg-inventory:${inventoryId}:v${version}:${target}`;

export interface DeliveryPayload {
  syncJobId: string;
}

type Queryable = Pick<EntityManager, 'query'>;

/**
 * Puts (or moves) the SyncJob's one waiting queue job at `runAt` (now when null), in the caller's
 * transaction. If that job is running, graphile-worker leaves it alone and adds a new one.
 */
export async function scheduleDelivery(db: Queryable, syncJobId: string, runAt: Date | null): Promise<void> {
  const payload: DeliveryPayload = { syncJobId };
  await db.query(
    `SELECT ${QUEUE_SCHEMA}.add_job(identifier => $1::text, payload => $2::json, run_at => $3::timestamptz, job_key => $4::text, max_attempts => 25)`,
    [DELIVER_TASK, JSON.stringify(payload), runAt, queueJobKey(syncJobId)],
  );
}

/** Drops the SyncJob's waiting queue job (it is done, or will never be retried). */
export async function cancelDelivery(db: Queryable, syncJobId: string): Promise<void> {
  await db.query(`SELECT ${QUEUE_SCHEMA}.remove_job($1::text)`, [queueJobKey(syncJobId)]);
}

/** Migrations say nothing; queue problems reach our log through the worker. */
const SILENT_QUEUE_LOGGER = new Logger(() => () => undefined);

const prepared = new Map<string, Promise<void>>();

/** Our own pool, ended (and awaited) before returning: no connection outlives the migration. */
async function migrateQueue(databaseUrl: string): Promise<void> {
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  // A client dropped by the server is simply discarded (pg raises it again on its next query).
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  try {
    await runMigrations({ pgPool: pool, schema: QUEUE_SCHEMA, logger: SILENT_QUEUE_LOGGER });
  } finally {
    await pool.end();
  }
}

/** Creates or upgrades graphile-worker's schema (idempotent; safe from several processes at once). */
export function prepareSyncQueue(databaseUrl: string): Promise<void> {
  let done = prepared.get(databaseUrl);
  if (!done) {
    done = migrateQueue(databaseUrl);
    done.catch(() => prepared.delete(databaseUrl));
    prepared.set(databaseUrl, done);
  }
  return done;
}

/** A process that enqueues before anything prepared the queue (a test server) prepares it here once. */
async function ensureQueue(manager: EntityManager): Promise<void> {
  const [{ ready }] = await manager.query(`SELECT to_regproc($1) IS NOT NULL AS ready`, [`${QUEUE_SCHEMA}.add_job`]);
  if (ready) return;
  const { url } = manager.connection.options as { url?: string };
  if (!url) throw new Error('The sync queue is not prepared and the data source has no URL to prepare it with');
  await prepareSyncQueue(url);
}

export interface EnqueueRequest {
  inventoryId: string;
  version: number;
  reason: 'VERIFIED' | 'RESEND';
  requestedBy: string | null;
}

/** What a request does to an existing job: a resend restarts a finished or waiting one, never one in flight. */
function restarts(job: SyncJob, reason: EnqueueRequest['reason']): boolean {
  return reason === 'RESEND' && job.status !== SyncJobStatus.DELIVERING;
}

/**
 * The outbox: call INSIDE the transaction that verifies a provincial inventory (or handles an ADMIN's
 * resend). Writes one SyncJob per configured target and its queue job, so both commit or neither.
 * Calling it again for the same version is safe: a VERIFIED request keeps existing jobs; a RESEND
 * sends again (with the same idempotency key) whatever was delivered, failed or waiting.
 */
export async function enqueueInventorySync(manager: EntityManager, targets: readonly SyncTarget[], request: EnqueueRequest): Promise<SyncJob[]> {
  if (targets.length === 0) return [];
  await ensureQueue(manager);
  const jobs = manager.getRepository(SyncJob);
  const requested = {
    requestReason: SyncRequestReason[request.reason],
    requestedById: request.requestedBy,
    requestedAt: new Date(),
  };
  const result: SyncJob[] = [];
  for (const target of targets) {
    await jobs
      .createQueryBuilder()
      .insert()
      .values({
        target: target.name,
        adapter: target.adapterName,
        inventoryId: request.inventoryId,
        inventoryVersion: request.version,
        status: SyncJobStatus.PENDING,
        idempotencyKey: idempotencyKeyOf(request.inventoryId, request.version, target.name),
        ...requested,
      })
      .orIgnore()
      .execute();
    // Locked, so a worker's claim and this request never decide about the same row at once.
    const job = await jobs.findOneOrFail({
      where: { inventoryId: request.inventoryId, inventoryVersion: request.version, target: target.name },
      lock: { mode: 'pessimistic_write' },
    });
    const fresh = job.attempts === 0 && job.status === SyncJobStatus.PENDING && job.lastAttemptAt === null;
    if (restarts(job, request.reason)) {
      Object.assign(job, { ...requested, status: SyncJobStatus.PENDING, attempts: 0, nextAttemptAt: null, leaseUntil: null });
      result.push(await jobs.save(job));
      await scheduleDelivery(manager, job.id, null);
    } else {
      if (fresh) await scheduleDelivery(manager, job.id, null);
      result.push(job);
    }
  }
  return result;
}
