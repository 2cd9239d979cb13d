import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { SyncedEntity } from '../../src/core/db/synced-entity';
import { encodeCursor } from '../../src/core/relay/cursor';
import { OrderDirection, listRecords } from '../../src/core/relay/synced-list';
import { RequestContext } from '../../src/core/context';
import { listAgencies } from '../../src/modules/agencies/agency.service';
import { listProvincialInventories } from '../../src/modules/emissions/provincial/provincial-inventory.service';
import { ProvincialInventoryStatus } from '../../src/modules/emissions/provincial/provincial-inventory.entity';
import { listTrainingEvents } from '../../src/modules/field-records/trainings/training-event.service';
import { loadSeedData } from '../../src/seed/load-seed-data';
import { TestDatabase, createTestDatabase } from '../helpers/test-database';

/**
 * The default orders and filters of the lists that grow with use can be read off an index: each
 * list's own statement (captured as the service sends it) is explained with sequential scans and
 * sorts disabled, so the plan shows whether an index can serve it rather than what the planner
 * prefers on a nearly empty table: a Seq Scan or a plain Sort left in the plan means no index can.
 * An Incremental Sort over an index that gives the leading column is fine (it orders only rows of
 * equal keys).
 */
let db: TestDatabase;
let ctx: RequestContext;
beforeAll(async () => {
  db = await createTestDatabase();
  await loadSeedData(db.dataSource);
  ctx = { dataSource: db.dataSource } as RequestContext;
});
afterAll(async () => {
  await db.drop();
});

/** The statements `list` sends, and their parameters (observed on their way to PostgreSQL, not changed). */
async function statementsOf(list: () => Promise<unknown>): Promise<{ sql: string; params: unknown[] }[]> {
  const seen: { sql: string; params: unknown[] }[] = [];
  const prototype = PostgresQueryRunner.prototype;
  const original = prototype.query;
  prototype.query = function (this: PostgresQueryRunner, ...args: Parameters<typeof original>) {
    seen.push({ sql: args[0], params: Array.isArray(args[1]) ? args[1] : [] });
    return original.apply(this, args);
  } as typeof original;
  try {
    await list();
  } finally {
    prototype.query = original;
  }
  return seen;
}

async function planOf(sql: string, params: unknown[]): Promise<string> {
  const runner = db.dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    await runner.query('SET LOCAL enable_seqscan = off');
    await runner.query('SET LOCAL enable_sort = off');
    const rows: { 'QUERY PLAN': string }[] = await runner.query(`EXPLAIN ${sql}`, params);
    return rows.map((row) => row['QUERY PLAN']).join('\n');
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}

async function pagePlan(table: string, list: () => Promise<unknown>): Promise<string> {
  const statements = await statementsOf(list);
  const page = statements.find((s) => s.sql.includes(`FROM "${table}"`) && s.sql.includes('LIMIT'));
  if (!page) throw new Error(`no page statement on ${table} among ${statements.length}`);
  return planOf(page.sql, page.params);
}

const expectIndexed = (plan: string) => {
  expect(plan).not.toMatch(/Seq Scan/);
  expect(plan).not.toMatch(/(^|->)\s*Sort\s+\(cost/m);
  expect(plan).toMatch(/Index (Only )?Scan/);
};

describe('the main lists read their default order and filters off an index', () => {
  it('training events: the whole list, newest first', async () => {
    expectIndexed(await pagePlan('training_event', () => listTrainingEvents(ctx, { first: 100 }, null, null, null)));
  });

  it("training events: one commune's list, newest first", async () => {
    expectIndexed(await pagePlan('training_event', () => listTrainingEvents(ctx, { first: 100 }, { administrativeUnitCode: '24175' }, null, null)));
  });

  it('training events: the change feed, oldest change first', async () => {
    expectIndexed(await pagePlan('training_event', () => listTrainingEvents(ctx, { first: 100 }, null, null, new Date('2026-06-01T00:00:00.000Z'))));
  });

  it('agencies, by code', async () => {
    expectIndexed(await pagePlan('agency', () => listAgencies(ctx, { first: 100 }, null)));
  });

  it('provincial inventories of a year, verified ones', async () => {
    const list = () => listProvincialInventories(ctx, { first: 1 }, { year: 2030, status: ProvincialInventoryStatus.VERIFIED }, false);
    expectIndexed(await pagePlan('provincial_inventory', list));
  });
});

/**
 * The change feed of every synced record type (`updatedSince`): oldest change first, by id among
 * equal instants. A bulk import stamps all its rows with its transaction's instant, so an index on
 * updated_at alone leaves a sort of those rows on every page (and reads them all again from the
 * cursor); (updated_at, id) gives the page in order and starts it at the cursor.
 */
describe('the change feeds read their order off an index, from the cursor on', () => {
  const synced = () =>
    db.dataSource.entityMetadatas.filter((m) => typeof m.target === 'function' && m.target.prototype instanceof SyncedEntity).map((m) => m.tableName);

  const feedPlan = async (table: string, after?: string) => {
    const metadata = db.dataSource.entityMetadatas.find((m) => m.tableName === table)!;
    const query = db.dataSource.getRepository<SyncedEntity>(metadata.target).createQueryBuilder('r');
    const sort = { name: 'CREATED_AT', column: 'r.created_at', kind: 'timestamp' as const, value: () => '', direction: OrderDirection.ASC };
    return pagePlan(table, () => listRecords(query, { first: 100, after }, sort, new Date('2026-06-01T00:00:00.000Z')));
  };

  it('covers every synced table', () => {
    expect(synced().length).toBeGreaterThanOrEqual(25);
  });

  it.each(['first page', 'next page'])('%s of each feed: an index scan in (updated_at, id) order, no sort', async (which) => {
    const after =
      which === 'next page'
        ? encodeCursor('r1', ['CHANGES:ASC', '2026-06-02T00:00:00.000Z', '00000000-0000-4000-8000-000000000000', '2026-06-03T00:00:00.000Z'])
        : undefined;
    for (const table of synced()) {
      const plan = await feedPlan(table, after);
      const context = `${table}:\n${plan}`;
      expect(context).not.toMatch(/Seq Scan|Sort/);
      expect(context).toMatch(/Index (Only )?Scan using \S+ on \S+/);
      // The cursor is an index condition, not a filter on the rows read.
      if (after) expect(context).toMatch(/Index Cond: .*ROW\(updated_at, id\) > ROW\(/);
    }
  });
});
