// What a new user does: start the API with no database configured (embedded PostgreSQL in DATA_DIR),
// query it over HTTP, stop it with SIGTERM, start it again and find the data kept.
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../helpers/free-port';

jest.setTimeout(180_000);

const ROOT = path.join(__dirname, '..', '..');

interface Started {
  child: ChildProcess;
  port: number;
  lines: Record<string, unknown>[];
  /** Console lines that are not JSON log records (the first ADMIN's password). */
  plain: string[];
  exited: Promise<number | null>;
}

/** Runs src/main.ts the way `npm start` runs the compiled one, and waits for "API ready". */
function startServer(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'development', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Record<string, unknown>[] = [];
  const plain: string[] = [];
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let buffered = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const parts = buffered.split('\n');
      buffered = parts.pop()!;
      for (const part of parts) {
        if (!part.startsWith('{')) {
          plain.push(part);
          continue;
        }
        const line = JSON.parse(part) as Record<string, unknown>;
        lines.push(line);
        if (line.msg === 'API ready') resolve({ child, port: line.port as number, lines, plain, exited });
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    void exited.then((code) => reject(new Error(`server exited (${code}) before it was ready:\n${stderr}`)));
  });
}

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
