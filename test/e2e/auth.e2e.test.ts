import jwt from 'jsonwebtoken';
import { Role } from '../../src/core/auth/roles';
import { signAccessToken } from '../../src/modules/identity/access-tokens';
import { LoginDocument, LogoutDocument, MeDocument, RefreshTokenDocument } from '../generated/graphql';
import { TEST_PASSWORD, bearer, createTestUser } from '../helpers/principals';
import { TEST_JWT_SECRET, TestServer, startTestServer } from '../helpers/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { LOGIN_PAIR_FAILURES: '4' } });
});
afterAll(async () => {
  await server.stop();
});

const loginAs = (email: string, password = TEST_PASSWORD) => server.request(LoginDocument, { input: { email, password } });

describe('login and tokens', () => {
  it('logs in with email and password, and the access token identifies the user', async () => {
    const { user } = await createTestUser(server, Role.VIEWER);
    const { data, errors } = await loginAs(user.email.toUpperCase());
    expect(errors).toBeUndefined();
    const login = data!.login;
    expect(login.user).toMatchObject({ email: user.email, role: 'VIEWER' });
    const ttl = (new Date(login.expiresAt!).getTime() - Date.now()) / 1000;
    expect(ttl).toBeGreaterThan(890);
    expect(ttl).toBeLessThanOrEqual(900);
    const me = await server.request(MeDocument, {}, bearer(login.accessToken!));
    expect(me.data!.me).toMatchObject({ email: user.email });
  });

  it('answers a wrong password and an unknown email identically', async () => {
    const { user } = await createTestUser(server, Role.VIEWER);
    const wrong = await loginAs(user.email, 'not the password at all');
    const unknown = await loginAs('nobody@example.test', 'not the password at all');
    expect(wrong.errors![0]).toEqual(unknown.errors![0]);
    expect(wrong.errors![0].extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'BAD_CREDENTIALS' });
  });

  it('makes an address wait after repeated wrong passwords for one email, even with the right one', async () => {
    const { user } = await createTestUser(server, Role.VIEWER);
    for (let i = 0; i < 4; i++) expect((await loginAs(user.email, 'wrong password!')).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const limited = await loginAs(user.email);
    expect(limited.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: expect.any(Number) });
  });

  it('rotates refresh tokens, and reusing a spent one ends the whole session', async () => {
    const { user } = await createTestUser(server, Role.VIEWER);
    const first = (await loginAs(user.email)).data!.login.refreshToken!;
    const second = (await server.request(RefreshTokenDocument, { input: { refreshToken: first } })).data!.refreshToken;
    expect(second.refreshToken).not.toBe(first);
    const reuse = await server.request(RefreshTokenDocument, { input: { refreshToken: first } });
    expect(reuse.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const afterTheft = await server.request(RefreshTokenDocument, { input: { refreshToken: second.refreshToken! } });
    expect(afterTheft.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('ends a session on logout', async () => {
    const { user } = await createTestUser(server, Role.VIEWER);
    const token = (await loginAs(user.email)).data!.login.refreshToken!;
    expect((await server.request(LogoutDocument, { input: { refreshToken: token } })).data!.logout.loggedOut).toBe(true);
    expect((await server.request(RefreshTokenDocument, { input: { refreshToken: token } })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a deactivated user at once: refresh and access token alike', async () => {
    const { user, headers } = await createTestUser(server, Role.VIEWER);
    const refreshToken = (await loginAs(user.email)).data!.login.refreshToken!;
    await server.database.dataSource.query('UPDATE "user" SET active = false WHERE id = $1', [user.id]);
    expect((await server.request(RefreshTokenDocument, { input: { refreshToken } })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const me = await server.request(MeDocument, {}, headers);
    expect(me.status).toBe(401);
    expect((await loginAs(user.email)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});

describe('access tokens that must be refused', () => {
  let userId: string;
  beforeAll(async () => {
    userId = (await createTestUser(server, Role.ADMIN)).user.id;
  });

  const claims = () => ({ sub: userId, iss: server.config.auth.issuer, aud: server.config.auth.audience });
  const inTenMinutes = () => Math.floor(Date.now() / 1000) + 600;
  const sign = (payload: object, secret = TEST_JWT_SECRET, options: jwt.SignOptions = {}) =>
    jwt.sign({ exp: inTenMinutes(), ...payload }, secret, { algorithm: 'HS256', ...options });
  const unsigned = (payload: object) =>
    `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(
      JSON.stringify({ ...payload, exp: inTenMinutes() }),
    ).toString('base64url')}.`;

  it.each([
    ['forged with another secret', () => sign(claims(), 'another-secret-that-is-also-long-enough-000000')],
    ['expired', () => sign({ ...claims(), exp: Math.floor(Date.now() / 1000) - 10 })],
    ['for another audience', () => sign({ ...claims(), aud: 'someone-else' })],
    ['from another issuer', () => sign({ ...claims(), iss: 'someone-else' })],
    ['with alg none', () => unsigned(claims())],
    ['with HS512', () => sign(claims(), TEST_JWT_SECRET, { algorithm: 'HS512' })],
    ['for a user that does not exist', () => signAccessToken('00000000-0000-4000-8000-000000000000', server.config.auth).token],
    ['that is not a JWT', () => 'garbage'],
    // A subject that is not a user id must not reach the database (it answered 500 before).
    ['whose subject is not a UUID', () => sign({ ...claims(), sub: 'not-a-uuid' })],
    ['whose subject is not a string', () => sign({ ...claims(), sub: 42 })],
    // Without exp a token would never expire.
    ['without exp', () => jwt.sign(claims(), TEST_JWT_SECRET, { algorithm: 'HS256' })],
  ])('refuses a token %s with 401 UNAUTHENTICATED, even for public data', async (_label, make) => {
    const response = await server.requestText('{ sections { code } }', undefined, bearer(make()));
    expect(response.status).toBe(401);
    expect(response.errors![0].extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'BAD_CREDENTIALS' });
    expect(response.data).toBeUndefined();
  });

  it('accepts the same claims signed correctly', async () => {
    const response = await server.request(MeDocument, {}, bearer(sign(claims())));
    expect(response.data!.me.id).toBeTruthy();
  });
});
