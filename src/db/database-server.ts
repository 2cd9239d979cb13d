import { Client } from 'pg';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface DatabaseServer {
  /** URL of the application's database. */
  url: string;
  /** Stops the embedded server, if one was started. */
  stop(): Promise<void>;
  /** The embedded server's data folder (with why it is not DATA_DIR, when it is not). */
  embedded?: { dataDir: string; relocatedBecause?: string };
}

export const EMBEDDED_DATABASE_NAME = 'lowemission';

/** Replaces the database name in a PostgreSQL URL. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

/** Uses DATABASE_URL when given; otherwise starts the embedded PostgreSQL kept in `dataDir`. */
export async function provideDatabase(options: {
  databaseUrl?: string;
  dataDir: string;
  embeddedPort: number;
  onLog?: (message: string) => void;
}): Promise<DatabaseServer> {
  if (options.databaseUrl) return { url: options.databaseUrl, stop: async () => undefined };
  const embedded = await startEmbeddedPostgres({ dataDir: options.dataDir, port: options.embeddedPort, onLog: options.onLog });
  try {
    await createDatabaseIfMissing(embedded.url, EMBEDDED_DATABASE_NAME);
  } catch (error) {
    await embedded.stop();
    throw error;
  }
  return {
    url: withDatabase(embedded.url, EMBEDDED_DATABASE_NAME),
    stop: embedded.stop,
    embedded: { dataDir: embedded.dataDir, relocatedBecause: embedded.relocatedBecause },
  };
}
