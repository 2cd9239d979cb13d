// Partner webhooks over real HTTP, with the worker in this process and a receiver on loopback (the
// development setting on): signed deliveries after a record change, a key seeing only its units,
// retries then a disabled subscription, redelivery, the outbox's transaction, and the SSRF refusals
// with the setting off.
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { fromGlobalId, toGlobalId } from 'graphql-relay';
import { Role } from '../../../src/core/auth/roles';
import { RequestContext } from '../../../src/core/context';
import { runWrite } from '../../../src/core/writes/write-pipeline';
import { deliverWebhook } from '../../../src/modules/webhooks/delivery';
import { WebhookWorker, startWebhookWorker } from '../../../src/modules/webhooks/worker';
import { createLogger } from '../../../src/server/logger';
import { HOME_UNIT, OTHER_UNIT, createTestApiKey, createTestUser, unitId } from '../../helpers/principals';
import { TestServer, startTestServer } from '../../helpers/test-server';
import { IMPORT, coffeeActivity, record, riceActivity } from '../emissions/fixtures';
import { CREATE_PILOT, Headers, UPDATE_PILOT, failure, mutate, ok, pilotInput } from '../field-records/fixtures';
import { WORK, workInput } from '../registers/crop-planning.fixtures';
import { APPLY, DECIDE, grant } from '../value-chain/fixtures';
import { EVENT, REGISTER, lotInput, lotWorld } from '../value-chain/lots.fixtures';
import { Receiver, startReceiver, waitFor } from './receiver';

jest.setTimeout(60_000);

const FAST = {
  WEBHOOK_ALLOW_INSECURE: 'on',
  WEBHOOK_SECRET_KEY: 'a-test-key-for-webhook-secrets-0123456789',
  WEBHOOK_POLL_INTERVAL_MS: '50',
  WEBHOOK_BACKOFF_BASE_MS: '20',
  WEBHOOK_BACKOFF_MAX_MS: '80',
  WEBHOOK_MAX_ATTEMPTS: '3',
  WEBHOOK_DISABLE_AFTER_FAILURES: '3',
  WEBHOOK_DELIVERY_TIMEOUT_MS: '2000',
};

const SUB_FIELDS = 'id url events status disabledReason consecutiveFailures version apiKeyId createdAt';
const CREATE_SUB = `mutation($input: CreateWebhookSubscriptionInput!) {
  createWebhookSubscription(input: $input) { webhookSubscription { ${SUB_FIELDS} } userErrors { field code message } } }`;
const UPDATE_SUB = `mutation($input: UpdateWebhookSubscriptionInput!) {
  updateWebhookSubscription(input: $input) { webhookSubscription { ${SUB_FIELDS} } userErrors { field code message } } }`;
const DELETE_SUB = `mutation($input: DeleteWebhookSubscriptionInput!) {
  deleteWebhookSubscription(input: $input) { webhookSubscription { id } userErrors { field code message } } }`;
const DELIVERIES = `query($id: ID!) { webhookDeliveries(subscriptionId: $id, first: 50) {
  totalCount edges { node { id event eventId status attempts responseStatus lastError durationMs lastAttemptAt deliveredAt createdAt redeliveryOf } } } }`;
const REDELIVER = `mutation($id: ID!) { redeliverWebhook(deliveryId: $id) { webhookDelivery { id eventId status redeliveryOf } userErrors { code } } }`;
const SUBSCRIPTIONS = `{ webhookSubscriptions(first: 50) { totalCount edges { node { id url } } } }`;

interface Delivery {
  id: string;
  event: string;
  eventId: string;
  status: string;
  attempts: number;
  responseStatus: number | null;
  lastError: string | null;
  redeliveryOf: string | null;
}

let server: TestServer;
let receiver: Receiver;
let worker: WebhookWorker;
let officer: Headers;
let otherOfficer: Headers;
let province: Headers;

/** The signature check a receiver runs (README, "Webhooks"). */
function verifies(body: string, header: string | undefined, secret: string): boolean {
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(body).digest('hex')}`);
  const given = Buffer.from(header ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

async function subscribe(headers: Headers, path: string, events: string[], secret: string, extra: Record<string, unknown> = {}) {
  const { record, userErrors } = await mutate(server, CREATE_SUB, { url: receiver.url(path), events, secret, ...extra }, headers);
  expect(userErrors).toEqual([]);
  return record!;
}

const deliveries = async (subscriptionId: string, headers: Headers) =>
  (await ok<{ webhookDeliveries: { edges: { node: Delivery }[] } }>(server, DELIVERIES, { id: subscriptionId }, headers)).webhookDeliveries.edges.map(
    (e) => e.node,
  );

const deliveryRows = (subscriptionGlobalId: string) =>
  server.database.dataSource.query(`SELECT * FROM webhook_delivery WHERE subscription_id = $1 ORDER BY sequence`, [fromGlobalId(subscriptionGlobalId).id]);

beforeAll(async () => {
  server = await startTestServer({ env: FAST });
  receiver = await startReceiver();
  worker = await startWebhookWorker({
    databaseUrl: server.database.url,
    dataSource: server.database.dataSource,
    settings: server.runtime.webhooks,
    logger: createLogger('silent'),
  });
  officer = (await createTestUser(server, Role.COMMUNE_OFFICER, { unitCode: HOME_UNIT })).headers;
  otherOfficer = (await createTestUser(server, Role.COMMUNE_OFFICER, { unitCode: OTHER_UNIT })).headers;
  province = (await createTestUser(server, Role.PROVINCE_OFFICER)).headers;
});

afterAll(async () => {
  await worker?.stop();
  await receiver?.close();
  await server?.stop();
});

describe('webhooks', () => {
  it("delivers a signed event after a record change, only to keys allowed to read the record's unit", async () => {
    const homeKey = await createTestApiKey(server, { scopes: ['pilots:read', 'webhooks:write'], administrativeUnitIds: [await unitId(server, HOME_UNIT)] });
    const otherKey = await createTestApiKey(server, { scopes: ['pilots:read', 'webhooks:write'], administrativeUnitIds: [await unitId(server, OTHER_UNIT)] });
    const noScopeKey = await createTestApiKey(server, { scopes: ['trainings:read', 'webhooks:write'] });
    const secret = 'home-secret-0123456789';
    const home = await subscribe(homeKey.headers, '/home', ['record.created', 'record.updated'], secret);
    const other = await subscribe(otherKey.headers, '/other', ['record.created'], 'other-secret-0123456789');
    const unscoped = await subscribe(noScopeKey.headers, '/unscoped', ['record.created'], 'unscoped-secret-0123456789');
    expect(home).toMatchObject({ status: 'ACTIVE', events: ['record.created', 'record.updated'], consecutiveFailures: 0, version: 1 });
    expect(home.apiKeyId).toBe(toGlobalId('ApiKey', homeKey.apiKey.id));

    const { record: pilot } = await mutate(server, CREATE_PILOT, pilotInput(), officer);
    const [received] = await waitFor('the home delivery', () => receiver.received('/home').length === 1 && receiver.received('/home'));
    // The outbox is written with the change: the other commune's key and the key without the scope have nothing.
    expect(await deliveryRows(other.id)).toHaveLength(0);
    expect(await deliveryRows(unscoped.id)).toHaveLength(0);

    expect(verifies(received.body, received.headers['x-signature-256'] as string, secret)).toBe(true);
    expect(verifies(received.body, received.headers['x-signature-256'] as string, 'another-secret-0123456')).toBe(false);
    const body = JSON.parse(received.body);
    expect(body).toEqual({
      eventId: expect.any(String),
      event: 'record.created',
      occurredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      data: { type: 'PilotModel', id: pilot!.id, version: 1, operation: 'createPilotModel', unitCode: HOME_UNIT },
    });
    expect(received.headers).toMatchObject({ 'x-webhook-event': 'record.created', 'content-type': 'application/json' });
    expect(Number(received.headers['x-webhook-timestamp'])).toBeGreaterThan(Date.now() / 1000 - 60);

    const [delivery] = await waitFor('the delivery to be recorded', async () => {
      const list = await deliveries(home.id, homeKey.headers);
      return list[0]?.status === 'SUCCEEDED' && list;
    });
    expect(received.headers['x-webhook-delivery']).toBe(delivery.id);
    expect(delivery).toMatchObject({ event: 'record.created', eventId: body.eventId, attempts: 1, responseStatus: 200, lastError: null, redeliveryOf: null });

    // An update reaches the home key; a pilot of the other commune reaches only the other key.
    await mutate(server, UPDATE_PILOT, { id: pilot!.id, expectedVersion: 1, households: 31 }, officer);
    await mutate(server, CREATE_PILOT, pilotInput({ administrativeUnitCode: OTHER_UNIT }), otherOfficer);
    await waitFor('the update', () => receiver.received('/home').length === 2);
    await waitFor('the other commune', () => receiver.received('/other').length === 1);
    expect(JSON.parse(receiver.received('/home')[1].body).data).toMatchObject({ id: pilot!.id, version: 2 });
    expect(JSON.parse(receiver.received('/other')[0].body).data.unitCode).toBe(OTHER_UNIT);
    expect(receiver.received('/home')).toHaveLength(2);
    expect(receiver.received('/unscoped')).toHaveLength(0);
  });

  it('publishes a status event (a progress report returned) through the same hook, to keys that may read it', async () => {
    const key = await createTestApiKey(server, { scopes: ['progress:read', 'webhooks:write'] });
    const otherUnitKey = await createTestApiKey(server, {
      scopes: ['progress:read', 'webhooks:write'],
      administrativeUnitIds: [await unitId(server, OTHER_UNIT)],
    });
    const sub = await subscribe(key.headers, '/returned', ['progress_report.returned'], 'returned-secret-0123456789');
    const elsewhere = await subscribe(otherUnitKey.headers, '/returned-other', ['progress_report.returned'], 'other-returned-secret-0123');
    const step = async (name: string, inputType: string, input: object, headers: Headers) => {
      const data = await ok<Record<string, { progressReport: { id: string; version: number } | null; userErrors: unknown[] }>>(
        server,
        `mutation($input: ${inputType}!) { ${name}(input: $input) { progressReport { id version } userErrors { code } } }`,
        { input },
        headers,
      );
      expect(data[name].userErrors).toEqual([]);
      return data[name].progressReport!;
    };
    const report = await step('createProgressReport', 'CreateProgressReportInput', { taskCode: 'I.4', year: 2026, status: 'AT_RISK' }, officer);
    await step('submitProgressReport', 'ProgressReportIdInput', { id: report.id }, officer);
    // Creating and submitting raised record events only: nothing was subscribed to them.
    expect(await deliveryRows(sub.id)).toHaveLength(0);
    const returned = await step('returnProgressReport', 'ProgressReportReasonInput', { id: report.id, reason: 'Bổ sung minh chứng' }, province);

    const [received] = await waitFor('the returned report', () => receiver.received('/returned').length === 1 && receiver.received('/returned'));
    expect(received.headers['x-webhook-event']).toBe('progress_report.returned');
    expect(JSON.parse(received.body)).toMatchObject({
      event: 'progress_report.returned',
      data: { type: 'ProgressReport', id: report.id, version: returned.version, operation: 'returnProgressReport', unitCode: HOME_UNIT },
    });
    expect(await deliveryRows(elsewhere.id)).toHaveLength(0);
  });

  it("publishes an import's created and changed rows (not the unchanged ones) in one statement, by unit", async () => {
    const key = await createTestApiKey(server, { scopes: ['activity:read', 'webhooks:write'], administrativeUnitIds: [await unitId(server, HOME_UNIT)] });
    const sub = await subscribe(key.headers, '/activity', ['record.created', 'record.updated'], 'activity-secret-0123456789');
    const rows = ['wh-a', 'wh-b', 'wh-c'].map((id) => record(id, HOME_UNIT, riceActivity, { year: 2031 }));
    const imported = async (records: object[]) => {
      const data = await ok<{ importActivityRecords: { summary: { conflicts: unknown[] }; records: { id: string; version: number }[] } }>(
        server,
        IMPORT,
        { input: { dryRun: false, records } },
        province,
      );
      expect(data.importActivityRecords.summary.conflicts).toEqual([]);
      return data.importActivityRecords.records;
    };
    const first = await imported([...rows, record('wh-other', OTHER_UNIT, riceActivity, { year: 2031 })]);
    type Event = { event: string; data: { id: string; version: number; unitCode: string } };
    const events = async (): Promise<Event[]> => ((await deliveryRows(sub.id)) as { body: string }[]).map((d) => JSON.parse(d.body) as Event);
    const created = await events();
    expect(created.map((e) => e.event)).toEqual(['record.created', 'record.created', 'record.created']);
    expect(new Set(created.map((e) => e.data.id))).toEqual(new Set(first.slice(0, 3).map((r) => r.id)));
    expect(created.every((e) => e.data.unitCode === HOME_UNIT && e.data.version === 1)).toBe(true);

    await imported([rows[0], rows[1], record('wh-c', HOME_UNIT, coffeeActivity, { year: 2031 })]);
    const after = await events();
    expect(after.slice(3).map((e) => [e.event, e.data.id, e.data.version])).toEqual([['record.updated', first[2].id, 2]]);
    await waitFor('the four deliveries', () => receiver.received('/activity').length === 4);
  });

  it("publishes the registers' writes too: a work of the key's commune reaches a key with infrastructure:read, another commune's does not", async () => {
    const key = await createTestApiKey(server, { scopes: ['infrastructure:read', 'webhooks:write'], administrativeUnitIds: [await unitId(server, HOME_UNIT)] });
    const sub = await subscribe(key.headers, '/works', ['record.created'], 'works-secret-0123456789');
    const { record: work, userErrors } = await mutate(server, WORK.create, workInput(), officer);
    expect(userErrors).toEqual([]);
    expect((await mutate(server, WORK.create, workInput({ administrativeUnitCode: OTHER_UNIT }), otherOfficer)).userErrors).toEqual([]);
    const [received] = await waitFor('the work', () => receiver.received('/works').length === 1 && receiver.received('/works'));
    expect(JSON.parse(received.body)).toMatchObject({
      event: 'record.created',
      data: { type: 'InfrastructureWork', id: work!.id, version: 1, operation: 'createInfrastructureWork', unitCode: HOME_UNIT },
    });
    expect(await deliveryRows(sub.id)).toHaveLength(1);
  });

  it('never returns the secret and stores it only encrypted', async () => {
    const fields = await ok<{ __type: { fields: { name: string }[] } }>(server, '{ __type(name: "WebhookSubscription") { fields { name } } }', {}, province);
    expect(fields.__type.fields.map((f) => f.name)).not.toContain('secret');
    const deliveryFields = await ok<{ __type: { fields: { name: string }[] } }>(
      server,
      '{ __type(name: "WebhookDelivery") { fields { name } } }',
      {},
      province,
    );
    expect(deliveryFields.__type.fields.map((f) => f.name)).not.toEqual(expect.arrayContaining(['secret', 'body']));
    const rows = await server.database.dataSource.query(`SELECT secret_ciphertext FROM webhook_subscription`);
    for (const { secret_ciphertext } of rows) expect(secret_ciphertext).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(JSON.stringify(rows)).not.toMatch(/secret-0123456789/);
    const audit = await server.database.dataSource.query(`SELECT changes::text AS c FROM audit_event WHERE entity_type = 'WebhookSubscription'`);
    expect(audit.length).toBeGreaterThan(0);
    expect(JSON.stringify(audit)).not.toMatch(/secret/i);
  });

  it('retries a failing receiver with backoff, disables the subscription, and delivers again once re-enabled', async () => {
    const key = await createTestApiKey(server, { scopes: ['pilots:read', 'webhooks:write'] });
    const secret = 'failing-secret-0123456789';
    receiver.failWith.set('/fail', 500);
    const sub = await subscribe(key.headers, '/fail', ['record.created'], secret);
    await mutate(server, CREATE_PILOT, pilotInput(), officer);

    const failed = await waitFor('the subscription to be disabled', async () => {
      const [row] = await server.database.dataSource.query(`SELECT status FROM webhook_subscription WHERE id = $1`, [fromGlobalId(sub.id).id]);
      const list = await deliveries(sub.id, key.headers);
      return row.status === 'DISABLED' && list[0]?.status === 'FAILED' && list;
    });
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ attempts: 3, responseStatus: 500, lastError: 'HTTP 500' });
    const attempts = receiver.received('/fail');
    expect(attempts).toHaveLength(3);
    expect(new Set(attempts.map((a) => a.headers['x-webhook-delivery']))).toEqual(new Set([failed[0].id]));
    expect(new Set(attempts.map((a) => a.body)).size).toBe(1);

    const { webhookSubscriptions } = await ok<{ webhookSubscriptions: { edges: { node: Record<string, unknown> }[] } }>(
      server,
      `{ webhookSubscriptions(first: 10) { edges { node { ${SUB_FIELDS} } } } }`,
      {},
      key.headers,
    );
    const shown = webhookSubscriptions.edges[0].node;
    expect(shown).toMatchObject({ id: sub.id, status: 'DISABLED', consecutiveFailures: 3 });
    expect(shown.disabledReason).toMatch(/3 failed attempts in a row; the last: HTTP 500/);

    // While disabled: a change is not delivered, and redelivery asks to re-enable first.
    await mutate(server, CREATE_PILOT, pilotInput(), officer);
    expect(await deliveryRows(sub.id)).toHaveLength(1);
    const refused = await ok<{ redeliverWebhook: { userErrors: unknown[] } }>(server, REDELIVER, { id: failed[0].id }, key.headers).catch((e: Error) => e);
    expect(String(refused)).toMatch(/SUBSCRIPTION_DISABLED/);

    receiver.failWith.delete('/fail');
    const { record: enabled } = await mutate(server, UPDATE_SUB, { id: sub.id, expectedVersion: shown.version, active: true }, key.headers);
    expect(enabled).toMatchObject({ status: 'ACTIVE', consecutiveFailures: 0, disabledReason: null });

    const again = await ok<{ redeliverWebhook: { webhookDelivery: Delivery } }>(server, REDELIVER, { id: failed[0].id }, key.headers);
    expect(again.redeliverWebhook.webhookDelivery).toMatchObject({ eventId: failed[0].eventId, status: 'PENDING', redeliveryOf: failed[0].id });
    await waitFor('the redelivery', () => receiver.received('/fail').length === 4);
    const last = receiver.received('/fail')[3];
    expect(last.body).toBe(attempts[0].body);
    expect(last.headers['x-webhook-delivery']).toBe(again.redeliverWebhook.webhookDelivery.id);
    expect(verifies(last.body, last.headers['x-signature-256'] as string, secret)).toBe(true);
    const after = await waitFor('the redelivery to be recorded', async () => {
      const list = await deliveries(sub.id, key.headers);
      return list[0].status === 'SUCCEEDED' && list;
    });
    expect(after.map((d) => [d.status, d.attempts])).toEqual([
      ['SUCCEEDED', 1],
      ['FAILED', 3],
    ]);
  });

  it('a key sees and manages only its own subscriptions; officers manage any key', async () => {
    const mine = await createTestApiKey(server, { scopes: ['webhooks:write'] });
    const theirs = await createTestApiKey(server, { scopes: ['webhooks:write'] });
    const sub = await subscribe(mine.headers, '/mine', ['inventory.verified'], 'mine-secret-0123456789');
    const byOfficer = await subscribe(province, '/for-theirs', ['record.deleted'], 'theirs-secret-0123456789', {
      apiKeyId: toGlobalId('ApiKey', theirs.apiKey.id),
    });
    const listed = async (headers: Headers) =>
      (await ok<{ webhookSubscriptions: { edges: { node: { id: string } }[] } }>(server, SUBSCRIPTIONS, {}, headers)).webhookSubscriptions.edges.map(
        (e) => e.node.id,
      );
    expect(await listed(mine.headers)).toEqual([sub.id]);
    expect(await listed(theirs.headers)).toEqual([byOfficer.id]);
    expect(await listed(province)).toEqual(expect.arrayContaining([sub.id, byOfficer.id]));

    expect(await failure(server, DELIVERIES, { id: sub.id }, theirs.headers)).toMatchObject({ code: 'NOT_FOUND' });
    // Without a subscription: the deliveries of every subscription the caller sees.
    const allDeliveries = async (headers: Headers) =>
      (await ok<{ webhookDeliveries: { totalCount: number } }>(server, '{ webhookDeliveries(first: 1) { totalCount } }', {}, headers)).webhookDeliveries
        .totalCount;
    const [{ n: stored }] = await server.database.dataSource.query(`SELECT count(*)::int AS n FROM webhook_delivery`);
    expect(stored).toBeGreaterThan(0);
    expect(await allDeliveries(theirs.headers)).toBe(0);
    expect(await allDeliveries(province)).toBe(stored);
    expect(await failure(server, UPDATE_SUB, { input: { id: sub.id, expectedVersion: 1, events: ['record.created'] } }, theirs.headers)).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(
      await failure(
        server,
        CREATE_SUB,
        { input: { url: receiver.url('/x'), events: ['record.created'], secret: 'x'.repeat(16), apiKeyId: toGlobalId('ApiKey', mine.apiKey.id) } },
        theirs.headers,
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
    const viaNode = await server.requestText<{ node: null | { id: string } }>(`{ node(id: "${sub.id}") { id } }`, {}, theirs.headers);
    expect(viaNode.data?.node ?? null).toBeNull();

    expect(await failure(server, UPDATE_SUB, { input: { id: sub.id, expectedVersion: 7, events: ['record.created'] } }, mine.headers)).toMatchObject({
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
    });
    const { record: deleted } = await mutate(server, DELETE_SUB, { id: sub.id, expectedVersion: 1 }, province);
    expect(deleted).toMatchObject({ id: sub.id });
    expect(await listed(mine.headers)).toEqual([]);
  });

  it('refuses bad input: unknown events, short secrets, and (setting off) private, loopback, metadata and non-https URLs', async () => {
    const key = await createTestApiKey(server, { scopes: ['webhooks:write'] });
    const create = (input: Record<string, unknown>) =>
      failure(server, CREATE_SUB, { input: { url: 'https://8.8.8.8/hook', events: ['record.created'], secret: 's'.repeat(20), ...input } }, key.headers);
    expect(await create({ events: ['lot.created'] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.events[0]', reason: 'UNKNOWN_EVENT' });
    expect(await create({ events: [] })).toMatchObject({ field: 'input.events', reason: 'REQUIRED' });
    expect(await create({ secret: 'short' })).toMatchObject({ field: 'input.secret', reason: 'TOO_SHORT' });
    expect(await create({ secret: `${'s'.repeat(20)}\u0000` })).toMatchObject({ code: 'BAD_USER_INPUT' });

    const settings = server.runtime.webhooks;
    server.runtime.webhooks = { ...settings, allowInsecure: false };
    try {
      for (const url of [
        receiver.url('/hook'),
        'https://127.0.0.1/hook',
        'https://localhost/hook',
        'https://2130706433/',
        'https://0x7f.0.0.1/',
        'https://[::1]/',
        'https://[::ffff:127.0.0.1]/',
        'https://10.1.2.3/',
        'https://192.168.0.10/',
        'https://169.254.169.254/latest/meta-data/',
        'https://[fd00:ec2::254]/',
        'https://100.100.100.200/',
        'https://0.0.0.0/',
      ]) {
        const refusal = await create({ url });
        expect([url, refusal.code, refusal.field]).toEqual([url, 'BAD_USER_INPUT', 'input.url']);
        expect(['NOT_HTTPS', 'FORBIDDEN_ADDRESS']).toContain(refusal.reason);
      }
      expect(await create({ url: receiver.url('/hook') })).toMatchObject({ reason: 'NOT_HTTPS' });
      const { userErrors } = await mutate(server, CREATE_SUB, { url: 'https://8.8.8.8/hook', events: ['record.created'], secret: 's'.repeat(20) }, key.headers);
      expect(userErrors).toEqual([]);
    } finally {
      server.runtime.webhooks = settings;
    }
  });

  it('checks the address again at delivery and connects to the address it checked (DNS rebinding)', async () => {
    const key = await createTestApiKey(server, { scopes: ['pilots:read', 'webhooks:write'] });
    const sub = await subscribe(key.headers, '/rebind', ['record.created'], 'rebind-secret-0123456789');
    const subscriptionId = fromGlobalId(sub.id).id;
    const ds = server.database.dataSource;
    // A name that no DNS knows: only the resolver given to the delivery can make it reachable.
    const setUrl = (url: string) => ds.query(`UPDATE webhook_subscription SET url = $2 WHERE id = $1`, [subscriptionId, url]);
    const queued = async () => {
      // A delivery row without a queue job: only the calls below attempt it.
      const [row] = await ds.query(
        `INSERT INTO webhook_delivery (subscription_id, event, event_id, body) VALUES ($1, 'record.created', $2, '{}') RETURNING id`,
        [subscriptionId, randomUUID()],
      );
      return row.id as string;
    };
    const logger = createLogger('silent');
    const toLoopback = () => Promise.resolve([{ address: '127.0.0.1', family: 4 }]);

    await setUrl('https://rebind.test/rebind');
    const refused = await queued();
    await deliverWebhook({ dataSource: ds, settings: { ...server.runtime.webhooks, allowInsecure: false }, logger, resolve: toLoopback }, refused);
    const [row] = await ds.query(`SELECT status, attempts, last_error FROM webhook_delivery WHERE id = $1`, [refused]);
    expect(row).toMatchObject({ status: 'PENDING', attempts: 1 });
    expect(row.last_error).toMatch(/^refused: .*loopback/);
    expect(receiver.received('/rebind')).toHaveLength(0);

    await setUrl(receiver.url('/rebind').replace('127.0.0.1', 'rebind.test'));
    const allowed = await queued();
    await deliverWebhook({ dataSource: ds, settings: server.runtime.webhooks, logger, resolve: toLoopback }, allowed);
    expect(receiver.received('/rebind')).toHaveLength(1);
    expect(receiver.received('/rebind')[0].headers.host).toMatch(/^rebind\.test:/);
  });

  it('leaves no delivery when the write rolls back, and costs a write at most one statement when no subscription wants its event', async () => {
    const key = await createTestApiKey(server, { scopes: ['pilots:read', 'webhooks:write'] });
    await subscribe(key.headers, '/rollback', ['record.created'], 'rollback-secret-0123456789');
    const home = await unitId(server, HOME_UNIT);
    const ctx: RequestContext = {
      requestId: randomUUID(),
      principal: { kind: 'USER', userId: randomUUID(), role: Role.ADMIN, agencyId: null, administrativeUnitId: null, organisationId: null, unitScope: 'ALL' },
      clientAddress: null,
      logger: createLogger('silent'),
      dataSource: server.database.dataSource,
      loaders: {} as RequestContext['loaders'],
      runtime: server.runtime,
      signal: new AbortController().signal,
    };
    const fakeRecord = () => ({ id: randomUUID(), version: 1, deletedAt: null, administrativeUnitId: home });
    const countFor = async (id: string) =>
      (await server.database.dataSource.query(`SELECT count(*)::int AS n FROM webhook_delivery WHERE body LIKE $1`, [`%${toGlobalId('PilotModel', id)}%`]))[0]
        .n;

    const rolledBack = fakeRecord();
    const failing = runWrite(ctx, {
      operation: 'createPilotModel',
      entityType: 'PilotModel',
      write: () => Promise.resolve(rolledBack),
      // The change and its outbox rows are written, then the commit fails.
      transaction: (work) =>
        server.database.dataSource.transaction(async (manager) => {
          await work(manager);
          throw new Error('the commit failed');
        }),
    });
    await expect(failing).rejects.toThrow('the commit failed');
    expect(await countFor(rolledBack.id)).toBe(0);

    const committed = fakeRecord();
    await runWrite(ctx, { operation: 'createPilotModel', entityType: 'PilotModel', write: () => Promise.resolve(committed) });
    expect(await countFor(committed.id)).toBeGreaterThan(0);

    // The cost on the write: nothing without listeners; one statement when no subscription wants the
    // event; two when deliveries are due (the INSERT…SELECT and the queue's add_job).
    const ds = server.database.dataSource;
    const createCost = async () => {
      expect((await mutate(server, CREATE_PILOT, pilotInput(), officer)).userErrors).toEqual([]);
      return server.lastSqlStatements();
    };
    const listeners = server.runtime.recordChangeListeners;
    server.runtime.recordChangeListeners = [];
    const bare = await createCost().finally(() => (server.runtime.recordChangeListeners = listeners));
    expect(await createCost()).toBe(bare + 2);
    const [active] = await ds.query(`UPDATE webhook_subscription SET status = 'DISABLED' WHERE status = 'ACTIVE' RETURNING id`);
    try {
      expect(await createCost()).toBe(bare + 1);
    } finally {
      await ds.query(`UPDATE webhook_subscription SET status = 'ACTIVE' WHERE id = ANY($1)`, [active.map((r: { id: string }) => r.id)]);
    }
  });
});

describe('webhooks: the value chain', () => {
  type Event = { event: string; data: { type: string; id: string; version: number; operation: string; unitCode: string | null } };
  const events = async (subscriptionId: string): Promise<Event[]> =>
    ((await deliveryRows(subscriptionId)) as { body: string }[]).map((d) => JSON.parse(d.body) as Event);

  it("publishes a lot's registration and custody events to keys with lots:read in its commune, not to keys without the scope or of another commune", async () => {
    const world = await lotWorld(server);
    const lotKey = await createTestApiKey(server, { scopes: ['lots:read', 'webhooks:write'], administrativeUnitIds: [await unitId(server, HOME_UNIT)] });
    const otherKey = await createTestApiKey(server, { scopes: ['lots:read', 'webhooks:write'], administrativeUnitIds: [await unitId(server, OTHER_UNIT)] });
    const noScopeKey = await createTestApiKey(server, { scopes: ['certifications:read', 'webhooks:write'] });
    const both = ['record.created', 'record.updated'];
    const sub = await subscribe(lotKey.headers, '/lots', both, 'lots-secret-0123456789');
    const other = await subscribe(otherKey.headers, '/lots-other', both, 'lots-other-secret-0123456789');
    const unscoped = await subscribe(noScopeKey.headers, '/lots-unscoped', both, 'lots-unscoped-secret-0123456');

    const { record: lot, userErrors } = await mutate(server, REGISTER, lotInput(world), world.callers.homeOfficer);
    expect(userErrors).toEqual([]);
    const sold = await mutate(server, EVENT, { lotId: lot!.id, kind: 'SOLD', quantityKg: 400, date: '2026-11-20' }, world.callers.homeOfficer);
    expect(sold.userErrors).toEqual([]);
    expect((await events(sub.id)).map((e) => [e.event, e.data])).toEqual([
      ['record.created', { type: 'ProductLot', id: lot!.id, version: 1, operation: 'registerProductLot', unitCode: HOME_UNIT }],
      ['record.updated', { type: 'ProductLot', id: lot!.id, version: 2, operation: 'recordLotEvent', unitCode: HOME_UNIT }],
    ]);
    await waitFor('the two lot deliveries', () => receiver.received('/lots').length === 2);
    expect(await deliveryRows(other.id)).toHaveLength(0);
    expect(await deliveryRows(unscoped.id)).toHaveLength(0);
  });

  it('publishes a certification decision as record.updated to keys with certifications:read, not to keys without the scope', async () => {
    const world = await lotWorld(server);
    const certKey = await createTestApiKey(server, { scopes: ['certifications:read', 'webhooks:write'] });
    const lotsOnlyKey = await createTestApiKey(server, { scopes: ['lots:read', 'webhooks:write'] });
    const sub = await subscribe(certKey.headers, '/certifications', ['record.updated'], 'cert-secret-0123456789');
    const unscoped = await subscribe(lotsOnlyKey.headers, '/certifications-unscoped', ['record.created', 'record.updated'], 'cert-unscoped-secret-01234');

    const applied = await mutate(
      server,
      APPLY,
      { scheme: 'LOW_EMISSION_LABEL', organisationId: world.organisation.id, crops: ['coffee'], areaHa: 120 },
      world.callers.homeOfficer,
    );
    expect(applied.userErrors).toEqual([]);
    const id = applied.record!.id;
    const review = await mutate(server, DECIDE, { id, expectedVersion: 1, status: 'UNDER_REVIEW', reason: 'Thẩm định' }, world.callers.province);
    expect(review.userErrors).toEqual([]);
    const granted = await mutate(server, DECIDE, grant(id, 2), world.callers.province);
    expect(granted.userErrors).toEqual([]);
    // The application (record.created) was not subscribed to; each decision is a record.updated.
    expect((await events(sub.id)).map((e) => [e.event, e.data])).toEqual([
      ['record.updated', { type: 'Certification', id, version: 2, operation: 'decideCertification', unitCode: null }],
      ['record.updated', { type: 'Certification', id, version: 3, operation: 'decideCertification', unitCode: null }],
    ]);
    await waitFor('the two decisions', () => receiver.received('/certifications').length === 2);
    expect(await deliveryRows(unscoped.id)).toHaveLength(0);
  });
});
