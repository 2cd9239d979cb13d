import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
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
