// Writes migrations/<timestamp>-<Name>.ts with the SQL that brings a database migrated to the latest
// committed migration up to the entities. Uses DATABASE_URL's server (a scratch database is created
// and dropped), else an embedded PostgreSQL in .data/migration-scratch. Read the file, then add it to
// migrations/index.ts.
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { createDataSource } from '../src/db/data-source';
import { withDatabase } from '../src/db/database-server';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres';

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('usage: npm run migration:generate -- PascalCaseName');
  const embedded = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({ dataDir: '.data/migration-scratch', port: 54339, persistent: false });
  const adminUrl = process.env.DATABASE_URL ?? embedded!.url;
  const scratch = `migration_scratch_${Date.now()}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${scratch}`);
  const dataSource = createDataSource(withDatabase(adminUrl, scratch));
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();
    const { upQueries, downQueries } = await dataSource.driver.createSchemaBuilder().log();
    if (upQueries.length === 0) {
      console.log('The migrations already match the entities; nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const render = (queries: { query: string; parameters?: unknown[] }[]) =>
      queries
        .map((q) => `    await queryRunner.query(${JSON.stringify(q.query)}${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`)
        .join('\n');
    const body = `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${timestamp} implements MigrationInterface {
  name = '${name}${timestamp}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${render(upQueries)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${render([...downQueries].reverse())}
  }
}
`;
    const file = path.join('migrations', `${timestamp}-${name}.ts`);
    fs.writeFileSync(file, body);
    console.log(`Wrote ${file}; read it, correct it, and add ${name}${timestamp} to migrations/index.ts.`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await admin.query(`DROP DATABASE ${scratch}`);
    await admin.end();
    await embedded?.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
