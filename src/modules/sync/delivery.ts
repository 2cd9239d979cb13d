import { Logger } from 'pino';
import { DataSource, EntityManager } from 'typeorm';
import { DeliveryFailure, FailureKind, Submission } from './adapter';
import { backoffDelayMs } from './backoff';
import { QUEUE_SCHEMA, cancelDelivery, queueJobKey, scheduleDelivery } from './outbox';
import { SyncTarget } from './registry';
import { SubmissionLoader } from './submission';
import { SyncRuntime } from './sync-runtime';

/** What a worker delivers with. */
export interface DeliveryContext {
  dataSource: DataSource;
  runtime: SyncRuntime;
  loader: SubmissionLoader;
  /** Unique per worker process; recorded on each attempt and part of its fencing. */
  workerId: string;
  logger: Logger;
}

/** The attempt a worker won: enough to deliver and to finish only if nobody took it over since. */
interface Claim {
  id: string;
  target: string;
  inventoryId: string;
  inventoryVersion: number;
  attempts: number;
  idempotencyKey: string;
  contentHash: string | null;
}

type Outcome =
  { ok: true; ackId: string; contentHash: string } | { ok: false; kind: FailureKind; message: string; retryAfterMs: number | null; contentHash: string | null };

const failure = (kind: FailureKind, message: string, contentHash: string | null = null): Outcome => ({
  ok: false,
  kind,
  message,
  retryAfterMs: null,
  contentHash,
});

/**
 * Takes the job for one attempt, in one transaction: marks it DELIVERING with a lease and moves its
 * queue job to the lease's end. If this worker dies at any point after the receiver accepted, that
 * queue job runs when the lease ends and delivers again with the same idempotency key.
 * Returns null when the job is finished, not yet due or being delivered by a live worker.
 */
async function claim(ctx: DeliveryContext, syncJobId: string): Promise<Claim | null> {
  return ctx.dataSource.transaction(async (manager) => {
    const [rows] = await manager.query<[Record<string, unknown>[], number]>(
      `UPDATE sync_job SET status = 'DELIVERING', attempts = attempts + 1, last_attempt_at = now(), next_attempt_at = NULL,
         lease_until = now() + $2 * interval '1 millisecond', worker_id = $3, updated_at = now()
       WHERE id = $1 AND ((status = 'PENDING' AND (next_attempt_at IS NULL OR next_attempt_at <= now() + interval '1 second'))
                       OR (status = 'DELIVERING' AND lease_until <= now()))
       RETURNING id, target, inventory_id, inventory_version, attempts, idempotency_key, content_hash, lease_until`,
      [syncJobId, ctx.runtime.settings.leaseMs, ctx.workerId],
    );
    const row = rows[0];
    if (row) {
      await scheduleDelivery(manager, syncJobId, row.lease_until as Date);
      return {
        id: row.id as string,
        target: row.target as string,
        inventoryId: row.inventory_id as string,
        inventoryVersion: row.inventory_version as number,
        attempts: row.attempts as number,
        idempotencyKey: row.idempotency_key as string,
        contentHash: row.content_hash as string | null,
      };
    }
    // Not ours to deliver now: keep one queue job at the moment it may be.
    const [state] = await manager.query<
      {
        status: string;
        next_attempt_at: Date | null;
        lease_until: Date | null;
      }[]
    >(`SELECT status, next_attempt_at, lease_until FROM sync_job WHERE id = $1`, [syncJobId]);
    if (state?.status === 'PENDING') await scheduleDelivery(manager, syncJobId, state.next_attempt_at);
    if (state?.status === 'DELIVERING') await scheduleDelivery(manager, syncJobId, state.lease_until);
    return null;
  });
}

/** Aborts on the worker's shutdown or after the delivery timeout, with a reason a person can read. */
function attemptSignal(shutdown: AbortSignal, timeoutMs: number): { signal: AbortSignal; done: () => void } {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
  const onShutdown = () => controller.abort(new Error('the worker is shutting down'));
  shutdown.addEventListener('abort', onShutdown, { once: true });
  if (shutdown.aborted) onShutdown();
  return {
    signal: controller.signal,
    done: () => {
      clearTimeout(timer);
      shutdown.removeEventListener('abort', onShutdown);
    },
  };
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Builds the submission of the verified version and delivers it; never throws. */
async function attempt(ctx: DeliveryContext, job: Claim, target: SyncTarget | undefined, shutdown: AbortSignal): Promise<Outcome> {
  if (!target) return failure('TEMPORARY', `target "${job.target}" is not configured in worker ${ctx.workerId}`);
  let submission: Submission;
  try {
    const source = await ctx.loader(ctx.dataSource.manager, job.inventoryId, job.inventoryVersion);
    if (!source)
      return failure('PERMANENT', `inventory ${job.inventoryId} version ${job.inventoryVersion} is not verified or does not exist: nothing was sent`);
    if (source.inventoryId !== job.inventoryId || source.version !== job.inventoryVersion) {
      return failure('PERMANENT', `the submission loader returned ${source.inventoryId} v${source.version} for ${job.inventoryId} v${job.inventoryVersion}`);
    }
    submission = target.adapter.buildSubmission(source);
  } catch (error) {
    return failure('TEMPORARY', `cannot build the submission: ${messageOf(error)}`);
  }
  // One key must always carry the same content, or the receiver's de-duplication would hide a change.
  if (job.contentHash && job.contentHash !== submission.contentHash) {
    return failure(
      'PERMANENT',
      `version ${job.inventoryVersion} changed since its first attempt (content ${job.contentHash} is now ${submission.contentHash}); a changed inventory must be a new version`,
    );
  }
  const { signal, done } = attemptSignal(shutdown, ctx.runtime.settings.deliveryTimeoutMs);
  try {
    const receipt = await target.adapter.deliver(submission, job.idempotencyKey, signal);
    return { ok: true, ackId: receipt.ackId, contentHash: submission.contentHash };
  } catch (error) {
    if (error instanceof DeliveryFailure) {
      return { ok: false, kind: error.kind, message: error.message, retryAfterMs: error.retryAfterMs, contentHash: submission.contentHash };
    }
    return failure('TEMPORARY', `unexpected: ${messageOf(error)}`, submission.contentHash);
  } finally {
    done();
  }
}

/** Updates the job only if this attempt still holds it (same worker, same attempt number). */
async function update(
  manager: EntityManager,
  job: Claim,
  ctx: DeliveryContext,
  assignments: string,
  values: unknown[],
): Promise<Record<string, unknown> | null> {
  const [rows] = await manager.query<[Record<string, unknown>[], number]>(
    `UPDATE sync_job SET ${assignments}, lease_until = NULL, updated_at = now()
     WHERE id = $1 AND status = 'DELIVERING' AND attempts = $2 AND worker_id = $3 RETURNING next_attempt_at`,
    [job.id, job.attempts, ctx.workerId, ...values],
  );
  return rows[0] ?? null;
}

/** Records the outcome and leaves exactly the queue job it calls for (a retry) or none. */
async function finish(ctx: DeliveryContext, job: Claim, outcome: Outcome): Promise<void> {
  const { settings } = ctx.runtime;
  const log = ctx.logger.child({ syncJobId: job.id, target: job.target, inventoryId: job.inventoryId, version: job.inventoryVersion, attempt: job.attempts });
  await ctx.dataSource.transaction(async (manager) => {
    if (outcome.ok) {
      const done = await update(manager, job, ctx, `status = 'DELIVERED', receiver_ack_id = $4, delivered_at = now(), content_hash = $5`, [
        outcome.ackId,
        outcome.contentHash,
      ]);
      if (!done) return log.warn('attempt superseded after its lease ended; outcome dropped');
      await cancelDelivery(manager, job.id);
      return log.info({ ackId: outcome.ackId }, 'inventory delivered');
    }
    const failed = `last_error = $4, last_failure_kind = $5, last_failure_at = now(), content_hash = coalesce(content_hash, $6)`;
    const common = [outcome.message.slice(0, 2000), outcome.kind, outcome.contentHash];
    if (outcome.kind === 'TEMPORARY' && job.attempts < settings.maxAttempts) {
      const delay = backoffDelayMs(job.attempts, { baseMs: settings.backoffBaseMs, maxMs: settings.backoffMaxMs }, outcome.retryAfterMs);
      const row = await update(manager, job, ctx, `${failed}, status = 'PENDING', next_attempt_at = now() + $7 * interval '1 millisecond'`, [...common, delay]);
      if (!row) return log.warn('attempt superseded after its lease ended; outcome dropped');
      await scheduleDelivery(manager, job.id, row.next_attempt_at as Date);
      return log.warn({ error: outcome.message, retryInMs: delay }, 'delivery failed; will retry');
    }
    const status = outcome.kind === 'AUTH' ? 'FAILED_AUTH' : outcome.kind === 'PERMANENT' ? 'FAILED_PERMANENT' : 'FAILED_EXHAUSTED';
    const row = await update(manager, job, ctx, `${failed}, status = $7::sync_job_status`, [...common, status]);
    if (!row) return log.warn('attempt superseded after its lease ended; outcome dropped');
    await cancelDelivery(manager, job.id);
    if (status === 'FAILED_AUTH') log.error({ error: outcome.message }, 'national sync credentials refused: fix the target configuration, then resend');
    else log.error({ error: outcome.message, status }, 'delivery stopped');
  });
}

/** The queue task: one attempt at one SyncJob. Throws only when the database fails (the queue retries). */
export async function deliverSyncJob(ctx: DeliveryContext, syncJobId: string, shutdown: AbortSignal): Promise<void> {
  const job = await claim(ctx, syncJobId);
  if (!job) return;
  const target = ctx.runtime.targets.find((t) => t.name === job.target);
  const outcome = await attempt(ctx, job, target, shutdown);
  await finish(ctx, job, outcome);
}

/**
 * Safety net for a worker that died after the queue handed it a job but before claim() committed:
 * that queue job stays locked for hours, so any unfinished SyncJob without a live queue job gets one.
 */
export async function recoverOrphans(ctx: DeliveryContext): Promise<number> {
  return ctx.dataSource.transaction(async (manager) => {
    const orphans = await manager.query<{ id: string; run_at: Date }[]>(
      `SELECT sj.id, greatest(now(), coalesce(sj.next_attempt_at, sj.lease_until, now())) AS run_at
       FROM sync_job sj
       WHERE sj.status IN ('PENDING', 'DELIVERING')
         AND NOT EXISTS (
           SELECT 1 FROM ${QUEUE_SCHEMA}.jobs q
           WHERE q.key = $2 || sj.id AND q.attempts < q.max_attempts
             AND (q.locked_at IS NULL OR q.locked_at > now() - $1 * interval '1 millisecond'))
       LIMIT 1000`,
      [ctx.runtime.settings.leaseMs, queueJobKey('')],
    );
    for (const orphan of orphans) await scheduleDelivery(manager, orphan.id, orphan.run_at);
    if (orphans.length) ctx.logger.warn({ count: orphans.length }, 'rescheduled sync jobs whose queue job was lost');
    return orphans.length;
  });
}
