// The classifier is checked against the errors a real PostgreSQL server, pg, pg-pool and TypeORM
// raise, not against objects shaped by hand (except the codes a test cannot provoke).
import { randomBytes } from 'node:crypto';
import { Client, Pool } from 'pg';
import { createDataSource } from '../../src/app';
import { withDatabase } from '../../src/db/database-server';
import { isDatabaseUnavailable } from '../../src/db/connection-errors';
import { freePort } from '../helpers/free-port';
import { TestDatabase, createTestDatabase } from '../helpers/test-database';

jest.setTimeout(60_000);

const adminUrl = () => process.env.TEST_ADMIN_DATABASE_URL!;
const urlAs = (user: string) => {
  const url = new URL(adminUrl());
  url.username = user;
  url.password = '';
  return url.toString();
};
const failureOf = async (work: () => Promise<unknown>): Promise<unknown> => {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
};

let database: TestDatabase;
let admin: Client;
beforeAll(async () => {
  database = await createTestDatabase({ migrate: false });
  admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
});
afterAll(async () => {
  await admin?.end();
  await database?.drop();
});

/** Runs `SELECT pg_sleep` through `run` and terminates that backend from outside while it sleeps. */
async function terminatedWhileRunning(run: (sql: string) => Promise<unknown>): Promise<unknown> {
  const marker = `terminate_me_${randomBytes(4).toString('hex')}`;
  const running = failureOf(() => run(`SELECT pg_sleep(30) /* ${marker} */`));
  for (let i = 0; i < 100; i++) {
    const { rowCount } = await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE $1 AND pid <> pg_backend_pid()`, [
      `%${marker}%`,
    ]);
    if (rowCount) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return running;
}

describe('errors that mean the database cannot be reached', () => {
  it('a refused connection (ECONNREFUSED)', async () => {
    const url = new URL(adminUrl());
    url.hostname = '127.0.0.1';
    url.port = String(await freePort());
    const error = await failureOf(() => new Client({ connectionString: url.toString() }).connect());
    expect(error).toMatchObject({ code: 'ECONNREFUSED' });
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it('a server shutting the session down (57P01), from pg and through TypeORM', async () => {
    const client = new Client({ connectionString: database.url });
    client.on('error', () => undefined);
    await client.connect();
    const raw = await terminatedWhileRunning((sql) => client.query(sql));
    await client.end().catch(() => undefined);
    expect(raw).toMatchObject({ code: '57P01' });
    expect(isDatabaseUnavailable(raw)).toBe(true);

    const dataSource = createDataSource(database.url, 2);
    await dataSource.initialize();
    try {
      const wrapped = await terminatedWhileRunning((sql) => dataSource.query(sql));
      expect((wrapped as Error).constructor.name).toBe('QueryFailedError');
      expect(isDatabaseUnavailable(wrapped)).toBe(true);
      // The dead connection may be handed out once more ("Connection terminated unexpectedly"):
      // that is unavailable too, not a bug; then the pool has dropped it and queries work again.
      const next: unknown = await dataSource.query('SELECT 1 AS one').catch((error: unknown) => error);
      if (!Array.isArray(next)) expect(isDatabaseUnavailable(next)).toBe(true);
      await expect(dataSource.query('SELECT 1 AS one')).resolves.toEqual([{ one: 1 }]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('a database that no longer exists (3D000)', async () => {
    const error = await failureOf(() => new Client({ connectionString: withDatabase(adminUrl(), `gone_${randomBytes(4).toString('hex')}`) }).connect());
    expect(error).toMatchObject({ code: '3D000' });
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it('no connection slot left (53300)', async () => {
    const role = `no_slots_${randomBytes(4).toString('hex')}`;
    await admin.query(`CREATE ROLE ${role} LOGIN CONNECTION LIMIT 0`);
    try {
      const error = await failureOf(() => new Client({ connectionString: withDatabase(urlAs(role), 'postgres') }).connect());
      expect(error).toMatchObject({ code: '53300' });
      expect(isDatabaseUnavailable(error)).toBe(true);
    } finally {
      await admin.query(`DROP ROLE ${role}`);
    }
  });

  it('a pool with no free connection in time, and a pool that was ended', async () => {
    const pool = new Pool({ connectionString: database.url, max: 1, connectionTimeoutMillis: 200 });
    const held = await pool.connect();
    const timeout = await failureOf(() => pool.query('SELECT 1'));
    expect(isDatabaseUnavailable(timeout)).toBe(true);
    held.release();
    await pool.end();
    expect(isDatabaseUnavailable(await failureOf(() => pool.query('SELECT 1')))).toBe(true);
  });

  it.each([
    ['57P03', 'the database system is starting up'],
    ['57P02', 'terminating connection due to crash of another server process'],
    ['08006', 'connection failure'],
  ])('SQLSTATE %s (%s), which a test cannot provoke', (code, message) => {
    expect(isDatabaseUnavailable(Object.assign(new Error(message), { code }))).toBe(true);
  });
});

describe('errors that are not about reaching the database', () => {
  it.each([
    ['a syntax error', 'SELEC 1'],
    ['a unique violation', 'CREATE TEMP TABLE t (x int PRIMARY KEY); INSERT INTO t VALUES (1), (1)'],
    ['a bad uuid', `SELECT 'not-a-uuid'::uuid`],
    ['a cancelled statement', `SET statement_timeout = 10; SELECT pg_sleep(1)`],
  ])('%s', async (_label, sql) => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      const error = await failureOf(() => client.query(sql));
      expect(isDatabaseUnavailable(error)).toBe(false);
    } finally {
      await client.end();
    }
  });

  it('an HTTP call to another service that was refused', async () => {
    const port = await freePort();
    const error = await failureOf(() => fetch(`http://127.0.0.1:${port}/`));
    expect((error as Error & { cause?: { code?: string } }).cause?.code).toBe('ECONNREFUSED');
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it('plain bugs', () => {
    expect(isDatabaseUnavailable(new TypeError('x is undefined'))).toBe(false);
    expect(isDatabaseUnavailable('a string')).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
