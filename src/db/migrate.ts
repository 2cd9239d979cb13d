import { DataSource, Migration } from 'typeorm';

/** The session advisory lock that makes concurrent starts take turns applying migrations. */
const MIGRATION_LOCK_KEY = 66_0000_0002;

/**
 * Applies the pending migrations, one process at a time: TypeORM takes no lock of its own on
 * PostgreSQL, so two processes starting together on a new database both tried to create the
 * migrations table and one failed. The lock is held on a connection of its own for the whole run;
 * whoever waited finds nothing left to apply.
 */
export async function runMigrationsExclusively(dataSource: DataSource): Promise<Migration[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      return await dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}
