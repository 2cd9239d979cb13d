import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { withDatabase } from './database-server';
import { startEmbeddedPostgres } from './embedded-postgres';

/**
 * Runs `fn` on a new, empty database that is dropped afterwards: on DATABASE_URL's server when set,
 * else on a throwaway embedded PostgreSQL. For tooling (migration generation, benchmarks).
 */
export async function withScratchDatabase<T>(prefix: string, fn: (url: string) => Promise<T>): Promise<T> {
  const tmp = process.env.DATABASE_URL ? null : fs.mkdtempSync(path.join(os.tmpdir(), `lowemission-${prefix}-`));
  if (tmp) fs.chmodSync(tmp, 0o755); // as root the embedded server runs as "postgres"
  const embedded = tmp ? await startEmbeddedPostgres({ dataDir: tmp, port: 54339, persistent: false }) : null;
  const adminUrl = process.env.DATABASE_URL ?? embedded!.url;
  const name = `${prefix}_${Date.now()}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
    return await fn(withDatabase(adminUrl, name));
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    await embedded?.stop();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  }
}
