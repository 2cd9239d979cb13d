import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createDataSource } from '../../src/app';
import { withDatabase } from '../../src/db/database-server';

export interface TestDatabase {
  url: string;
  dataSource: DataSource;
  drop(): Promise<void>;
}

function fromGlobalSetup(key: 'TEST_ADMIN_DATABASE_URL' | 'TEST_TEMPLATE_DATABASE'): string {
  const value = process.env[key];
  if (!value) throw new Error(`${key} is not set: run database tests through jest (globalSetup)`);
  return value;
}

const adminUrl = () => fromGlobalSetup('TEST_ADMIN_DATABASE_URL');

async function withAdmin<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh database of its own for one test file: a copy of the migrated template (what running every
 * migration on an empty database gives, see template-database.ts), or empty with `migrate: false`.
 */
export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const name = `test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const template = options.migrate === false ? '' : ` TEMPLATE ${fromGlobalSetup('TEST_TEMPLATE_DATABASE')}`;
  await withAdmin((client) => client.query(`CREATE DATABASE ${name}${template}`));
  const url = withDatabase(adminUrl(), name);
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  return {
    url,
    dataSource,
    drop: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
