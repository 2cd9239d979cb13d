// A migrated database that test files copy (`CREATE DATABASE … TEMPLATE`) instead of each running
// every migration. Its name carries a hash of the migrations, so it is built again when they change,
// and kept between runs on the same server while they do not.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { withDatabase } from '../../src/db/database-server';
import { dataSourceFor } from '../../src/db/data-source';

const ROOT = path.join(__dirname, '..', '..');
const PREFIX = 'test_template_';
/** Templates of other migration sets are removed once this old (other checkouts may still use them). */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

/** Every file under migrations/, names and contents. */
function migrationsHash(): string {
  const hash = createHash('sha256');
  const dir = path.join(ROOT, 'migrations');
  for (const file of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(dir, file);
    if (fs.statSync(full).isFile()) hash.update(file).update('\0').update(fs.readFileSync(full)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

async function withClient<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function dropTemplate(client: Client, name: string): Promise<void> {
  const quoted = client.escapeIdentifier(name);
  await client.query(`ALTER DATABASE ${quoted} WITH IS_TEMPLATE false`);
  await client.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
}

/** Migrates a database under a passing name, then renames it: a copy never starts from a half-built one. */
async function build(adminUrl: string, name: string): Promise<void> {
  const building = `${name}_building_${process.pid}`;
  await withClient(adminUrl, (client) => client.query(`CREATE DATABASE ${building}`));
  const dataSource = dataSourceFor([], withDatabase(adminUrl, building), 1); // migrations need no entities
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
  await withClient(adminUrl, async (client) => {
    // No connections: nothing can change it or stay connected (a copy fails while anyone is).
    await client.query(`ALTER DATABASE ${building} WITH ALLOW_CONNECTIONS false IS_TEMPLATE true`);
    await client.query(`COMMENT ON DATABASE ${building} IS ${client.escapeLiteral(`migrated test template, built ${new Date().toISOString()}`)}`);
    try {
      await client.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
    } catch (error) {
      // Another run on this server built the same one meanwhile: use theirs.
      if ((error as { code?: string }).code !== '42P04') throw error;
      await dropTemplate(client, building);
    }
  });
}

/** Removes templates of other migration sets built more than a day ago, so they do not pile up. */
async function removeStale(adminUrl: string, current: string): Promise<void> {
  await withClient(adminUrl, async (client) => {
    const { rows } = await client.query<{ datname: string; note: string | null }>(
      `SELECT datname, shobj_description(oid, 'pg_database') AS note FROM pg_database WHERE datname LIKE $1 AND datname <> $2`,
      [`${PREFIX}%`, current],
    );
    for (const { datname, note } of rows) {
      const built = Date.parse(/built (\S+)$/.exec(note ?? '')?.[1] ?? '');
      if (Number.isFinite(built) && Date.now() - built > STALE_AFTER_MS) await dropTemplate(client, datname).catch(() => undefined);
    }
  });
}

/** The name of the migrated template on this server, built first when missing. */
export async function provideMigratedTemplate(adminUrl: string): Promise<string> {
  const name = `${PREFIX}${migrationsHash()}`;
  const found = await withClient(adminUrl, (client) => client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]));
  if (found.rowCount === 0) await build(adminUrl, name);
  await removeStale(adminUrl, name);
  return name;
}
