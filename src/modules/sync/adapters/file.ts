import fs from 'node:fs/promises';
import path from 'node:path';
import { DeliveryFailure, DeliveryReceipt, Submission, defineAdapter, settings } from '../adapter';
import { sha256Hex, submissionCsv } from '../submission';
import { SubmissionVersion, buildJsonSubmission, submissionVersionOf } from './json-submission';

export interface FileAdapterConfig {
  directory: string;
  format: SubmissionVersion;
}

export interface PackageManifest {
  format: string;
  packageId: string;
  idempotencyKey: string;
  contentHash: string;
  inventory: { id: string; version: number; replacesVersion: number | null };
  province: { code: string; name: string };
  year: number;
  files: { name: string; bytes: number; sha256: string }[];
}

export const MANIFEST_FILE = 'manifest.json';
const TEMP_PREFIX = '.tmp-';
/** A temp folder this old was left by a writer that died; nobody will rename it any more. */
const STALE_TEMP_MS = 60 * 60 * 1000;

/** Named from the key, so the same key always maps to the same package (and never to two). */
export function packageIdOf(submission: Submission, idempotencyKey: string): string {
  const { province, year, inventory } = submission.document;
  return `${province.code}-${year}-v${inventory.version}-${sha256Hex(idempotencyKey).slice(0, 16)}`;
}

async function writeDurably(file: string, content: string): Promise<void> {
  const handle = await fs.open(file, 'wx', 0o644);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function syncDirectory(dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function readManifest(packageDir: string): Promise<PackageManifest> {
  return JSON.parse(await fs.readFile(path.join(packageDir, MANIFEST_FILE), 'utf8')) as PackageManifest;
}

/** The package already there for this key: an acknowledgement if it holds the same content. */
async function existingPackage(packageDir: string, packageId: string, contentHash: string): Promise<DeliveryReceipt | null> {
  let manifest: PackageManifest;
  try {
    manifest = await readManifest(packageDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  if (manifest.contentHash !== contentHash) {
    throw new DeliveryFailure('PERMANENT', `package ${packageId} already exists with different content (${manifest.contentHash})`);
  }
  return { ackId: packageId };
}

async function removeStaleTemps(directory: string): Promise<void> {
  const entries = await fs.readdir(directory, { withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isDirectory() || !entry.name.startsWith(TEMP_PREFIX)) continue;
    const full = path.join(directory, entry.name);
    const stat = await fs.stat(full).catch(() => null);
    if (stat && Date.now() - stat.mtimeMs > STALE_TEMP_MS) await fs.rm(full, { recursive: true, force: true });
  }
}

function classify(error: unknown): DeliveryFailure {
  if (error instanceof DeliveryFailure) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const message = `cannot write the package: ${(error as Error).message}`;
  // Refused access is a configuration problem (like refused credentials): stop and alert.
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new DeliveryFailure('AUTH', message);
  return new DeliveryFailure('TEMPORARY', message);
}

/**
 * Writes the package into a hidden temp folder beside its final place, syncs every file and the
 * folder, then renames it: a reader sees no package or a complete one, even after a crash.
 */
async function writePackage(config: FileAdapterConfig, submission: Submission, idempotencyKey: string, signal: AbortSignal): Promise<DeliveryReceipt> {
  const packageId = packageIdOf(submission, idempotencyKey);
  const finalDir = path.join(config.directory, packageId);
  const existing = await existingPackage(finalDir, packageId, submission.contentHash);
  if (existing) return existing;
  await fs.mkdir(config.directory, { recursive: true });
  await removeStaleTemps(config.directory);
  const tempDir = await fs.mkdtemp(path.join(config.directory, `${TEMP_PREFIX}${packageId}-`));
  try {
    const { document } = submission;
    const files: [string, string][] = [
      ['submission.json', submission.body],
      ['lines.csv', submissionCsv(document)],
    ];
    for (const [name, content] of files) {
      signal.throwIfAborted();
      await writeDurably(path.join(tempDir, name), content);
    }
    const manifest: PackageManifest = {
      format: document.format,
      packageId,
      idempotencyKey,
      contentHash: submission.contentHash,
      inventory: { id: document.inventory.id, version: document.inventory.version, replacesVersion: document.inventory.replacesVersion },
      province: document.province,
      year: document.year,
      files: files.map(([name, content]) => ({ name, bytes: Buffer.byteLength(content), sha256: sha256Hex(content) })),
    };
    await writeDurably(path.join(tempDir, MANIFEST_FILE), JSON.stringify(manifest, null, 2) + '\n');
    await syncDirectory(tempDir);
    signal.throwIfAborted();
    try {
      await fs.rename(tempDir, finalDir);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Another writer with the same key finished first: its package is ours.
      if (code === 'ENOTEMPTY' || code === 'EEXIST') {
        const raced = await existingPackage(finalDir, packageId, submission.contentHash);
        if (raced) return raced;
      }
      throw error;
    }
    await syncDirectory(config.directory);
    return { ackId: packageId };
  } catch (error) {
    if (signal.aborted && !(error instanceof DeliveryFailure)) throw new DeliveryFailure('TEMPORARY', `aborted: ${String(signal.reason)}`);
    throw classify(error);
  } finally {
    await fs.rm(tempDir, { recursive: true, force: true });
  }
}

/** `file`: one package folder per submission (JSON, CSV, manifest with SHA-256 checksums). */
export const fileAdapter = defineAdapter<FileAdapterConfig>({
  name: 'file',
  validateConfig(values, context) {
    settings.only(values, ['directory', 'format']);
    const directory = path.resolve(settings.string(values, 'directory', path.join(context.dataDir, 'national-sync')));
    return { directory, format: submissionVersionOf(values) };
  },
  create(config) {
    return {
      description: `packages in ${config.directory}`,
      buildSubmission: (source) => buildJsonSubmission(source, config.format),
      deliver: (submission, idempotencyKey, signal) => writePackage(config, submission, idempotencyKey, signal),
      async pollStatus(ackId) {
        const manifest = await readManifest(path.join(config.directory, path.basename(ackId))).catch(() => null);
        return manifest ? { state: 'WRITTEN', detail: `${manifest.files.length + 1} files` } : { state: 'MISSING', detail: null };
      },
    };
  },
});
