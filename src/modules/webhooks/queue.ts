import { DataSource, EntityManager } from 'typeorm';
import { prepareSyncQueue } from '../sync';
import { QUEUE_SCHEMA } from './outbox';

/** Data sources whose database is known to have the queue (it is never dropped while the process runs). */
const ready = new WeakSet<DataSource>();

/**
 * The job queue is the national sync's (graphile-worker): prepared at start; a test server prepares
 * it on first use. Checked once per data source, so later deliveries pay nothing for it.
 */
export async function ensureQueue(manager: EntityManager): Promise<void> {
  if (ready.has(manager.connection)) return;
  const [{ exists }] = await manager.query(`SELECT to_regproc($1) IS NOT NULL AS exists`, [`${QUEUE_SCHEMA}.add_job`]);
  if (!exists) {
    const { url } = manager.connection.options as { url?: string };
    if (!url) throw new Error('The job queue is not prepared and the data source has no URL to prepare it with');
    await prepareSyncQueue(url);
  }
  ready.add(manager.connection);
}
