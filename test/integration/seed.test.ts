import { loadSeedData } from '../../src/seed/load-seed-data';
import { readSeedSources } from '../../src/seed/seed-sources';
import { TestDatabase, createTestDatabase } from '../helpers/test-database';

const TABLES = ['administrative_unit', 'agency', 'agency_group_member', 'plan', 'section', 'task', 'task_agency', 'target'];

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.drop();
});

async function snapshot(): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {};
  for (const table of TABLES) {
    result[table] = await db.dataSource.query(`SELECT * FROM ${table} ORDER BY 1, 2`);
  }
  return result;
}

describe('loading the official data', () => {
  it('writes nothing when a write fails half-way', async () => {
    const sources = readSeedSources();
    // The plan row fails (code too long) after units and agencies were written in the same transaction.
    const broken = { ...sources, plan: { ...sources.plan, code: 'X'.repeat(61) } };
    await expect(loadSeedData(db.dataSource, broken)).rejects.toThrow();
    for (const [table, rows] of Object.entries(await snapshot())) expect([table, rows.length]).toEqual([table, 0]);
  });

  it('refuses an agency cell it cannot resolve, before writing anything', async () => {
    const sources = readSeedSources();
    const text = sources.appendixText.replace('Sở Khoa học và Công nghệ', 'Sở Không Tồn Tại');
    await expect(loadSeedData(db.dataSource, { ...sources, appendixText: text })).rejects.toThrow(/Unresolved agency/);
    expect(await db.dataSource.query('SELECT count(*)::int AS n FROM agency')).toEqual([{ n: 0 }]);
  });

  it('loads the plan, units and agencies, and a second load changes no row', async () => {
    const summary = await loadSeedData(db.dataSource);
    expect(summary).toEqual({ administrativeUnits: 103, agencies: 9 + 102, tasks: 28 });
    const first = await snapshot();
    expect(first.task).toHaveLength(28);
    expect(first.section).toHaveLength(8);
    expect(first.target.length).toBeGreaterThanOrEqual(12);
    await loadSeedData(db.dataSource);
    expect(await snapshot()).toEqual(first);
  });

  it('repairs rows that drifted from the official data on the next load', async () => {
    await db.dataSource.query(`UPDATE target SET min_value = 1 WHERE metric = 'FARMERS_TRAINED'`);
    await db.dataSource.query(`DELETE FROM task_agency WHERE role = 'LEAD' AND position = 1`);
    await loadSeedData(db.dataSource);
    const [target] = await db.dataSource.query(`SELECT min_value FROM target WHERE metric = 'FARMERS_TRAINED'`);
    expect(Number(target.min_value)).toBe(500);
    const [{ n }] = await db.dataSource.query(`SELECT count(DISTINCT task_id)::int AS n FROM task_agency WHERE role = 'LEAD'`);
    expect(n).toBe(28);
  });
});
