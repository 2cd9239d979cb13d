import { Logger as QueueLogger, Runner, run } from 'graphile-worker';
import { Pool } from 'pg';
import { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { WebhookConfig } from '../../config';
import { prepareSyncQueue } from '../sync';
import { Resolver } from './address-guard';
import { deliverWebhook } from './delivery';
import { DELIVER_TASK, QUEUE_SCHEMA } from './outbox';

export interface WebhookWorkerOptions {
  databaseUrl: string;
  dataSource: DataSource;
  settings: WebhookConfig;
  logger: Logger;
  resolve?: Resolver;
}

export interface WebhookWorker {
  stop(): Promise<void>;
  done: Promise<void>;
}

const isPayload = (value: unknown): value is { deliveryId: string } =>
  typeof value === 'object' && value !== null && typeof (value as { deliveryId?: unknown }).deliveryId === 'string';

/**
 * Delivers webhooks from the job queue the national sync also uses: a runner of its own that takes
 * only `webhooks:deliver` jobs (graphile-worker hands a job only to a runner that knows its task).
 */
export async function startWebhookWorker(options: WebhookWorkerOptions): Promise<WebhookWorker> {
  const logger = options.logger.child({ component: 'webhook-worker' });
  const deps = { dataSource: options.dataSource, settings: options.settings, logger, resolve: options.resolve };
  await prepareSyncQueue(options.databaseUrl);
  const pool = new Pool({ connectionString: options.databaseUrl, max: options.settings.concurrency + 2 });
  pool.on('error', (err) => logger.warn({ err }, 'webhook queue connection lost'));
  pool.on('connect', (client) => client.on('error', (err) => logger.warn({ err }, 'webhook queue connection lost')));
  const runner: Runner = await run({
    pgPool: pool,
    schema: QUEUE_SCHEMA,
    concurrency: options.settings.concurrency,
    pollInterval: options.settings.pollIntervalMs,
    noHandleSignals: true,
    logger: new QueueLogger((scope) => (level, message, meta) => {
      if (level === 'error') logger.error({ queue: scope, ...meta }, message);
      else if (level === 'warning') logger.warn({ queue: scope, ...meta }, message);
    }),
    taskList: {
      [DELIVER_TASK]: async (payload) => {
        if (!isPayload(payload)) throw new Error(`${DELIVER_TASK} needs { deliveryId }`);
        await deliverWebhook(deps, payload.deliveryId);
      },
    },
  });
  logger.info({ concurrency: options.settings.concurrency }, 'webhook worker started');
  let stopping: Promise<void> | null = null;
  return {
    stop: () =>
      (stopping ??= runner
        .stop()
        .catch(() => undefined)
        .then(() => pool.end())),
    done: runner.promise,
  };
}
