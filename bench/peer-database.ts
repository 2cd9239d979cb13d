// Where the province-scale benchmark data lives (bench:seed writes it, bench:peer reads it), and the
// bench-only accounts both scripts use. Nothing here is used by the API itself.
import { Client } from 'pg';

/** BENCH_DATABASE_URL, else a database `lowemission_bench` on the local PostgreSQL. */
export const BENCH_DATABASE_URL = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/lowemission_bench';

/**
 * Bench-only accounts, created by bench:seed through the API (bootstrap ADMIN, then createUser).
 * Their passwords are fixed so that bench:peer can log in: never reuse them outside a bench database.
 */
export const BENCH_ADMIN = { email: 'bench-admin@example.invalid', password: 'bench-admin-password-not-secret' };
export const BENCH_OFFICER = { email: 'bench-province@example.invalid', password: 'bench-officer-password-not-secret' };

/** The database's name, and a URL of the same server's `postgres` database to create or drop it from. */
export function splitDatabaseUrl(url: string): { name: string; adminUrl: string } {
  const parsed = new URL(url);
  const name = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`bench database name must be a plain lower-case identifier, got "${name}"`);
  // A guard against pointing the seed (which drops the database) at real data.
  if (!name.includes('bench')) throw new Error(`refusing to use database "${name}": a bench database's name must contain "bench"`);
  parsed.pathname = '/postgres';
  return { name, adminUrl: parsed.toString() };
}

/** Drops the bench database if it exists and creates it empty. */
export async function recreateDatabase(url: string): Promise<void> {
  const { name, adminUrl } = splitDatabaseUrl(url);
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
}

/** Counts of the tables the benchmark reads, for the seed's summary and bench:peer's header. */
export async function countRows(client: Client): Promise<Record<string, number>> {
  const tables = [
    'administrative_unit',
    'task',
    'activity_record',
    'training_event',
    'training_attendee',
    'pilot_model',
    'emission_inventory',
    'inventory_line',
    'provincial_inventory',
    'provincial_inventory_line',
  ];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
    counts[table] = Number(rows[0].n);
  }
  return counts;
}
