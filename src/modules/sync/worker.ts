import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { Logger as QueueLogger, Runner, run } from 'graphile-worker';
import { Pool } from 'pg';
import { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { DeliveryContext, deliverSyncJob, recoverOrphans } from './delivery';
import { DELIVER_TASK, QUEUE_SCHEMA, RECOVER_TASK, prepareSyncQueue } from './outbox';
import { SubmissionLoader } from './submission';
import { SyncRuntime } from './sync-runtime';

export interface SyncWorkerOptions {
  databaseUrl: string;
  dataSource: DataSource;
  runtime: SyncRuntime;
  loader: SubmissionLoader;
  logger: Logger;
  workerId?: string;
}

export interface SyncWorker {
  workerId: string;
  /** Stops taking jobs and waits for the deliveries in flight (aborted after a few seconds). */
  stop(): Promise<void>;
  /** Resolves when the worker stops, rejects if it fails. */
  done: Promise<void>;
}

/** graphile-worker's log lines, through our logger; its per-job chatter is debug (we log each delivery). */
function queueLogger(logger: Logger): QueueLogger {
  return new QueueLogger((scope) => (level, message, meta) => {
    const fields = { queue: scope, ...meta };
    if (level === 'error') logger.error(fields, message);
    else if (level === 'warning') logger.warn(fields, message);
    else logger.debug(fields, message);
  });
}

function isPayload(value: unknown): value is { syncJobId: string } {
  return typeof value === 'object' && value !== null && typeof (value as { syncJobId?: unknown }).syncJobId === 'string';
}

/**
 * Starts delivering SyncJobs from the queue: in the API process or alone, any number at once
 * (graphile-worker hands each queue job to one worker; SyncJob leases fence the rest).
 */
export async function startSyncWorker(options: SyncWorkerOptions): Promise<SyncWorker> {
  const workerId = options.workerId ?? `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const logger = options.logger.child({ component: 'sync-worker', workerId });
  const ctx: DeliveryContext = { dataSource: options.dataSource, runtime: options.runtime, loader: options.loader, workerId, logger };
  const { settings } = options.runtime;
  await prepareSyncQueue(options.databaseUrl);
  // Our own pool, so that stopping the worker can wait until every connection is closed (the embedded
  // PostgreSQL stops next, and a client still open would crash the process with its error).
  const pool = new Pool({ connectionString: options.databaseUrl, max: settings.concurrency + 2 });
  pool.on('error', (err) => logger.warn({ err }, 'sync queue connection lost'));
  pool.on('connect', (client) => client.on('error', (err) => logger.warn({ err }, 'sync queue connection lost')));
  const runner: Runner = await run({
    pgPool: pool,
    schema: QUEUE_SCHEMA,
    concurrency: settings.concurrency,
    pollInterval: settings.pollIntervalMs,
    noHandleSignals: true, // the process owns shutdown (stop())
    logger: queueLogger(logger),
    taskList: {
      [DELIVER_TASK]: async (payload, helpers) => {
        if (!isPayload(payload)) throw new Error(`${DELIVER_TASK} needs { syncJobId }`);
        await deliverSyncJob(ctx, payload.syncJobId, helpers.abortSignal);
      },
      [RECOVER_TASK]: async () => void (await recoverOrphans(ctx)),
    },
    crontab: `* * * * * ${RECOVER_TASK} ?max=1`,
  });
  logger.info({ targets: options.runtime.targets.map((t) => t.name), concurrency: settings.concurrency }, 'sync worker started');
  let stopping: Promise<void> | null = null;
  return {
    workerId,
    stop: () =>
      (stopping ??= runner
        .stop()
        .then(
          () => logger.info('sync worker stopped'),
          (error: unknown) => logger.warn({ err: error }, 'sync worker had already stopped'),
        )
        .then(() => pool.end())),
    done: runner.promise,
  };
}
