// Trusted documents: with PERSISTED_OPERATIONS=only, apps without an API key run only the SDK's
// operations, by hash; partner keys may still send documents. With off, anything goes and APQ works.
import { createHash } from 'node:crypto';
import { ApiClient, MeDocument, PlanDocument, TasksDocument, persistedHash } from '@daklak-lowemission/client';
import { print } from 'graphql';
import { Role } from '../../src/core/auth/roles';
import { loadPersistedManifest } from '../../src/server/persisted-operations';
import { TEST_PASSWORD, createTestApiKey, createTestUser } from '../helpers/principals';
import { TestServer, startTestServer } from '../helpers/test-server';

const hashOf = (document: object) => persistedHash(document)!;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const manifest = loadPersistedManifest()!;

/** POSTs a raw body, as any client could. */
async function post(server: TestServer, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return {
    status: response.status,
    json: (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string; extensions?: { code?: string } }[] },
  };
}

const persisted = (hash: string, extra: Record<string, unknown> = {}) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } }, ...extra });

describe('the SDK manifest', () => {
  it('names every operation by the SHA-256 of its text, the hash each typed document carries', () => {
    expect(manifest.size).toBeGreaterThan(40);
    for (const [hash, text] of manifest) expect(sha256(text)).toBe(hash);
    expect(manifest.get(hashOf(PlanDocument))).toContain('query Plan');
  });
});

describe('PERSISTED_OPERATIONS=only', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { PERSISTED_OPERATIONS: 'only' } });
  });
  afterAll(async () => {
    await server.stop();
  });

  it('runs an SDK operation sent by hash alone, signed in or not', async () => {
    const { status, json } = await post(server, persisted(hashOf(PlanDocument)));
    expect(status).toBe(200);
    expect(json.data).toEqual({ plan: expect.objectContaining({ code: 'DAKLAK-CROPS-2026-2035' }) });
    const { user } = await createTestUser(server, Role.VIEWER);
    const client = new ApiClient({ url: server.url });
    await client.login(user.email, TEST_PASSWORD);
    expect((await client.request(MeDocument)).me.email).toBe(user.email);
    const tasks = await client.request(TasksDocument, { first: 3, filter: { sectionCode: 'IV' } });
    expect(tasks.tasks.edges.map((e) => e.node.code)).toEqual(['IV.1', 'IV.2']);
  });

  it('runs an SDK operation sent by GET with its hash', async () => {
    const search = new URLSearchParams({ extensions: JSON.stringify(persisted(hashOf(PlanDocument)).extensions) });
    const response = await fetch(`${server.url}?${search}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { plan: { code: string } } }).data.plan.code).toBe('DAKLAK-CROPS-2026-2035');
  });

  it.each([
    ['a document as text', { query: '{ plan { code } }' }],
    ['the text of an SDK operation without its hash', { query: manifest.get(hashOf(PlanDocument)) }],
    ['a hash not in the manifest', persisted(sha256('{ plan { code } }'))],
    ['a hash not in the manifest, with its text (APQ registration)', persisted(sha256('{ plan { code } }'), { query: '{ plan { code } }' })],
    ['a known hash with another text', persisted(hashOf(PlanDocument), { query: '{ users(first: 100) { totalCount } }' })],
    ['a known hash in another field', { documentId: hashOf(PlanDocument) }],
    ['a batch', [persisted(hashOf(PlanDocument))]],
  ])('refuses %s from an app without a key (400, PERSISTED_QUERY_NOT_ALLOWED)', async (_case, body) => {
    const { headers } = await createTestUser(server, Role.PROVINCE_OFFICER);
    for (const caller of [{}, headers]) {
      const { status, json } = await post(server, body, caller);
      expect(status).toBe(400);
      expect(json.data).toBeUndefined();
      expect(json.errors).toEqual([{ message: expect.stringContaining('SDK'), extensions: { code: 'PERSISTED_QUERY_NOT_ALLOWED' } }]);
    }
  });

  it('refuses a GET with a document as text', async () => {
    const response = await fetch(`${server.url}?query=${encodeURIComponent('{ plan { code } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
  });

  it('lets a partner key send any document, and SDK hashes too', async () => {
    const { headers } = await createTestApiKey(server, { scopes: ['pilots:write'] });
    const text = await post(server, { query: '{ plan { code } tasks(first: 1) { totalCount } }' }, headers);
    expect(text).toMatchObject({ status: 200, json: { data: { plan: { code: 'DAKLAK-CROPS-2026-2035' }, tasks: { totalCount: 28 } } } });
    const byHash = await post(server, persisted(hashOf(PlanDocument)), headers);
    expect(byHash.json.data).toEqual({ plan: expect.objectContaining({ code: 'DAKLAK-CROPS-2026-2035' }) });
  });
});

describe('PERSISTED_OPERATIONS=off (the default)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.stop();
  });

  it('accepts documents as text from anyone', async () => {
    expect(await post(server, { query: '{ plan { code } }' })).toMatchObject({ status: 200, json: { data: { plan: { code: 'DAKLAK-CROPS-2026-2035' } } } });
    expect((await server.request(PlanDocument)).data!.plan.code).toBe('DAKLAK-CROPS-2026-2035');
  });

  it('runs an SDK hash without its text, and keeps automatic persisted queries for other documents', async () => {
    expect((await post(server, persisted(hashOf(PlanDocument)))).json.data).toEqual({ plan: expect.objectContaining({ code: 'DAKLAK-CROPS-2026-2035' }) });
    const query = '{ plan { startYear } }';
    const unknown = await post(server, persisted(sha256(query)));
    expect(unknown.json.errors![0].extensions!.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await post(server, persisted(sha256(query), { query }))).json.data).toEqual({ plan: { startYear: 2026 } });
    expect((await post(server, persisted(sha256(query)))).json.data).toEqual({ plan: { startYear: 2026 } });
    const mismatch = await post(server, persisted(hashOf(PlanDocument), { query }));
    expect(mismatch.status).toBe(400);
  });

  it('lets the SDK client fall back to the text when the server does not know a hash', async () => {
    const calls: string[] = [];
    const client = new ApiClient({
      url: server.url,
      fetch: async (input, init) => {
        const body = JSON.parse(String(init!.body)) as { query?: string; extensions?: unknown };
        // A server without the manifest: the hash alone is unknown to it.
        calls.push(body.query ? 'text' : 'hash');
        const sent = body.query ? init! : { ...init, body: JSON.stringify({ ...body, extensions: persisted(sha256('unknown')).extensions }) };
        return fetch(input, sent);
      },
    });
    expect((await client.request(PlanDocument)).plan.code).toBe('DAKLAK-CROPS-2026-2035');
    expect(calls).toEqual(['hash', 'text']);
    expect(print(PlanDocument)).toContain('query Plan');
  });
});
