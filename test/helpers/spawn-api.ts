// Real API processes for end-to-end tests: src/main.ts run with ts-node, as `npm start` runs the
// compiled one, each in a child process of its own.
import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');

/**
 * For a child run with `-r ts-node/register/transpile-only`: ts-node transpiles with swc (the same
 * emit as with TypeScript, from tsconfig.json's options) instead of TypeScript, which spends seconds
 * of CPU on the API's few hundred files at every start.
 */
export const TS_NODE_WITH_SWC = { TS_NODE_PROJECT: path.join(ROOT, 'test', 'helpers', 'tsconfig.spawn.json') };

export interface Started {
  child: ChildProcess;
  port: number;
  lines: Record<string, unknown>[];
  /** Console lines that are not JSON log records (the first ADMIN's password). */
  plain: string[];
  exited: Promise<number | null>;
}

/** Every child spawned here that has not exited yet, so a test can stop them even when a start failed. */
const running = new Set<ChildProcess>();

/** What to run instead of src/main.ts in this checkout, e.g. a compiled copy elsewhere. */
export interface SpawnTarget {
  /** Arguments to node. */
  args: string[];
  cwd: string;
}

/** Runs src/main.ts the way `npm start` runs the compiled one (or `target`), and waits for "API ready". */
export function startServer(env: Record<string, string>, target?: SpawnTarget): Promise<Started> {
  const child = spawn(process.execPath, target?.args ?? ['-r', 'ts-node/register/transpile-only', 'src/main.ts'], {
    cwd: target?.cwd ?? ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'development', LOG_LEVEL: 'info', ...(target ? {} : TS_NODE_WITH_SWC), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  const lines: Record<string, unknown>[] = [];
  const plain: string[] = [];
  let stderr = '';
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      running.delete(child);
      resolve(code);
    }),
  );
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

/**
 * For afterAll: sends SIGTERM to every child still running (ready or not), waits up to `graceMs` for
 * each to exit, then kills what is left with SIGKILL, so no test leaves a process behind.
 */
export async function stopSpawnedServers(graceMs = 30_000): Promise<void> {
  await Promise.all(
    [...running].map(async (child) => {
      const gone = new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
      });
      child.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), graceMs)));
      if ((await Promise.race([gone, late])) === 'late') {
        child.kill('SIGKILL');
        await gone;
      }
      clearTimeout(timer);
    }),
  );
}
