import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../src/config';
import { Role } from '../../src/core/auth/roles';
import { UnauthenticatedError } from '../../src/core/errors/app-errors';
import { signAccessToken } from '../../src/modules/identity/access-tokens';
import { ApiKey } from '../../src/modules/identity/api-key.entity';
import { generateApiKey, sha256 } from '../../src/modules/identity/api-key-secrets';
import { authenticate } from '../../src/modules/identity/authenticate';
import { User } from '../../src/modules/identity/user.entity';
import { loadSeedData } from '../../src/seed/load-seed-data';
import { TestDatabase, createTestDatabase } from '../helpers/test-database';

// The principal a request gets from its credentials, compared with the rows it was read from: the
// lookups are lean SQL, so every field and every unit-scope rule is checked here against the tables.
// (An officer without their unit or agency cannot be stored: check constraints on "user".)

const { auth } = loadConfig({ JWT_SECRET: 'authenticate-test-secret-authenticate-test' });
let db: TestDatabase;
let ds: DataSource;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.dataSource;
  await loadSeedData(ds);
});
afterAll(() => db.drop());

const idOf = async (table: 'administrative_unit' | 'agency', code: string): Promise<string> =>
  (await ds.query<{ id: string }[]>(`SELECT id FROM ${table} WHERE code = $1`, [code]))[0].id;

async function userWith(role: Role, fields: Partial<User> = {}): Promise<User> {
  const users = ds.getRepository(User);
  return users.save(users.create({ email: `${randomUUID()}@example.test`, displayName: role, role, passwordHash: 'not used here', ...fields }));
}

const asUser = (user: User) => authenticate(ds, auth, { authorization: `Bearer ${signAccessToken(user.id, auth).token}` });

describe('a signed-in user', () => {
  it.each([
    ['ADMIN', Role.ADMIN, {}, () => 'ALL'],
    ['PROVINCE_OFFICER', Role.PROVINCE_OFFICER, {}, () => 'ALL'],
    ['COMMUNE_OFFICER of 24175', Role.COMMUNE_OFFICER, { unit: '24175' }, (unit?: string) => [unit]],
    ["AGENCY_OFFICER of the commune's People's Committee", Role.AGENCY_OFFICER, { agency: 'PC-24175', agencyUnit: '24175' }, (_u?: string, a?: string) => [a]],
    ['AGENCY_OFFICER of a provincial department', Role.AGENCY_OFFICER, { agency: 'DAE' }, () => 'ALL'],
    ['AGENCY_OFFICER of the provincial media', Role.AGENCY_OFFICER, { agency: 'DLMEDIA' }, () => 'ALL'],
    ['VIEWER', Role.VIEWER, { unit: '24175' }, () => []],
  ] as const)('%s gets the fields and unit scope of their rows', async (_name, role, binding, expectedScope) => {
    const unitId = 'unit' in binding ? await idOf('administrative_unit', binding.unit) : null;
    const agencyId = 'agency' in binding ? await idOf('agency', binding.agency) : null;
    const agencyUnitId = 'agencyUnit' in binding ? await idOf('administrative_unit', binding.agencyUnit) : undefined;
    const user = await userWith(role, { administrativeUnitId: unitId, agencyId });
    expect(await asUser(user)).toEqual({
      kind: 'USER',
      userId: user.id,
      role,
      agencyId,
      administrativeUnitId: unitId,
      organisationId: null,
      unitScope: expectedScope(unitId ?? undefined, agencyUnitId),
    });
  });

  it('is refused once deactivated, and when the user is gone', async () => {
    const user = await userWith(Role.PROVINCE_OFFICER);
    await ds.getRepository(User).update(user.id, { active: false });
    await expect(asUser(user)).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(asUser({ ...user, id: randomUUID() } as User)).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});

describe('an API key', () => {
  async function keyWith(fields: Partial<ApiKey>): Promise<{ key: ApiKey; fullKey: string }> {
    const { prefix, secret, fullKey } = generateApiKey();
    const keys = ds.getRepository(ApiKey);
    const key = await keys.save(
      keys.create({ name: 'k', partnerName: 'Partner', prefix, secretHash: sha256(secret), scopes: [], expiresAt: null, rateLimitPerMinute: 120, ...fields }),
    );
    return { key, fullKey };
  }

  it('gives its scopes, units, organisation and budget, and records its use at most once a minute', async () => {
    const unitIds = [await idOf('administrative_unit', '24175'), await idOf('administrative_unit', '24133')];
    const { key, fullKey } = await keyWith({ scopes: ['trainings:read', 'progress:read'], administrativeUnitIds: unitIds, rateLimitPerMinute: 321 });
    expect(await authenticate(ds, auth, { apiKey: fullKey })).toEqual({
      kind: 'API_KEY',
      apiKeyId: key.id,
      partnerName: 'Partner',
      scopes: ['trainings:read', 'progress:read'],
      unitScope: unitIds,
      organisationId: null,
      rateLimitPerMinute: 321,
    });
    const [{ last_used_at: first }] = await ds.query('SELECT last_used_at FROM api_key WHERE id = $1', [key.id]);
    expect(first).toBeInstanceOf(Date);
    await authenticate(ds, auth, { apiKey: fullKey });
    const [{ last_used_at: second }] = await ds.query('SELECT last_used_at FROM api_key WHERE id = $1', [key.id]);
    expect(second).toEqual(first);
  });

  it('without units covers the province', async () => {
    const { fullKey } = await keyWith({ administrativeUnitIds: null });
    expect(await authenticate(ds, auth, { apiKey: fullKey })).toMatchObject({ unitScope: 'ALL' });
  });

  it.each([
    ['revoked', { revokedAt: new Date() }],
    ['expired', { expiresAt: new Date(Date.now() - 1000) }],
  ])('is refused when %s', async (_name, fields) => {
    const { fullKey } = await keyWith(fields);
    await expect(authenticate(ds, auth, { apiKey: fullKey })).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it('is refused with a wrong secret or an unknown prefix', async () => {
    const { fullKey } = await keyWith({});
    const wrongSecret = fullKey.slice(0, -4) + (fullKey.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    await expect(authenticate(ds, auth, { apiKey: wrongSecret })).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(authenticate(ds, auth, { apiKey: generateApiKey().fullKey })).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});
