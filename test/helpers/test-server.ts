import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createApi } from '../../src/app';
import { AppConfig, loadConfig } from '../../src/config';
import { AppRuntime } from '../../src/core/context';
import { DEFAULT_PAGE_SIZE } from '../../src/core/relay/pagination';
import { loadSeedData } from '../../src/seed/load-seed-data';
import { createLogger } from '../../src/server/logger';
import { createRateLimitStore } from '../../src/server/rate-limit/rate-limit-store';
import { TestDatabase, createTestDatabase } from './test-database';

export interface GraphQLResponse<T> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

export interface TestServer {
  url: string;
  database: TestDatabase;
  /** Structured log lines written so far. */
  logs: Record<string, unknown>[];
  /** Sends a typed operation over HTTP. */
  request<T, V>(document: TypedDocumentNode<T, V>, variables?: V, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  /** Sends raw GraphQL text over HTTP. */
  requestText<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  /** SQL statements sent while handling the most recent operation, from its log line. */
  lastSqlStatements(): number;
  config: AppConfig;
  /** The server's process-wide services; a test may swap parts, e.g. `runtime.sync` for a sync testbed's. */
  runtime: AppRuntime;
  stop(): Promise<void>;
}

export interface TestServerOptions {
  seed?: boolean;
  exposeErrorDetails?: boolean;
  /** Extra environment for loadConfig, e.g. { MAX_QUERY_COST: '50' }. */
  env?: Record<string, string>;
  /**
   * The server's own pool connects with this URL (e.g. through a proxy the test can take away);
   * `database.dataSource`, for setting up data, still connects directly.
   */
  serverDatabaseUrl?: (databaseUrl: string) => string;
}

/** Fixed so tests can forge tokens with the right and the wrong secret. */
export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-0123456789';

/** The real server on a random port over real HTTP, on a fresh database with the plan loaded. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  // Tests send many requests from one address: rate limits for callers without a key are out of the
  // way unless a test sets them.
  const config = loadConfig({
    NODE_ENV: 'test',
    JWT_SECRET: TEST_JWT_SECRET,
    ANONYMOUS_REQUESTS_PER_MINUTE: '1000000',
    USER_REQUESTS_PER_MINUTE: '1000000',
    ...options.env,
  });
  const api = createApi(config, { ...process.env, ...options.env });
  const database = await createTestDatabase();
  if (options.seed !== false) await loadSeedData(database.dataSource);
  const served = options.serverDatabaseUrl
    ? api.createDataSource(options.serverDatabaseUrl(database.url), config.databasePoolSize, config.databaseConnectTimeoutMs)
    : database.dataSource;
  if (!served.isInitialized) await served.initialize();
  const rateLimits = createRateLimitStore({ keyPrefix: `test:${randomUUID()}` });
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) logs.push(JSON.parse(line));
      done();
    },
  });
  const runtime = api.runtime(rateLimits);
  const app = await api.createApp({
    dataSource: served,
    logger: createLogger('info', sink),
    runtime,
    exposeErrorDetails: options.exposeErrorDetails ?? false,
    limits: { ...config.limits, defaultPageSize: DEFAULT_PAGE_SIZE },
    trustProxyHops: config.trustProxyHops,
    corsOrigins: config.corsOrigins,
    metricsToken: config.metricsToken,
  });
  const port = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}/graphql`;

  const send = async <T>(body: unknown, headers: Record<string, string> = {}): Promise<GraphQLResponse<T>> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    const json = (await response.json()) as Omit<GraphQLResponse<T>, 'status' | 'headers'>;
    return { status: response.status, headers: response.headers, ...json };
  };

  return {
    url,
    database,
    logs,
    request: (document, variables, headers) => send({ query: print(document), variables }, headers),
    requestText: (query, variables, headers) => send({ query, variables }, headers),
    lastSqlStatements: () => {
      const line = [...logs].reverse().find((l) => l.msg === 'graphql operation');
      if (!line || typeof line.sqlStatements !== 'number') throw new Error('no operation log line with sqlStatements');
      return line.sqlStatements;
    },
    config,
    runtime,
    stop: async () => {
      await app.stop();
      await rateLimits.close();
      if (served !== database.dataSource) await served.destroy();
      await database.drop();
    },
  };
}
