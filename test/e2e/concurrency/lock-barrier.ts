// Barriers for race tests: a connection of the test's own holds a row lock so that a request stops at
// a known statement, and the test waits until PostgreSQL reports the requests waiting on locks.
import { Client } from 'pg';
import { TestServer } from '../../helpers/test-server';

export interface LockHolder {
  /** Ends the holder's transaction (commits unless told to roll back), letting the requests that wait on it go on. */
  release(end?: 'COMMIT' | 'ROLLBACK'): Promise<void>;
}

/** Opens a transaction on its own connection, runs `statement` in it and keeps its locks until released. */
export async function holdLock(server: TestServer, statement: string, params: unknown[]): Promise<LockHolder> {
  const client = new Client({ connectionString: server.database.url });
  await client.connect();
  await client.query('BEGIN');
  await client.query(statement, params);
  return {
    release: async (end = 'COMMIT') => {
      await client.query(end);
      await client.end();
    },
  };
}

/** Backends of the test database waiting for a lock (row, advisory or other) right now. */
export async function waitingOnLocks(server: TestServer): Promise<number> {
  const [row] = await server.database.dataSource.query(
    `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
  );
  return row.n;
}

/** A promise whose settling the test can observe without awaiting it. */
export function tracked<T>(promise: Promise<T>): { promise: Promise<T>; settled: () => boolean } {
  let done = false;
  const watched = promise.finally(() => {
    done = true;
  });
  return { promise: watched, settled: () => done };
}

/** Polls until `condition` holds; fails (naming what it waited for) instead of hanging. */
export async function waitUntil(what: string, condition: () => Promise<boolean> | boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
