import pino from 'pino';
import { loadConfig } from '../../src/config';
import { bootstrapAdmin } from '../../src/modules/identity/bootstrap-admin';
import { verifyPassword } from '../../src/modules/identity/passwords';
import { TestDatabase, createTestDatabase } from '../helpers/test-database';

const silent = pino({ level: 'silent' });
let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  await db.drop();
});

const admins = () => db.dataSource.query(`SELECT email, password_hash FROM "user" WHERE role = 'ADMIN'`);

describe('the first ADMIN', () => {
  it('comes from ADMIN_EMAIL and ADMIN_PASSWORD, once', async () => {
    const { auth } = loadConfig({ ADMIN_EMAIL: 'Chief@Example.test', ADMIN_PASSWORD: 'a very long admin password' });
    await bootstrapAdmin(db.dataSource, auth, true, silent);
    await bootstrapAdmin(db.dataSource, auth, true, silent);
    const rows = await admins();
    expect(rows).toHaveLength(1);
    expect(rows[0].email).toBe('chief@example.test');
    expect(await verifyPassword(rows[0].password_hash, 'a very long admin password')).toBe(true);
  });

  it('is refused in production without them', async () => {
    const { auth } = loadConfig({});
    await expect(bootstrapAdmin(db.dataSource, auth, true, silent)).rejects.toThrow(/ADMIN_EMAIL and ADMIN_PASSWORD/);
    expect(await admins()).toEqual([]);
  });

  it('gets a generated password, printed once, in development', async () => {
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      await bootstrapAdmin(db.dataSource, loadConfig({}).auth, false, silent);
      await bootstrapAdmin(db.dataSource, loadConfig({}).auth, false, silent);
      const printed = write.mock.calls.map(([text]) => String(text)).filter((text) => text.includes('First ADMIN'));
      expect(printed).toHaveLength(1);
      const password = /admin@localhost \/ (\S+)/.exec(printed[0])![1];
      expect(password.length).toBeGreaterThanOrEqual(20);
      expect(await verifyPassword((await admins())[0].password_hash, password)).toBe(true);
    } finally {
      write.mockRestore();
    }
  });
});
