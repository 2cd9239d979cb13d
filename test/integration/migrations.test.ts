import { TestDatabase, createTestDatabase } from '../helpers/test-database';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase({ migrate: false });
});
afterAll(async () => {
  await db.drop();
});

describe('migrations', () => {
  it('build exactly the schema the entities describe', async () => {
    await db.dataSource.runMigrations({ transaction: 'each' });
    const pending = await db.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('can be undone and applied again', async () => {
    const count = db.dataSource.migrations.length;
    for (let i = 0; i < count; i++) await db.dataSource.undoLastMigration({ transaction: 'each' });
    const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'task'`);
    expect(n).toBe(0);
    expect(await db.dataSource.runMigrations({ transaction: 'each' })).toHaveLength(count);
    expect(await db.dataSource.showMigrations()).toBe(false);
  });
});
