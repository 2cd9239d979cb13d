import { Writable } from 'node:stream';
import { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { loadSeedData } from '../../src/seed/load-seed-data';
import { createApp } from '../../src/server/app';
import { createLogger } from '../../src/server/logger';
import { buildApiSchema } from '../../src/server/schema';
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
  requestText<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** SQL statements sent while handling the most recent operation, from its log line. */
  lastSqlStatements(): number;
  stop(): Promise<void>;
}

/** The real server on a random port over real HTTP, on a fresh database with the plan loaded. */
export async function startTestServer(options: { seed?: boolean; exposeErrorDetails?: boolean } = {}): Promise<TestServer> {
  const database = await createTestDatabase();
  if (options.seed !== false) await loadSeedData(database.dataSource);
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) logs.push(JSON.parse(line));
      done();
    },
  });
  const app = await createApp({
    schema: await buildApiSchema(),
    dataSource: database.dataSource,
    logger: createLogger('info', sink),
    exposeErrorDetails: options.exposeErrorDetails ?? false,
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
    requestText: (query, variables) => send({ query, variables }),
    lastSqlStatements: () => {
      const line = [...logs].reverse().find((l) => l.msg === 'graphql operation');
      if (!line || typeof line.sqlStatements !== 'number') throw new Error('no operation log line with sqlStatements');
      return line.sqlStatements;
    },
    stop: async () => {
      await app.stop();
      await database.drop();
    },
  };
}
