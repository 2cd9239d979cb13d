import { EntityManager } from 'typeorm';
import { prepareSyncQueue } from '../sync';
import { QUEUE_SCHEMA } from './outbox';

/** The job queue is the national sync's (graphile-worker): prepared at start; a test server prepares it on first use. */
export async function ensureQueue(manager: EntityManager): Promise<void> {
  const [{ ready }] = await manager.query(`SELECT to_regproc($1) IS NOT NULL AS ready`, [`${QUEUE_SCHEMA}.add_job`]);
  if (ready) return;
  const { url } = manager.connection.options as { url?: string };
  if (!url) throw new Error('The job queue is not prepared and the data source has no URL to prepare it with');
  await prepareSyncQueue(url);
}
