// Login throttling that slows guessing without handing anyone a way to lock others out: failures
// (not logins) are counted per email and address pair, per email and per address; waits grow;
// a success clears the pair. Client addresses come from X-Forwarded-For behind one trusted proxy.
import { Role } from '../../src/core/auth/roles';
import { TEST_PASSWORD, createTestUser } from '../helpers/principals';
import { GraphQLResponse, TestServer, startTestServer } from '../helpers/test-server';

jest.setTimeout(120_000);

const PAIR_FAILURES = 3;
const EMAIL_FAILURES_PER_DAY = 6;
const ADDRESS_FAILURES_PER_DAY = 8;

const throttled = (backoffBaseSeconds: number) =>
  startTestServer({
    seed: false,
    env: {
      TRUST_PROXY_HOPS: '1',
      LOGIN_PAIR_FAILURES: String(PAIR_FAILURES),
      LOGIN_EMAIL_FAILURES_PER_DAY: String(EMAIL_FAILURES_PER_DAY),
      LOGIN_ADDRESS_FAILURES_PER_DAY: String(ADDRESS_FAILURES_PER_DAY),
      LOGIN_BACKOFF_BASE_SECONDS: String(backoffBaseSeconds),
      LOGIN_BACKOFF_MAX_SECONDS: '900',
    },
  });

let server: TestServer;
/** Waits of 1, 2, 4 … seconds, short enough for a test to sit through. */
let stepping: TestServer;
let adminHeaders: Record<string, string>;
beforeAll(async () => {
  server = await throttled(30);
  stepping = await throttled(1);
  adminHeaders = (await createTestUser(server, Role.ADMIN)).headers;
});
afterAll(async () => {
  await Promise.all([server?.stop(), stepping?.stop()]);
});

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken user { email } } }';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let addresses = 0;
/** A client address no other test uses (TEST-NET-3). */
const newAddress = () => `203.0.113.${++addresses}`;
const newUser = async (on = server) => (await createTestUser(on, Role.VIEWER)).user.email;

type LoginResponse = GraphQLResponse<{ login: { accessToken: string | null } }>;
const login = (email: string, password: string, address: string, on = server): Promise<LoginResponse> =>
  on.requestText(LOGIN, { input: { email, password } }, { 'x-forwarded-for': address });
const wrong = (email: string, address: string, on = server) => login(email, 'not the password at all', address, on);

const codeOf = (response: LoginResponse) => response.errors?.[0]?.extensions?.code ?? 'OK';
const expectLoggedIn = (response: LoginResponse) => {
  expect(response.errors).toBeUndefined();
  expect(response.data!.login.accessToken).toEqual(expect.any(String));
};
const expectWrong = (response: LoginResponse) => expect(codeOf(response)).toBe('UNAUTHENTICATED');
/** A refusal: 429, Retry-After, RATE_LIMITED with the same retryAfter; returns the seconds. */
const expectRefused = (response: LoginResponse): number => {
  expect(codeOf(response)).toBe('RATE_LIMITED');
  expect(response.status).toBe(429);
  const retryAfter = response.errors![0].extensions!.retryAfter as number;
  expect(retryAfter).toBeGreaterThan(0);
  expect(response.headers.get('retry-after')).toBe(String(retryAfter));
  return retryAfter;
};

describe('login throttling', () => {
  it("an attacker's wrong guesses from one address do not stop the owner logging in from another", async () => {
    const email = await newUser();
    const attacker = newAddress();
    const answers = [];
    for (let i = 0; i < 12; i++) answers.push(codeOf(await wrong(email, attacker)));
    expect(answers.slice(0, PAIR_FAILURES)).toEqual(Array(PAIR_FAILURES).fill('UNAUTHENTICATED'));
    expect(answers.slice(PAIR_FAILURES)).toEqual(Array(12 - PAIR_FAILURES).fill('RATE_LIMITED'));
    // The attacker's address waits, even with the right password …
    expectRefused(await login(email, TEST_PASSWORD, attacker));
    // … the owner, elsewhere, does not.
    expectLoggedIn(await login(email, TEST_PASSWORD, newAddress()));
  });

  it("past the email's daily budget an address waits after its first failure, but one that did not fail is never refused", async () => {
    const email = await newUser();
    // One failure from each of several addresses: every pair is under its budget.
    for (let i = 0; i < EMAIL_FAILURES_PER_DAY - 1; i++) expectWrong(await wrong(email, newAddress()));
    const last = newAddress();
    expectWrong(await wrong(email, last)); // the email's failure number EMAIL_FAILURES_PER_DAY
    expectRefused(await wrong(email, last));
    expectLoggedIn(await login(email, TEST_PASSWORD, newAddress()));
  });

  it('never refuses successful logins from one office address, however many', async () => {
    const office = newAddress();
    const staff = await Promise.all(Array.from({ length: 5 }, newUser));
    const refused: number[] = [];
    for (let i = 0; i < 100; i++) {
      const email = staff[i % staff.length];
      if (i % 20 === 7) expectWrong(await wrong(email, office)); // a typo now and then (5 in all, under every budget)
      const response = await login(email, TEST_PASSWORD, office);
      if (response.errors) refused.push(i);
    }
    expect(refused).toEqual([]);
  });

  it('makes an address wait longer after each further failure', async () => {
    const email = await newUser(stepping);
    const address = newAddress();
    for (let i = 0; i < PAIR_FAILURES - 1; i++) expectWrong(await wrong(email, address, stepping));
    const waits: number[] = [];
    for (let round = 0; round < 3; round++) {
      if (round > 0) await sleep(waits[round - 1] * 1000 + 150);
      expectWrong(await wrong(email, address, stepping));
      waits.push(expectRefused(await login(email, TEST_PASSWORD, address, stepping)));
    }
    expect(waits).toEqual([1, 2, 4]);
  });

  it('a success clears the count of an email from an address', async () => {
    const email = await newUser();
    const address = newAddress();
    for (let i = 0; i < PAIR_FAILURES - 1; i++) expectWrong(await wrong(email, address));
    expectLoggedIn(await login(email, TEST_PASSWORD, address));
    // Without the reset these would be failures PAIR_FAILURES and on, and the address would wait.
    for (let i = 0; i < PAIR_FAILURES - 1; i++) expectWrong(await wrong(email, address));
    expectLoggedIn(await login(email, TEST_PASSWORD, address));
  });

  it('answers an unknown email exactly like a known one, refusal included', async () => {
    const known = await newUser();
    const unknown = `nobody-${addresses}@example.test`;
    const [fromKnown, fromUnknown] = [newAddress(), newAddress()];
    for (let i = 0; i < PAIR_FAILURES; i++) {
      const [a, b] = [await wrong(known, fromKnown), await wrong(unknown, fromUnknown)];
      expect(a.errors).toEqual(b.errors);
    }
    const [a, b] = [await wrong(known, fromKnown), await wrong(unknown, fromUnknown)];
    expectRefused(a);
    expect([a.status, a.headers.get('retry-after'), a.errors]).toEqual([b.status, b.headers.get('retry-after'), b.errors]);
  });

  it('refuses an address that failed for many emails until its day is over', async () => {
    const address = newAddress();
    for (let i = 0; i < ADDRESS_FAILURES_PER_DAY; i++) expectWrong(await wrong(`someone-${i}@example.test`, address));
    const email = await newUser();
    const retryAfter = expectRefused(await login(email, TEST_PASSWORD, address));
    expect(retryAfter).toBeGreaterThan(3600);
    expectLoggedIn(await login(email, TEST_PASSWORD, newAddress()));
  });
});

describe('unlockLogin', () => {
  const UNLOCK = 'mutation($input: UnlockLoginInput!) { unlockLogin(input: $input) { user { email } userErrors { field code } } }';

  it("lets an ADMIN clear an email's waits, so its owner gets in at once from the address that waits", async () => {
    const email = await newUser();
    const shared = newAddress();
    for (let i = 0; i < PAIR_FAILURES; i++) expectWrong(await wrong(email, shared));
    expectRefused(await login(email, TEST_PASSWORD, shared));
    const unlocked = await server.requestText(UNLOCK, { input: { email: email.toUpperCase() } }, adminHeaders);
    expect(unlocked.data).toEqual({ unlockLogin: { user: { email }, userErrors: [] } });
    expectLoggedIn(await login(email, TEST_PASSWORD, shared));
    const events = await server.database.dataSource.query(
      `SELECT e.actor_type FROM audit_event e JOIN "user" u ON u.id = e.entity_id WHERE e.action = 'unlockLogin' AND u.email = $1`,
      [email],
    );
    expect(events).toEqual([{ actor_type: 'USER' }]);
  });

  it("also restores an address's daily budget when asked", async () => {
    const address = newAddress();
    for (let i = 0; i < ADDRESS_FAILURES_PER_DAY; i++) expectWrong(await wrong(`other-${i}@example.test`, address));
    const email = await newUser();
    expectRefused(await login(email, TEST_PASSWORD, address));
    await server.requestText(UNLOCK, { input: { email, clientAddress: address } }, adminHeaders);
    expectLoggedIn(await login(email, TEST_PASSWORD, address));
  });

  it('names an unknown email or a malformed address', async () => {
    const unknown = await server.requestText(UNLOCK, { input: { email: 'nobody-at-all@example.test' } }, adminHeaders);
    expect(unknown.data).toEqual({ unlockLogin: { user: null, userErrors: [{ field: ['input', 'email'], code: 'NOT_FOUND' }] } });
    const malformed = await server.requestText(UNLOCK, { input: { email: await newUser(), clientAddress: 'not an address' } }, adminHeaders);
    expect(malformed.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.clientAddress' });
  });
});
