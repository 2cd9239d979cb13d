// What a new user does: start the API with no database configured (embedded PostgreSQL in DATA_DIR),
// query it over HTTP, stop it with SIGTERM, start it again and find the data kept.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../helpers/free-port';
import { startServer } from '../helpers/spawn-api';

jest.setTimeout(180_000);

async function taskCount(port: number): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ tasks(first: 100) { totalCount } }' }),
  });
  const body = (await response.json()) as { data: { tasks: { totalCount: number } } };
  return body.data.tasks.totalCount;
}

let dataDir: string;
beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lowemission-start-'));
  fs.chmodSync(dataDir, 0o755); // as root, the embedded server runs as "postgres" and must enter it
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('starting the API with no DATABASE_URL', () => {
  it('serves the plan from an embedded PostgreSQL, shuts down on SIGTERM and keeps its data', async () => {
    // A loaded CI machine may need longer than the default 10 s to stop the worker and the embedded server.
    const env = { DATA_DIR: dataDir, PORT: '0', EMBEDDED_PG_PORT: String(await freePort()), SHUTDOWN_TIMEOUT_MS: '60000' };

    const first = await startServer(env);
    expect(await taskCount(first.port)).toBe(28);
    expect(first.lines.find((l) => l.msg === 'migrations applied')).toMatchObject({ migrations: expect.arrayContaining([expect.any(String)]) });
    expect(first.plain.filter((l) => l.startsWith('First ADMIN created: admin@localhost / '))).toHaveLength(1);
    first.child.kill('SIGTERM');
    // The log tail is part of the expectation so that a failed shutdown says where it stopped.
    expect({ code: await first.exited, log: first.lines.slice(-6).map((l) => l.msg) }).toEqual({ code: 0, log: expect.arrayContaining(['shutdown complete']) });

    const second = await startServer(env);
    expect(second.lines.find((l) => l.msg === 'migrations applied')).toMatchObject({ migrations: [] });
    expect(second.plain.some((l) => l.includes('First ADMIN'))).toBe(false);
    expect(await taskCount(second.port)).toBe(28);
    second.child.kill('SIGTERM');
    expect({ code: await second.exited, log: second.lines.slice(-6).map((l) => l.msg) }).toEqual({
      code: 0,
      log: expect.arrayContaining(['shutdown complete']),
    });
  });
});
