import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { Role } from '../../../src/core/auth/roles';
import { postgresFileStore } from '../../../src/modules/files/store/pg-file-store';
import { HOME_UNIT, createTestUser } from '../../helpers/principals';
import { TestServer, startTestServer } from '../../helpers/test-server';
import { PDF, download, sha256, uploaded, xlsx } from './file-fixtures';

// FILE_STORE=postgres: the bytes go to stored_file_content, so every API process on the database serves them.
let server: TestServer;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'files-pg-e2e-'));
  server = await startTestServer({ env: { DATA_DIR: dataDir, FILE_STORE: 'postgres' } });
});
afterAll(async () => {
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('the PostgreSQL file store', () => {
  it('round-trips an upload through the database, and nothing through the data folder', async () => {
    const { headers } = await createTestUser(server, Role.COMMUNE_OFFICER, { unitCode: HOME_UNIT });
    const bytes = await xlsx();
    const file = await uploaded(server, headers, bytes, 'số liệu.xlsx');
    expect(file).toMatchObject({ sha256: sha256(bytes), size: bytes.length, name: 'số liệu.xlsx' });
    const got = await download(server, file.downloadUrl, headers);
    expect(got.status).toBe(200);
    expect(got.bytes.equals(bytes)).toBe(true);
    const rows = await server.database.dataSource.query(
      `SELECT encode(sha256(c.content), 'hex') AS sha256 FROM stored_file_content c JOIN stored_files f ON f.id = c.key WHERE f.sha256 = $1`,
      [file.sha256],
    );
    expect(rows).toEqual([{ sha256: file.sha256 }]);
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('puts, gets and deletes by key', async () => {
    const store = postgresFileStore(server.database.dataSource);
    const key = '0b0e6a4e-8f3c-4d55-9a57-3f0f1b4b9c01';
    await store.put(key, Readable.from([PDF.subarray(0, 10), PDF.subarray(10)]));
    const chunks: Buffer[] = [];
    for await (const chunk of (await store.get(key))!) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(PDF)).toBe(true);
    await store.delete(key);
    expect(await store.get(key)).toBeNull();
    await expect(store.get('../etc/passwd')).rejects.toThrow('Not a file store key');
  });
});
