import { Role } from '../../src/core/auth/roles';
import { CreateApiKeyDocument, RevokeApiKeyDocument, SaveCommuneImplementationPlanDocument } from '../generated/graphql';
import { HOME_UNIT, OTHER_UNIT, createTestApiKey, createTestUser, unitId } from '../helpers/principals';
import { TestServer, startTestServer } from '../helpers/test-server';

let server: TestServer;
let admin: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  admin = (await createTestUser(server, Role.ADMIN)).headers;
});
afterAll(async () => {
  await server.stop();
});

const savePlan = (code: string, headers: Record<string, string>) =>
  server.request(SaveCommuneImplementationPlanDocument, { input: { administrativeUnitCode: code, title: `Kế hoạch ${code}`, status: 'DRAFT' } }, headers);

describe('partner API keys', () => {
  it('are created by an ADMIN, shown once, stored only as a hash, and work as X-API-Key', async () => {
    const created = await server.request(
      CreateApiKeyDocument,
      {
        input: {
          name: 'Field sync',
          partnerName: 'AgriTech Co',
          scopes: ['implementation-plans:write'],
          administrativeUnitCodes: [HOME_UNIT],
          rateLimitPerMinute: 30,
        },
      },
      admin,
    );
    const { apiKey, secret, userErrors } = created.data!.createApiKey;
    expect(userErrors).toEqual([]);
    expect(apiKey).toMatchObject({
      partnerName: 'AgriTech Co',
      scopes: ['implementation-plans:write'],
      administrativeUnitCodes: [HOME_UNIT],
      rateLimitPerMinute: 30,
    });
    expect(secret).toMatch(new RegExp(`^lek_${apiKey!.prefix}_`));
    const [row] = await server.database.dataSource.query('SELECT secret_hash FROM api_key WHERE prefix = $1', [apiKey!.prefix]);
    expect(row.secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.secret_hash).not.toContain(secret!.split('_')[2]);

    const used = await savePlan(HOME_UNIT, { 'x-api-key': secret! });
    expect(used.errors).toBeUndefined();
    expect(used.data!.saveCommuneImplementationPlan.communeImplementationPlan!.status).toBe('DRAFT');
    expect(used.headers.get('x-ratelimit-limit')).toBe('30');
    const [{ last_used_at: lastUsedAt }] = await server.database.dataSource.query('SELECT last_used_at FROM api_key WHERE prefix = $1', [apiKey!.prefix]);
    expect(lastUsedAt).toBeInstanceOf(Date);
  });

  it('refuses unknown scopes, unknown communes and past expiry as userErrors', async () => {
    const attempt = (input: Record<string, unknown>) =>
      server.request(CreateApiKeyDocument, { input: { name: 'k', partnerName: 'p', scopes: ['plan:read'], ...input } }, admin);
    expect((await attempt({ scopes: ['everything:write'] })).data!.createApiKey.userErrors[0]).toMatchObject({
      field: ['input', 'scopes'],
      code: 'INVALID_SCOPE',
    });
    expect((await attempt({ administrativeUnitCodes: ['99999'] })).data!.createApiKey.userErrors[0]).toMatchObject({ code: 'NOT_FOUND' });
    expect((await attempt({ expiresAt: '2020-01-01T00:00:00Z' })).data!.createApiKey.userErrors[0]).toMatchObject({ code: 'IN_THE_PAST' });
    const [{ n }] = await server.database.dataSource.query(`SELECT count(*)::int AS n FROM api_key WHERE name = 'k'`);
    expect(n).toBe(0);
  });

  it('stops working the moment it is revoked', async () => {
    const { apiKey, headers } = await createTestApiKey(server, { scopes: ['implementation-plans:write'] });
    expect((await savePlan(HOME_UNIT, headers)).errors).toBeUndefined();
    const revoked = await server.request(RevokeApiKeyDocument, { input: { id: apiKey.nodeId } }, admin);
    expect(revoked.data!.revokeApiKey.apiKey!.revokedAt).toBeTruthy();
    const after = await savePlan(HOME_UNIT, headers);
    expect(after.status).toBe(401);
    expect(after.errors![0].extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'BAD_CREDENTIALS' });
  });

  it('refuses an expired key, and a malformed one', async () => {
    const { headers } = await createTestApiKey(server, { scopes: ['plan:read'], expiresAt: new Date(Date.now() - 1000) });
    expect((await server.requestText('{ plan { code } }', undefined, headers)).status).toBe(401);
    expect((await server.requestText('{ plan { code } }', undefined, { 'x-api-key': 'lek_nope' })).status).toBe(401);
  });

  it('answers 429 RATE_LIMITED with rate-limit headers once over its per-minute budget', async () => {
    const { headers } = await createTestApiKey(server, { scopes: ['plan:read'], rateLimitPerMinute: 2 });
    const first = await server.requestText('{ plan { code } }', undefined, headers);
    expect(first.headers.get('x-ratelimit-remaining')).toBe('1');
    await server.requestText('{ plan { code } }', undefined, headers);
    const over = await server.requestText('{ plan { code } }', undefined, headers);
    expect(over.status).toBe(429);
    expect(over.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: expect.any(Number) });
    expect(over.headers.get('x-ratelimit-limit')).toBe('2');
    expect(over.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('writes only for the communes it is bound to, whatever code it sends', async () => {
    const { headers } = await createTestApiKey(server, { scopes: ['implementation-plans:write'], administrativeUnitIds: [await unitId(server, HOME_UNIT)] });
    const other = await savePlan(OTHER_UNIT, headers);
    expect(other.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const [{ n }] = await server.database.dataSource.query(
      'SELECT count(*)::int AS n FROM commune_implementation_plan p JOIN administrative_unit u ON u.id = p.administrative_unit_id WHERE u.code = $1',
      [OTHER_UNIT],
    );
    expect(n).toBe(0);
  });

  it('needs the right scope: a read-only key cannot write', async () => {
    const { headers } = await createTestApiKey(server, { scopes: ['implementation-plans:read'] });
    expect((await savePlan(HOME_UNIT, headers)).errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
