import { Logger } from 'pino';
import { Gauge, Registry } from 'prom-client';
import { DataSource } from 'typeorm';

/** What node-postgres's Pool reports about itself. */
interface PoolStats {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options?: { max?: number };
}

const poolOf = (dataSource: DataSource): PoolStats | undefined => (dataSource.driver as { master?: PoolStats }).master;

/** `db_pool_*`: the pg pool behind the DataSource, read at scrape time. */
export function poolMetrics(registry: Registry, dataSource: DataSource): void {
  const gauge = (name: string, help: string, read: (pool: PoolStats) => number | undefined) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        const pool = poolOf(dataSource);
        const value = pool && read(pool);
        if (value === undefined) this.reset();
        else this.set(value);
      },
    });
  gauge('db_pool_max_connections', 'Connections the pool may open', (pool) => pool.options?.max);
  gauge('db_pool_open_connections', 'Connections the pool holds open (idle and in use)', (pool) => pool.totalCount);
  gauge('db_pool_idle_connections', 'Open connections not in use', (pool) => pool.idleCount);
  gauge('db_pool_waiting_requests', 'Queries waiting for a connection', (pool) => pool.waitingCount);
}

export const QUEUE_STATES = ['queued', 'retrying', 'locked', 'failed'] as const;

/**
 * One statement over graphile-worker's public `jobs` view, per scrape (not per request). The states
 * do not overlap: locked = a worker runs it now; failed = out of attempts (kept for inspection);
 * retrying = waiting after a failed attempt; queued = waiting for its first.
 */
const QUEUE_SQL = `
  SELECT task_identifier AS task,
    count(*) FILTER (WHERE locked_at IS NULL AND attempts < max_attempts AND last_error IS NULL)::int AS queued,
    count(*) FILTER (WHERE locked_at IS NULL AND attempts < max_attempts AND last_error IS NOT NULL)::int AS retrying,
    count(*) FILTER (WHERE locked_at IS NOT NULL)::int AS locked,
    count(*) FILTER (WHERE locked_at IS NULL AND attempts >= max_attempts)::int AS failed
  FROM graphile_worker.jobs
  GROUP BY task_identifier`;

type QueueRow = { task: string } & Record<(typeof QUEUE_STATES)[number], number>;

// The queue is not installed in this database (yet): nothing is queued.
const NO_QUEUE = new Set(['42P01', '3F000']); // undefined_table, invalid_schema_name
const READ_TIMEOUT_MS = 5_000;

/**
 * `job_queue_jobs{task, state}` and `job_queue_read_ok` (0 when the last scrape could not read the
 * queue). A task once seen keeps its series at 0 when it has no jobs, so "no jobs" is not "no data".
 */
export function queueMetrics(registry: Registry, dataSource: DataSource, logger: Logger): void {
  const seenTasks = new Set<string>();
  let reading: Promise<QueueRow[] | null> | undefined;
  const readQueue = async (): Promise<QueueRow[] | null> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`the job queue did not answer within ${READ_TIMEOUT_MS} ms`)), READ_TIMEOUT_MS);
    });
    try {
      return await Promise.race([dataSource.query<QueueRow[]>(QUEUE_SQL), timeout]);
    } catch (error) {
      if (NO_QUEUE.has((error as { code?: string }).code ?? '')) return [];
      logger.warn({ err: error }, 'metrics: could not read the job queue');
      return null;
    } finally {
      clearTimeout(timer);
    }
  };
  // Both gauges are collected at once by one scrape: they share one read.
  const read = () => (reading ??= readQueue().finally(() => (reading = undefined)));

  new Gauge({
    name: 'job_queue_jobs',
    help: 'Jobs in the graphile-worker queue by task and state (queued, retrying, locked, failed)',
    labelNames: ['task', 'state'],
    registers: [registry],
    async collect() {
      const rows = await read();
      this.reset();
      if (!rows) return;
      for (const row of rows) seenTasks.add(row.task);
      for (const task of seenTasks) for (const state of QUEUE_STATES) this.set({ task, state }, 0);
      for (const row of rows) for (const state of QUEUE_STATES) this.set({ task: row.task, state }, row[state]);
    },
  });
  new Gauge({
    name: 'job_queue_read_ok',
    help: '1 when this scrape read the job queue, 0 when it could not',
    registers: [registry],
    async collect() {
      this.set((await read()) ? 1 : 0);
    },
  });
}
