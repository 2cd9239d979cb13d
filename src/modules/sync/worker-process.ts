import fs from 'node:fs';
import path from 'node:path';
import { AppConfig, ConfigError, loadConfig } from '../../config';
import { DataSource } from 'typeorm';
import { EMBEDDED_DATABASE_NAME } from '../../db/database-server';
import { createLogger } from '../../server/logger';
import { SubmissionSource } from './ports';
import { SyncRuntime } from './sync-runtime';
import { startSyncWorker } from './worker';

/** Without DATABASE_URL a worker joins the embedded PostgreSQL that `npm start` runs in DATA_DIR. */
function databaseUrlOf(config: AppConfig): string {
  if (config.databaseUrl) return config.databaseUrl;
  const passwordFile = path.join(config.dataDir, 'pg-password');
  if (!fs.existsSync(passwordFile)) {
    throw new ConfigError(`DATABASE_URL is not set and ${config.dataDir} holds no embedded PostgreSQL: set DATABASE_URL, or start the API (npm start) first`);
  }
  const password = encodeURIComponent(fs.readFileSync(passwordFile, 'utf8').trim());
  return `postgres://postgres:${password}@127.0.0.1:${config.embeddedPgPort}/${EMBEDDED_DATABASE_NAME}`;
}

/**
 * `npm run worker`: delivers sync jobs until SIGTERM/SIGINT, then finishes or aborts the deliveries
 * in flight (an aborted one is retried with the same key) and exits 0. The API owns the migrations.
 */
/** What the worker takes from the composition root's `createApi(config)` (src/app). */
export interface WorkerApi {
  sync: SyncRuntime;
  /** The inventories' side of the port: only `load` is used here. */
  nationalSubmissions: Pick<SubmissionSource, 'load'>;
  createDataSource(url: string, poolSize: number, connectTimeoutMs?: number): DataSource;
}

export async function runWorkerProcess(createApi: (config: AppConfig) => WorkerApi): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const api = createApi(config); // a bad SYNC_TARGETS stops the start here
  const runtime = api.sync;
  const loader = api.nationalSubmissions.load;
  const databaseUrl = databaseUrlOf(config);
  const dataSource = api.createDataSource(databaseUrl, config.sync.concurrency + 2, config.databaseConnectTimeoutMs);
  await dataSource.initialize();
  const [{ table }] = await dataSource.query(`SELECT to_regclass('sync_job') AS table`);
  if (!table) throw new ConfigError('the database has no sync_job table: start the API (or npm run migration:run) first');
  const worker = await startSyncWorker({ databaseUrl, dataSource, runtime, loader, logger });
  logger.info({ workerId: worker.workerId }, 'sync worker ready');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'sync worker shutting down');
    setTimeout(() => {
      logger.error('sync worker shutdown timed out');
      process.exit(1);
    }, config.shutdownTimeoutMs).unref();
    await worker.stop();
    await dataSource.destroy();
    logger.info('sync worker shutdown complete');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  worker.done.catch((error: unknown) => {
    logger.error({ err: error }, 'sync worker failed');
    process.exit(1);
  });
}

/** Entry points' error handling: a bad configuration is one plain line, anything else the error. */
export function exitOnStartError(error: unknown): never {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(1);
}
