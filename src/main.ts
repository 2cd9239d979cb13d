import { stopTracing } from './tracing'; // first: tracing (when on) must patch modules before they load
import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { DatabaseServer, provideDatabase } from './db/database-server';
import { runMigrationsExclusively } from './db/migrate';
import { DEFAULT_PAGE_SIZE } from './core/relay/pagination';
import { bootstrapAdmin } from './modules/identity';
import { loadSeedData } from './seed/load-seed-data';
import { createLogger } from './server/logger';
import { createRateLimitStore } from './server/rate-limit/rate-limit-store';
import { redisApqCache } from './server/apq-cache';
import { SyncWorker, prepareSyncQueue, startSyncWorker } from './modules/sync';
import { WebhookWorker, startWebhookWorker } from './modules/webhooks';
import { createApi } from './app';

let database: DatabaseServer | undefined;

/** Start: config → database → migrations → seed data → server (→ sync worker). */
async function main(): Promise<void> {
  const config = loadConfig();
  const api = createApi(config); // a bad SYNC_TARGETS stops the start here
  const logger = createLogger(config.logLevel);
  logger.info({ embedded: !config.databaseUrl, dataDir: config.databaseUrl ? undefined : config.dataDir }, 'starting database');
  database = await provideDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    embeddedPort: config.embeddedPgPort,
    onLog: (message) => logger.debug({ postgres: message.trim() }, 'embedded postgres'),
  });
  if (database.embedded?.relocatedBecause) {
    logger.warn(
      { dataDir: database.embedded.dataDir, asked: config.dataDir, reason: database.embedded.relocatedBecause },
      'embedded PostgreSQL data kept elsewhere',
    );
  } else if (database.embedded) logger.info({ dataDir: database.embedded.dataDir }, 'embedded PostgreSQL data');
  const dataSource = api.createDataSource(database.url, config.databasePoolSize, config.databaseConnectTimeoutMs);
  await dataSource.initialize();
  const applied = await runMigrationsExclusively(dataSource);
  logger.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
  await prepareSyncQueue(database.url); // graphile-worker's schema, before anything can enqueue
  if (config.seedOnStart) logger.info(await loadSeedData(dataSource), 'plan data loaded');
  await bootstrapAdmin(dataSource, config.auth, config.nodeEnv === 'production', logger);
  if (config.auth.jwtSecretGenerated) logger.warn('JWT_SECRET is not set: access tokens end when this process stops');

  const rateLimits = createRateLimitStore({
    redisUrl: config.redisUrl,
    onRedisError: (err) => logger.warn({ err }, 'rate-limit Redis unavailable: counting in this process'),
  });
  const apq = config.redisUrl
    ? redisApqCache(config.redisUrl, (err) => logger.warn({ err }, 'persisted-query Redis unavailable: clients send the full query'))
    : undefined;
  const app = await api.createApp({
    dataSource,
    logger,
    apqCache: apq?.cache,
    runtime: api.runtime(rateLimits),
    exposeErrorDetails: config.exposeErrorDetails,
    limits: { ...config.limits, defaultPageSize: DEFAULT_PAGE_SIZE },
    trustProxyHops: config.trustProxyHops,
    corsOrigins: config.corsOrigins,
    metricsToken: config.metricsToken,
  });

  let syncWorker: SyncWorker | undefined;
  if (config.sync.worker === 'in-process' && api.sync.targets.length > 0) {
    const loader = api.nationalSubmissions.load; // the inventories' side of the sync's port
    syncWorker = await startSyncWorker({ databaseUrl: database.url, dataSource, runtime: api.sync, loader, logger });
  }
  let webhookWorker: WebhookWorker | undefined;
  if (config.webhooks.worker === 'in-process') {
    webhookWorker = await startWebhookWorker({ databaseUrl: database.url, dataSource, settings: config.webhooks, logger });
  }
  if (config.webhooks.secretKeyEphemeral)
    logger.warn('WEBHOOK_SECRET_KEY and JWT_SECRET are not set: webhook secrets saved now cannot be read after a restart');
  const port = await app.listen(config.port);
  logger.info({ port, url: `http://localhost:${port}/graphql` }, 'API ready');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: draining requests');
    setTimeout(() => {
      logger.error('shutdown timed out');
      process.exit(1);
    }, config.shutdownTimeoutMs).unref();
    await app.stop();
    logger.info('requests drained');
    await syncWorker?.stop();
    await webhookWorker?.stop();
    await rateLimits.close();
    await apq?.close();
    await dataSource.destroy();
    logger.info('database connections closed');
    await database?.stop();
    await stopTracing();
    logger.info('shutdown complete');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch(async (error: unknown) => {
  // The logger may not exist yet (bad configuration), so write plainly.
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  await database?.stop().catch(() => undefined); // never leave an embedded server orphaned
  process.exit(1);
});
