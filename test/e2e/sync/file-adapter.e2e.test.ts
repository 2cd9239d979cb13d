// The `file` adapter writes a complete package atomically: a reader never sees a partial package, not
// while packages are being written and not after the writer is killed mid-write; every checksum in
// the manifest matches; the same key always gives the same single package.
import { spawn } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { MANIFEST_FILE, PackageManifest, fileAdapter, packageIdOf } from '../../../src/modules/sync/adapters/file';
import { SyncJob, SyncJobStatus } from '../../../src/modules/sync/sync-job.entity';
import { fixtureSource } from './fixtures';
import { Testbed, startTestbed, waitFor } from './sync-testbed';

jest.setTimeout(120_000);

const LINES = 6000; // about 1 MB of JSON and CSV per package: writing takes long enough to be watched

let bed: Testbed;
let directory: string;
beforeAll(async () => {
  bed = await startTestbed({
    targets: (_simulator, dataDir) => [{ name: 'national-file', adapter: 'file', directory: path.join(dataDir, 'national-sync') }],
    loader: async (_manager, inventoryId, version) => fixtureSource(inventoryId, version, LINES),
  });
  directory = path.join(bed.dataDir, 'national-sync');
});
afterAll(async () => {
  await bed?.stop();
});

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/** Problems with a visible package: missing files or a checksum that does not match. */
function packageProblems(dir: string): string[] {
  const manifestFile = path.join(dir, MANIFEST_FILE);
  if (!fs.existsSync(manifestFile)) return [`${path.basename(dir)}: no manifest`];
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as PackageManifest;
  const problems: string[] = [];
  for (const file of manifest.files) {
    const full = path.join(dir, file.name);
    if (!fs.existsSync(full)) problems.push(`${file.name} missing`);
    else {
      const content = fs.readFileSync(full);
      if (sha256(content) !== file.sha256 || content.length !== file.bytes) problems.push(`${file.name} does not match its checksum`);
    }
  }
  const listed = new Set([MANIFEST_FILE, ...manifest.files.map((f) => f.name)]);
  for (const name of fs.readdirSync(dir)) if (!listed.has(name)) problems.push(`${name} is not in the manifest`);
  return problems;
}

const visiblePackages = () => (fs.existsSync(directory) ? fs.readdirSync(directory).filter((name) => !name.startsWith('.')) : []);

describe('the file adapter', () => {
  it('never shows a partial package while the worker writes, and every checksum matches', async () => {
    const seen = new Map<string, string[]>();
    let watching = true;
    const watcher = (async () => {
      while (watching) {
        for (const name of visiblePackages()) if (!seen.has(name)) seen.set(name, packageProblems(path.join(directory, name)));
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    await bed.startWorker();
    const queued: SyncJob[] = [];
    for (let i = 0; i < 6; i++) queued.push(...(await bed.enqueue(randomUUID(), 1 + (i % 2))));
    const jobs = bed.db.dataSource.getRepository(SyncJob);
    await waitFor('every package to be written', async () => {
      const all = await jobs.findBy(queued.map((q) => ({ id: q.id })));
      return all.every((j) => j.status === SyncJobStatus.DELIVERED) ? all : undefined;
    });
    watching = false;
    await watcher;

    expect(seen.size).toBe(6);
    expect([...seen.values()].flat()).toEqual([]); // complete at first sight, every time
    for (const job of await jobs.findBy(queued.map((q) => ({ id: q.id })))) {
      const dir = path.join(directory, job.receiverAckId!);
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST_FILE), 'utf8')) as PackageManifest;
      const json = fs.readFileSync(path.join(dir, 'submission.json'));
      const csv = fs.readFileSync(path.join(dir, 'lines.csv'), 'utf8');
      expect(manifest).toMatchObject({ packageId: job.receiverAckId, idempotencyKey: job.idempotencyKey, contentHash: job.contentHash });
      expect(sha256(json)).toBe(job.contentHash);
      const document = JSON.parse(json.toString('utf8'));
      expect(document.inventory).toMatchObject({
        id: job.inventoryId,
        version: job.inventoryVersion,
        replacesVersion: job.inventoryVersion > 1 ? job.inventoryVersion - 1 : null,
      });
      expect(document.provenance).toMatchObject({ factorSet: 'VN-CROPS-2025.1', gwpSet: 'AR5-100', method: expect.any(String) }); // format @2
      expect(document.lines).toHaveLength(LINES);
      const rows = parse(csv, { columns: true, cast: (value, context) => (['massKg', 'co2eKg'].includes(String(context.column)) ? Number(value) : value) });
      expect(rows).toEqual(document.lines); // the same lines, in the same order
      expect(manifest.files.map((f) => f.name)).toEqual(['submission.json', 'lines.csv']);
    }
  });

  it('leaves no visible package when the writer is killed mid-write; delivering again completes it', async () => {
    const crashDir = path.join(bed.dataDir, 'crash');
    fs.mkdirSync(crashDir);
    const inventoryId = randomUUID();
    const key = `ghg-inventory:${inventoryId}:v1:crash-test`;
    const child = spawn(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', 'test/e2e/sync/file-writer-child.ts', crashDir, inventoryId, '300000', key],
      {
        cwd: path.join(__dirname, '..', '..', '..'),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    const tempDir = await waitFor('the writer to start its temp folder', () => fs.readdirSync(crashDir).find((name) => name.startsWith('.tmp-')), 60_000);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL'); // killed, not finished
    expect(fs.readdirSync(crashDir).filter((name) => !name.startsWith('.'))).toEqual([]);

    const adapter = fileAdapter.create(fileAdapter.validateConfig({ directory: crashDir }, { env: {}, dataDir: crashDir }), 'crash-test');
    const submission = adapter.buildSubmission(fixtureSource(inventoryId, 1, 300000));
    const receipt = await adapter.deliver(submission, key, new AbortController().signal);
    expect(receipt.ackId).toBe(packageIdOf(submission, key));
    expect(fs.readdirSync(crashDir).filter((name) => !name.startsWith('.'))).toEqual([receipt.ackId]);
    expect(packageProblems(path.join(crashDir, receipt.ackId))).toEqual([]);
    expect(fs.readdirSync(crashDir)).toContain(tempDir); // the dead writer's leftovers stay hidden (removed after an hour)
  });

  it('keeps one package per key: delivering again returns the same ack and writes nothing new', async () => {
    const dir = path.join(bed.dataDir, 'idempotent');
    const adapter = fileAdapter.create(fileAdapter.validateConfig({ directory: dir }, { env: {}, dataDir: dir }), 'idempotent');
    const submission = adapter.buildSubmission(fixtureSource(randomUUID(), 1));
    const signal = new AbortController().signal;
    const first = await adapter.deliver(submission, 'key-1', signal);
    const manifestBefore = fs.statSync(path.join(dir, first.ackId, MANIFEST_FILE)).mtimeMs;
    const concurrent = await Promise.all([adapter.deliver(submission, 'key-1', signal), adapter.deliver(submission, 'key-1', signal)]);
    expect(concurrent.map((r) => r.ackId)).toEqual([first.ackId, first.ackId]);
    expect(fs.statSync(path.join(dir, first.ackId, MANIFEST_FILE)).mtimeMs).toBe(manifestBefore);
    expect(fs.readdirSync(dir)).toEqual([first.ackId]);
    const other = await adapter.deliver(submission, 'key-2', signal);
    expect(other.ackId).not.toBe(first.ackId);
    expect(await adapter.pollStatus!(first.ackId, signal)).toEqual({ state: 'WRITTEN', detail: '3 files' });
  });
});
