// What the sync guarantee tests share: a fresh database with the queue schema, a real receiver
// simulator over HTTP, the sync configuration pointing at it, and workers in this process or in
// child processes started like `npm run worker`.
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { loadConfig } from '../../../src/config';
import { enqueueInventorySync, prepareSyncQueue } from '../../../src/modules/sync/outbox';
import { Simulator, SimulatorOptions, startSimulator } from '../../../tools/national-sim/simulator';
import { SubmissionLoader } from '../../../src/modules/sync/submission';
import { SyncJob } from '../../../src/modules/sync/sync-job.entity';
import { SyncRuntime, configureSync } from '../../../src/modules/sync/sync-runtime';
import { SyncWorker, startSyncWorker } from '../../../src/modules/sync/worker';
import { createLogger } from '../../../src/server/logger';
import { TS_NODE_WITH_SWC } from '../../helpers/spawn-api';
import { TestDatabase, createTestDatabase } from '../../helpers/test-database';
import { fixtureLoader } from './fixtures';

const ROOT = path.join(__dirname, '..', '..', '..');

/** Short timings, so retries and leases play out in seconds. */
export const FAST_SYNC_ENV = {
  SYNC_BACKOFF_BASE_MS: '100',
  SYNC_BACKOFF_MAX_MS: '400',
  SYNC_POLL_INTERVAL_MS: '100',
  SYNC_DELIVERY_TIMEOUT_MS: '1000',
  SYNC_LEASE_MS: '3000',
  SYNC_CONCURRENCY: '4',
};

export interface Testbed {
  db: TestDatabase;
  simulator: Simulator;
  /** The environment a worker process gets (database, targets, timings). */
  env: Record<string, string>;
  runtime: SyncRuntime;
  dataDir: string;
  logs: Record<string, unknown>[];
  /** enqueueInventorySync inside a real transaction, as the verify mutation does. */
  enqueue(inventoryId: string, version: number, reason?: 'VERIFIED' | 'RESEND'): Promise<SyncJob[]>;
  job(id: string): Promise<SyncJob>;
  startWorker(): Promise<SyncWorker>;
  stop(): Promise<void>;
}

export interface TestbedOptions {
  env?: Record<string, string>;
  simulator?: SimulatorOptions;
  /** Targets; by default one http-json target at the simulator. */
  targets?: (simulator: Simulator, dataDir: string) => unknown[];
  database?: TestDatabase;
  /** The in-process worker's loader (default: fixtureLoader). */
  loader?: SubmissionLoader;
}

export async function startTestbed(options: TestbedOptions = {}): Promise<Testbed> {
  const db = options.database ?? (await createTestDatabase());
  await prepareSyncQueue(db.url);
  const simulator = await startSimulator(options.simulator);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lowemission-sync-'));
  const targets = options.targets?.(simulator, dataDir) ?? [{ name: 'national', adapter: 'http-json', url: simulator.submissionsUrl }];
  const env = { ...FAST_SYNC_ENV, SYNC_TARGETS: JSON.stringify(targets), DATA_DIR: dataDir, ...options.env };
  const runtime = configureSync(loadConfig({ NODE_ENV: 'test', ...env }), env);
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) logs.push(JSON.parse(line));
      done();
    },
  });
  const workers: SyncWorker[] = [];
  return {
    db,
    simulator,
    env: { ...env, DATABASE_URL: db.url },
    runtime,
    dataDir,
    logs,
    enqueue: (inventoryId, version, reason = 'VERIFIED') =>
      db.dataSource.transaction((manager) => enqueueInventorySync(manager, runtime.targets, { inventoryId, version, reason, requestedBy: null })),
    job: (id) => db.dataSource.getRepository(SyncJob).findOneByOrFail({ id }),
    startWorker: async () => {
      const worker = await startSyncWorker({
        databaseUrl: db.url,
        dataSource: db.dataSource,
        runtime,
        loader: options.loader ?? fixtureLoader,
        logger: createLogger('debug', sink),
      });
      workers.push(worker);
      return worker;
    },
    stop: async () => {
      await Promise.all(workers.map((w) => w.stop()));
      await simulator.stop();
      if (!options.database) await db.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Polls until `check` returns a value other than undefined/false, or fails naming `what`. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export interface WorkerProcess {
  child: ChildProcess;
  workerId: string;
  lines: Record<string, unknown>[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** A real worker process, started as `npm run worker` starts one (with the fixture loader registered). */
export function spawnWorker(env: Record<string, string>): Promise<WorkerProcess> {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'test/e2e/sync/fixture-worker.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'test', LOG_LEVEL: 'info', ...TS_NODE_WITH_SWC, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Record<string, unknown>[] = [];
  let stderr = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    let buffered = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const parts = buffered.split('\n');
      buffered = parts.pop()!;
      for (const part of parts.filter((p) => p.startsWith('{'))) {
        const line = JSON.parse(part) as Record<string, unknown>;
        lines.push(line);
        if (line.msg === 'sync worker ready') resolve({ child, workerId: line.workerId as string, lines, exited });
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    void exited.then(({ code, signal }) => reject(new Error(`worker exited (${code ?? signal}) before it was ready:\n${stderr}`)));
  });
}
