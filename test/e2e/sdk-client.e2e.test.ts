// The SDK client end to end, as a commune officer's field app uses it against a server that accepts
// only the SDK's operations: login, a token renewed after expiry, writes retried with their
// idempotency key after a lost answer, and a change-feed sync compared with the list.
import {
  ApiClient,
  ApiError,
  CreatePilotModelDocument,
  DeletePilotModelDocument,
  MeDocument,
  MemoryPendingWriteStore,
  MemorySyncStore,
  PilotModelChangesDocument,
  PilotModelFieldsFragment,
  PilotModelsDocument,
  PilotModelsQuery,
  Session,
  UpdatePilotModelDocument,
  WriteQueue,
  syncChanges,
  withoutUserErrors,
} from '@daklak-lowemission/client';
import { Role } from '../../src/core/auth/roles';
import { signAccessToken } from '../../src/modules/identity/access-tokens';
import { User } from '../../src/modules/identity/user.entity';
import { HOME_UNIT, TEST_PASSWORD, createTestUser } from '../helpers/principals';
import { TestServer, startTestServer } from '../helpers/test-server';
import { count, pilotInput, rawId } from './field-records/fixtures';

let server: TestServer;
let officer: User;
beforeAll(async () => {
  server = await startTestServer({ env: { PERSISTED_OPERATIONS: 'only' } });
  officer = (await createTestUser(server, Role.COMMUNE_OFFICER, { unitCode: HOME_UNIT })).user;
});
afterAll(async () => {
  await server.stop();
});

/** A fetch that records each operation sent and can lose the answer of the next write (the app sees a network error). */
function recordingFetch() {
  const sent: string[] = [];
  let loseNextAnswerOf: string | null = null;
  const impl: typeof fetch = async (input, init) => {
    const body = JSON.parse(String(init!.body)) as { operationName: string; query?: string };
    expect(body.query).toBeUndefined(); // only hashes: the server accepts nothing else
    sent.push(body.operationName);
    const response = await fetch(input, init);
    if (loseNextAnswerOf === body.operationName) {
      loseNextAnswerOf = null;
      throw new TypeError('fetch failed: connection reset');
    }
    return response;
  };
  return { impl, sent, loseAnswerOf: (name: string) => (loseNextAnswerOf = name) };
}

async function signedIn() {
  const network = recordingFetch();
  // The app's own session store (secure storage on a phone).
  const saved: { session: Session | null } = { session: null };
  const sessionStore = { get: () => saved.session, set: (session: Session | null) => void (saved.session = session) };
  const client = new ApiClient({ url: server.url, fetch: network.impl, sessionStore });
  const user = await client.login(officer.email, TEST_PASSWORD);
  return { client, network, user, saved };
}

/** Every live pilot of the officer's commune, by the list, as id → version. */
async function listed(client: ApiClient): Promise<Map<string, number>> {
  const seen = new Map<string, number>();
  let after: string | null = null;
  for (;;) {
    const { pilotModels }: PilotModelsQuery = await client.request(PilotModelsDocument, { first: 3, after, filter: { administrativeUnitCode: HOME_UNIT } });
    for (const { node } of pilotModels.edges) seen.set(node.id, node.version);
    if (!pilotModels.pageInfo.hasNextPage) return seen;
    after = pilotModels.pageInfo.endCursor;
  }
}

describe('the SDK client', () => {
  it('logs in, renews an expired access token once with the refresh token, and logs out', async () => {
    const { client, network, user, saved } = await signedIn();
    expect(user).toMatchObject({ email: officer.email, role: 'COMMUNE_OFFICER', administrativeUnit: { code: HOME_UNIT } });
    const first = (await client.session())!;

    // The access token expires (an hour ago); two requests at once share one renewal.
    const expired = signAccessToken(officer.id, server.config.auth, new Date(Date.now() - 3_600_000)).token;
    saved.session = { ...first, accessToken: expired };
    network.sent.length = 0;
    const [a, b] = await Promise.all([client.request(MeDocument), client.request(MeDocument)]);
    expect(a.me.email).toBe(officer.email);
    expect(b.me.email).toBe(officer.email);
    expect(network.sent.filter((name) => name === 'RefreshToken')).toHaveLength(1);
    const renewed = (await client.session())!;
    expect(renewed.refreshToken).not.toBe(first.refreshToken); // rotated
    expect(renewed.accessToken).not.toBe(expired);

    await client.logout();
    expect(await client.session()).toBeNull();
    await expect(client.request(MeDocument)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    // The old refresh token no longer renews anything.
    const stale = new ApiClient({ url: server.url, sessionStore: { get: () => ({ ...renewed, accessToken: expired }), set: () => undefined } });
    await expect(stale.request(MeDocument)).rejects.toBeInstanceOf(ApiError);
  });

  it('throws ApiError with the code and field of a refusal, and USER_ERRORS for a payload’s userErrors', async () => {
    const { client } = await signedIn();
    const refused = await client.request(CreatePilotModelDocument, { input: pilotInput({ areaHa: 0 }) }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.areaHa', reason: 'NOT_POSITIVE', status: 200 });
    expect((refused as ApiError).requestId).toEqual(expect.any(String));
    const input = pilotInput();
    withoutUserErrors((await client.request(CreatePilotModelDocument, { input: input })).createPilotModel);
    const taken = (await client.request(CreatePilotModelDocument, { input: { ...input, name: 'Khác' } })).createPilotModel;
    expect(() => withoutUserErrors(taken)).toThrow(expect.objectContaining({ code: 'USER_ERRORS', field: 'input.code' }));
  });

  it('retries a queued write whose answer was lost with the same idempotency key: one record, one audit event', async () => {
    const { client, network } = await signedIn();
    const queue = new WriteQueue(client, new MemoryPendingWriteStore(), [CreatePilotModelDocument, UpdatePilotModelDocument]);
    const input = pilotInput();
    const pending = await queue.enqueue(CreatePilotModelDocument, input);
    expect(pending.key).toMatch(/^[0-9a-f-]{36}$/);

    network.loseAnswerOf('CreatePilotModel');
    const lost = await queue.flush();
    expect(lost.sent).toEqual([]);
    expect(lost.stoppedBy).toMatchObject({ write: { key: pending.key, attempts: 1 }, error: { code: 'NETWORK_ERROR' } });
    // The server did write it; the app does not know.
    expect(await count(server, 'pilot_model', 'code = $1', [input.code])).toBe(1);

    const retried = await queue.flush();
    expect(retried.stoppedBy).toBeNull();
    expect(retried.sent).toHaveLength(1);
    expect(retried.sent[0].write).toMatchObject({ key: pending.key, attempts: 2, input: { idempotencyKey: pending.key } });
    const pilot = (retried.sent[0].data as { createPilotModel: { pilotModel: PilotModelFieldsFragment } }).createPilotModel.pilotModel;
    expect(await count(server, 'pilot_model', 'code = $1', [input.code])).toBe(1);
    expect(await count(server, 'audit_event', `action = 'createPilotModel' AND entity_id = $1`, [rawId(pilot.id)])).toBe(1);
    expect((await queue.flush()).sent).toEqual([]);

    // A write the API refuses for good leaves the queue and is reported.
    await queue.enqueue(UpdatePilotModelDocument, { id: pilot.id, expectedVersion: 7, name: 'Đổi tên' });
    // So does one whose payload has userErrors (the code is taken).
    await queue.enqueue(CreatePilotModelDocument, { ...input, idempotencyKey: undefined, name: 'Khác' });
    const refused = await queue.flush();
    expect(refused.refused.map((r) => [r.error.code, r.error.reason ?? r.error.field])).toEqual([
      ['CONFLICT', 'STALE_VERSION'],
      ['USER_ERRORS', 'input.code'],
    ]);
    expect(refused.sent).toEqual([]);

    // A session that has ended keeps the write, with its key, for after the next login.
    await client.logout();
    const kept = await queue.enqueue(UpdatePilotModelDocument, { id: pilot.id, expectedVersion: 1, name: 'Đổi tên' });
    expect((await queue.flush()).stoppedBy).toMatchObject({ write: { key: kept.key }, error: { code: 'UNAUTHENTICATED' } });
    await client.login(officer.email, TEST_PASSWORD);
    const later = await queue.flush();
    expect(later.sent.map((s) => s.write.key)).toEqual([kept.key]);
  });

  it('syncs the pilot change feed into a local store that matches the list, deletions included', async () => {
    const { client } = await signedIn();
    const store = new MemorySyncStore<PilotModelFieldsFragment>();
    const create = async () => withoutUserErrors((await client.request(CreatePilotModelDocument, { input: pilotInput() })).createPilotModel).pilotModel!;
    const pilots = [await create(), await create(), await create(), await create()];

    const initial = await syncChanges(client, PilotModelChangesDocument, store, { pageSize: 2 });
    expect(initial.pages).toBeGreaterThan(1);
    const asVersions = () => new Map([...store.records.values()].map((r) => [r.id, r.version]));
    expect(asVersions()).toEqual(await listed(client));

    await client.request(UpdatePilotModelDocument, { input: { id: pilots[0].id, expectedVersion: 1, status: 'ACTIVE' } });
    await client.request(DeletePilotModelDocument, { input: { id: pilots[1].id, expectedVersion: 1 } });
    const added = await create();
    const next = await syncChanges(client, PilotModelChangesDocument, store, { pageSize: 2 });
    expect(next.stored + next.deleted).toBeGreaterThanOrEqual(3);
    expect(next.watermark >= initial.watermark).toBe(true);
    expect(store.watermark()).toBe(next.watermark);
    expect(store.records.get(pilots[0].id)).toMatchObject({ status: 'ACTIVE', version: 2 });
    expect(store.records.has(pilots[1].id)).toBe(false);
    expect(store.tombstones.get(pilots[1].id)).toBe(2);
    expect(store.records.get(added.id)).toMatchObject({ version: 1 });
    expect(asVersions()).toEqual(await listed(client));

    // Nothing changed since: at most a record of the watermark's own millisecond comes again, and is ignored.
    const quiet = await syncChanges(client, PilotModelChangesDocument, store);
    expect(quiet.stored + quiet.deleted).toBe(0);
  });
});
