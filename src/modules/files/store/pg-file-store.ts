import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { FileStore, assertKey } from './file-store';
import { StoredFileContent } from './stored-file-content.entity';

/**
 * Files in PostgreSQL (`stored_file_content`, bytea), for several API processes on one database
 * without a shared volume. A file is read whole (bytea has no partial reads through the driver), so
 * MAX_FILE_BYTES also bounds the memory one download takes.
 */
export function postgresFileStore(dataSource: DataSource): FileStore {
  const repo = () => dataSource.getRepository(StoredFileContent);
  return {
    async put(key, content) {
      assertKey(key);
      const chunks: Buffer[] = [];
      for await (const chunk of content) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array));
      await repo().insert({ key, content: Buffer.concat(chunks) });
    },
    async get(key) {
      assertKey(key);
      const row = await repo().findOne({ where: { key }, select: { key: true, content: true } });
      return row ? Readable.from([row.content]) : null;
    },
    async delete(key) {
      assertKey(key);
      await repo().delete({ key });
    },
  };
}
