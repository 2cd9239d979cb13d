// Runs GraphQL cases over real HTTP against a trivial `{ __typename }` measured in the same run on the
// same server: the ratios are what to compare between commits, not the raw numbers. Runs on a scratch
// database (DATABASE_URL's server, else an embedded PostgreSQL) with the plan data loaded.
import 'reflect-metadata';
import os from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { DataSource } from 'typeorm';
import { loadConfig } from '../src/config';
import { DEFAULT_PAGE_SIZE } from '../src/core/relay/pagination';
import { withScratchDatabase } from '../src/db/scratch-database';
import { loadSeedData } from '../src/seed/load-seed-data';
import { createLogger } from '../src/server/logger';
import { createRateLimitStore } from '../src/server/rate-limit/rate-limit-store';
import { createApi } from '../src/app';

const DURATION_S = Number(process.env.BENCH_SECONDS) || 5;
/** A case: its label, the GraphQL text and, optionally, its variables. */
export type BenchCase = [label: string, query: string, variables?: Record<string, unknown>];

export const BASELINE: BenchCase = ['baseline { __typename }', '{ __typename }'];

async function runCases(url: string, cases: BenchCase[], prepare?: (dataSource: DataSource) => Promise<void>): Promise<void> {
  // Every case comes from one anonymous address, far faster than any client's budget.
  const config = loadConfig({ NODE_ENV: 'test', MAX_QUERY_COST: '100000', ANONYMOUS_REQUESTS_PER_MINUTE: '1000000' });
  const api = createApi(config);
  const dataSource = api.createDataSource(url);
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();
    await loadSeedData(dataSource);
    await prepare?.(dataSource);
    const rateLimits = createRateLimitStore({});
    const app = await api.createApp({
      dataSource,
      logger: createLogger('silent'),
      runtime: api.runtime(rateLimits),
      exposeErrorDetails: false,
      limits: { ...config.limits, defaultPageSize: DEFAULT_PAGE_SIZE },
    });
    const port = await app.listen(0, '127.0.0.1');
    console.log(`${DURATION_S}s per case, 10 connections, Node ${process.version}, ${os.cpus().length} cores\n`);
    let baseline = 0;
    for (const [label, query, variables] of [BASELINE, ...cases]) {
      // The longest the event loop waited during the case: what any other request would have waited.
      const delay = monitorEventLoopDelay({ resolution: 1 });
      delay.enable();
      const result = await autocannon({
        url: `http://127.0.0.1:${port}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
        connections: 10,
        duration: DURATION_S,
      });
      delay.disable();
      if (result.non2xx > 0 || result.errors > 0) throw new Error(`${label}: ${result.non2xx} non-2xx, ${result.errors} errors`);
      const rps = result.requests.average;
      baseline ||= rps;
      console.log(
        `${label.padEnd(46)} ${rps.toFixed(0).padStart(7)} req/s  p99 ${String(result.latency.p99).padStart(4)} ms  ` +
          `${(rps / baseline).toFixed(3)} × baseline  longest event-loop wait ${(delay.max / 1e6).toFixed(0).padStart(4)} ms`,
      );
    }
    await app.stop();
    await rateLimits.close();
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
  }
}

/** Runs the cases after the baseline on a scratch database, then exits with the outcome. */
export function benchmark(name: string, cases: BenchCase[], prepare?: (dataSource: DataSource) => Promise<void>): void {
  withScratchDatabase(name, (url) => runCases(url, cases, prepare)).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
