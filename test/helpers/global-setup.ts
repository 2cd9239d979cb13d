// Provides one PostgreSQL server for the whole run: TEST_DATABASE_URL/DATABASE_URL when set, else
// Testcontainers when a Docker engine answers, else an embedded PostgreSQL in a temporary folder.
// Each test file then creates its own database on it (see test-database.ts), copied from a migrated
// template made here once (see template-database.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './free-port';
import { provideMigratedTemplate } from './template-database';

type Stopper = () => Promise<void>;
const state = globalThis as typeof globalThis & { __testDatabaseStop?: Stopper };

async function tryTestcontainers(): Promise<{ url: string; stop: Stopper } | null> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
  } catch {
    return null; // no Docker engine here
  }
  const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
  const container = await new PostgreSqlContainer('postgres:16-alpine').start();
  return { url: container.getConnectionUri(), stop: async () => void (await container.stop()) };
}

async function startEmbedded(): Promise<{ url: string; stop: Stopper }> {
  const { startEmbeddedPostgres } = await import('../../src/db/embedded-postgres');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lowemission-test-pg-'));
  fs.chmodSync(dir, 0o755); // as root, the server runs as "postgres" and must enter this folder
  const server = await startEmbeddedPostgres({ dataDir: dir, port: await freePort(), persistent: false });
  return {
    url: server.url,
    stop: async () => {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export default async function globalSetup(): Promise<void> {
  const given = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  let adminUrl: string;
  if (given) {
    adminUrl = given;
    console.log('\nTests use the PostgreSQL server at TEST_DATABASE_URL/DATABASE_URL');
  } else {
    const server = (await tryTestcontainers()) ?? (await startEmbedded());
    adminUrl = server.url;
    state.__testDatabaseStop = server.stop;
    console.log(`\nTests use a PostgreSQL server started for this run (${new URL(server.url).port})`);
  }
  // The workers inherit this process's environment.
  process.env.TEST_ADMIN_DATABASE_URL = adminUrl;
  process.env.TEST_TEMPLATE_DATABASE = await provideMigratedTemplate(adminUrl);
}
