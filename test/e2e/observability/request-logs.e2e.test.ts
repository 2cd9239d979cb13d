// Every log line written while a request is handled names the request (requestId, also sent back as
// X-Request-Id) and, once GraphQL has resolved it, the operation: the operation line, errors the
// error formatter logs with the root logger, and lines services write through ctx.logger.
import { randomUUID } from 'node:crypto';
import { Role } from '../../../src/core/auth/roles';
import { TEST_PASSWORD, createTestUser } from '../../helpers/principals';
import { TestServer, startTestServer } from '../../helpers/test-server';
import { LoginDocument, RefreshTokenDocument } from '../../generated/graphql';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ seed: false });
});
afterAll(async () => {
  await server?.stop();
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const settle = () => new Promise((resolve) => setTimeout(resolve, 50)); // the completion line follows the response

/** The lines logged while `send` ran (requests in this file run one at a time). */
async function linesOf<T>(send: () => Promise<T>): Promise<{ result: T; lines: Record<string, unknown>[] }> {
  const from = server.logs.length;
  const result = await send();
  await settle();
  return { result, lines: server.logs.slice(from) };
}

describe('request logs', () => {
  it('keeps a well-formed X-Request-Id, sends it back and puts it on the one line of a successful operation', async () => {
    const id = `mobile-retry:${randomUUID()}`;
    const { result, lines } = await linesOf(() => server.requestText('query LogProbe { __typename }', {}, { 'x-request-id': id }));
    expect(result.headers.get('x-request-id')).toBe(id);
    expect(lines).toEqual([expect.objectContaining({ msg: 'graphql operation', requestId: id, operationName: 'LogProbe' })]);
  });

  it('makes a new id when none or a malformed one is sent', async () => {
    for (const headers of [{}, { 'x-request-id': 'has spaces in it' }, { 'x-request-id': 'x'.repeat(101) }] as Record<string, string>[]) {
      const { result, lines } = await linesOf(() => server.requestText('{ __typename }', {}, headers));
      const id = result.headers.get('x-request-id')!;
      expect(id).toMatch(UUID);
      expect(lines).toEqual([expect.objectContaining({ msg: 'graphql operation', requestId: id, operationName: null })]);
    }
  });

  it('names the request and the operation on an unexpected error logged by the error formatter', async () => {
    const db = server.database.dataSource;
    await db.query('ALTER TABLE agency RENAME TO agency_hidden_by_test');
    try {
      const id = randomUUID();
      const { result, lines } = await linesOf(() =>
        server.requestText('query BrokenAgencies { agencies(first: 1) { totalCount } }', {}, { 'x-request-id': id }),
      );
      expect(result.errors![0].extensions!.code).toBe('INTERNAL_SERVER_ERROR');
      const failure = lines.find((l) => l.msg === 'unexpected error in GraphQL operation');
      expect(failure).toMatchObject({ requestId: id, operationName: 'BrokenAgencies', level: 50 });
      expect(lines.map((l) => [l.requestId, l.operationName])).toEqual(lines.map(() => [id, 'BrokenAgencies']));
      expect(JSON.stringify(lines).match(/"requestId"/g)).toHaveLength(lines.length); // never twice on a line
    } finally {
      await db.query('ALTER TABLE agency_hidden_by_test RENAME TO agency');
    }
  });

  it("names the request and the operation on a service's line (a reused refresh token)", async () => {
    const { user } = await createTestUser(server, Role.VIEWER);
    const login = await server.request(LoginDocument, { input: { email: user.email, password: TEST_PASSWORD } });
    const first = login.data!.login.refreshToken!;
    await server.request(RefreshTokenDocument, { input: { refreshToken: first } });
    const id = randomUUID();
    const { result, lines } = await linesOf(() => server.request(RefreshTokenDocument, { input: { refreshToken: first } }, { 'x-request-id': id }));
    expect(result.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(lines.find((l) => l.msg === 'refresh token reused: session revoked')).toMatchObject({ requestId: id, operationName: 'RefreshToken', level: 40 });
    expect(lines.every((l) => l.requestId === id)).toBe(true);
  });

  it('names the request on lines of requests outside GraphQL', async () => {
    const id = randomUUID();
    const { result, lines } = await linesOf(() => fetch(server.url.replace(/\/graphql$/, '/nowhere'), { headers: { 'x-request-id': id } }));
    expect(result.status).toBe(404);
    expect(result.headers.get('x-request-id')).toBe(id);
    expect(lines).toEqual([expect.objectContaining({ msg: 'request completed', requestId: id })]);
    expect(lines[0]).not.toHaveProperty('operationName');
  });
});
