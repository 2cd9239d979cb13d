import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { FileStore, assertKey } from './file-store';

async function fsyncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Files under a directory (DATA_DIR/files): `<first two hex digits>/<key>`. A file is written to a
 * temporary name in `tmp/`, flushed to disk, then renamed into place and its directory flushed, so a
 * crash leaves either the whole file or none under its key (a stray temporary at worst).
 */
export function filesystemFileStore(root: string): FileStore {
  const pathOf = (key: string) => path.join(root, key.slice(0, 2), key);
  return {
    async put(key, content) {
      assertKey(key);
      const target = pathOf(key);
      const tmpDir = path.join(root, 'tmp');
      await mkdir(tmpDir, { recursive: true, mode: 0o700 });
      await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
      const tmp = path.join(tmpDir, `${key}.${randomBytes(6).toString('hex')}`);
      const handle = await open(tmp, 'wx', 0o600);
      try {
        for await (const chunk of content) await handle.write(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array));
        await handle.sync();
      } catch (error) {
        await rm(tmp, { force: true });
        throw error;
      } finally {
        await handle.close();
      }
      await rename(tmp, target);
      await fsyncDirectory(path.dirname(target));
    },
    async get(key) {
      assertKey(key);
      const stream = createReadStream(pathOf(key));
      // Open first, so a missing file is null rather than an error in the middle of an answer.
      return new Promise<Readable | null>((resolve, reject) => {
        stream.once('open', () => resolve(stream));
        stream.once('error', (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? resolve(null) : reject(error)));
      });
    },
    async delete(key) {
      assertKey(key);
      await rm(pathOf(key), { force: true });
    },
  };
}
