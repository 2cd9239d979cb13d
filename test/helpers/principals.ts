import { randomUUID } from 'node:crypto';
import { Role } from '../../src/core/auth/roles';
import { signAccessToken } from '../../src/modules/identity/access-tokens';
import { ApiKey } from '../../src/modules/identity/api-key.entity';
import { generateApiKey, sha256 } from '../../src/modules/identity/api-key-secrets';
import { hashPassword } from '../../src/modules/identity/passwords';
import { User } from '../../src/modules/identity/user.entity';
import { TestServer } from './test-server';

export const TEST_PASSWORD = 'correct horse battery staple';
/** A commune (Xã Hòa Phú) and a ward (Phường Buôn Ma Thuột) used across tests. */
export const HOME_UNIT = '24175';
export const OTHER_UNIT = '24133';

let passwordHash: Promise<string> | undefined;

export async function createTestUser(
  server: TestServer,
  role: Role,
  binding: { unitCode?: string; agencyCode?: string } = {},
): Promise<{ user: User; headers: Record<string, string> }> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const ds = server.database.dataSource;
  const unit = binding.unitCode ? await ds.query('SELECT id FROM administrative_unit WHERE code = $1', [binding.unitCode]) : [];
  const agency = binding.agencyCode ? await ds.query('SELECT id FROM agency WHERE code = $1', [binding.agencyCode]) : [];
  const users = ds.getRepository(User);
  const user = await users.save(
    users.create({
      email: `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@example.test`,
      displayName: `Test ${role}`,
      role,
      passwordHash: await passwordHash,
      administrativeUnitId: unit[0]?.id ?? null,
      agencyId: agency[0]?.id ?? null,
    }),
  );
  return { user, headers: bearer(signAccessToken(user.id, server.config.auth).token) };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export async function createTestApiKey(
  server: TestServer,
  fields: Partial<Pick<ApiKey, 'scopes' | 'administrativeUnitIds' | 'expiresAt' | 'revokedAt' | 'rateLimitPerMinute'>> = {},
): Promise<{ apiKey: ApiKey; headers: Record<string, string> }> {
  const { prefix, secret, fullKey } = generateApiKey();
  const keys = server.database.dataSource.getRepository(ApiKey);
  const apiKey = await keys.save(
    keys.create({
      name: 'test key',
      partnerName: 'Test Partner',
      prefix,
      secretHash: sha256(secret),
      scopes: [],
      administrativeUnitIds: null,
      expiresAt: null,
      rateLimitPerMinute: 1000,
      ...fields,
    }),
  );
  return { apiKey, headers: { 'x-api-key': fullKey } };
}

export async function unitId(server: TestServer, code: string): Promise<string> {
  const [row] = await server.database.dataSource.query('SELECT id FROM administrative_unit WHERE code = $1', [code]);
  return row.id;
}
