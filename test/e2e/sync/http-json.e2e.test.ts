// The http-json adapter against the receiver simulator over real HTTP: how every kind of answer (and
// non-answer) is classified, idempotent re-delivery, credentials, and the simulator's own endpoints.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DeliveryFailure, SyncAdapter } from '../../../src/modules/sync/adapter';
import { httpJsonAdapter } from '../../../src/modules/sync/adapters/http-json';
import { FailureMode, Simulator, startSimulator } from '../../../tools/national-sim/simulator';
import { fixtureSource } from './fixtures';

jest.setTimeout(30_000);

let simulator: Simulator;
let adapter: SyncAdapter;
beforeAll(async () => {
  simulator = await startSimulator({ bearerToken: 'national-secret', defaultDelayMs: 300 });
  adapter = connect({ url: simulator.submissionsUrl, bearerTokenEnv: 'TEST_NATIONAL_TOKEN' });
});
afterAll(async () => {
  await simulator.stop();
});
beforeEach(() => simulator.reset());

function connect(settings: Record<string, unknown>): SyncAdapter {
  const env = { TEST_NATIONAL_TOKEN: 'national-secret' };
  return httpJsonAdapter.create(httpJsonAdapter.validateConfig(settings, { env, dataDir: os.tmpdir() }), 'national');
}

const submission = () => adapter.buildSubmission(fixtureSource(randomUUID(), 2));
const within = (ms: number) => AbortSignal.timeout(ms);

async function failureOf(promise: Promise<unknown>): Promise<DeliveryFailure> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DeliveryFailure);
  return error as DeliveryFailure;
}

describe('the http-json adapter', () => {
  it('delivers with the Idempotency-Key, bearer token and content hash, and returns the ack id', async () => {
    const sent = submission();
    const receipt = await adapter.deliver(sent, 'key-accept', within(2000));
    const [held] = simulator.submissions();
    expect(receipt).toEqual({ ackId: held.ackId });
    expect(held).toMatchObject({ idempotencyKey: 'key-accept', contentHash: sent.contentHash, version: 2, replacesVersion: 1 });
    expect(held.document).toEqual(JSON.parse(sent.body));
    expect(await adapter.pollStatus!(held.ackId, within(2000))).toEqual({ state: 'RECEIVED', detail: null });
  });

  it.each<[FailureMode, DeliveryFailure['kind'], RegExp]>([
    ['error-500', 'TEMPORARY', /^HTTP 500: simulated HTTP 500$/],
    ['error-503', 'TEMPORARY', /^HTTP 503/],
    ['error-429', 'TEMPORARY', /^HTTP 429/],
    ['error-401', 'AUTH', /^HTTP 401/],
    ['error-422', 'PERMANENT', /^HTTP 422: simulated HTTP 422$/],
    ['drop', 'TEMPORARY', /^network error/],
  ])('classifies %s as %s', async (mode, kind, message) => {
    simulator.failNext(mode, 1);
    const failure = await failureOf(adapter.deliver(submission(), `key-${mode}`, within(2000)));
    expect(failure.kind).toBe(kind);
    expect(failure.message).toMatch(message);
    expect(simulator.submissions()).toHaveLength(0);
  });

  it("passes on the receiver's Retry-After", async () => {
    simulator.failNext('error-429', 1);
    expect((await failureOf(adapter.deliver(submission(), 'key-429', within(2000)))).retryAfterMs).toBe(0);
  });

  it('treats no answer within the timeout as TEMPORARY, and a slow answer within it as an answer', async () => {
    simulator.failNext('timeout', 1);
    const failure = await failureOf(adapter.deliver(submission(), 'key-timeout', within(300)));
    expect(failure.kind).toBe('TEMPORARY');
    expect(failure.message).toMatch(/^no answer/);
    simulator.failNext('slow', 1, 200);
    expect((await adapter.deliver(submission(), 'key-slow', within(2000))).ackId).toMatch(/^NAT-/);
  });

  it('after an accepted-then-dropped delivery, the retry with the same key gets the same ack ("already received")', async () => {
    const sent = submission();
    simulator.failNext('accept-then-drop', 1, 50);
    expect((await failureOf(adapter.deliver(sent, 'key-dropped', within(2000)))).kind).toBe('TEMPORARY');
    const [held] = simulator.submissions();
    expect(held.idempotencyKey).toBe('key-dropped');
    expect(await adapter.deliver(sent, 'key-dropped', within(2000))).toEqual({ ackId: held.ackId });
    expect(simulator.submissions()).toHaveLength(1);
    expect(simulator.requests().map((r) => r.outcome)).toEqual(['FAILED:accept-then-drop', 'DUPLICATE']);
  });

  it('refuses to reuse a key for other content (PERMANENT)', async () => {
    await adapter.deliver(submission(), 'key-reused', within(2000));
    const failure = await failureOf(adapter.deliver(submission(), 'key-reused', within(2000)));
    expect(failure).toMatchObject({ kind: 'PERMANENT', message: expect.stringMatching(/^HTTP 422: this Idempotency-Key was used/) });
  });

  it('reports refused credentials as AUTH', async () => {
    const wrong = connect({ url: simulator.submissionsUrl, bearerToken: 'not-the-secret' });
    expect((await failureOf(wrong.deliver(submission(), 'key-auth', within(2000)))).kind).toBe('AUTH');
    const anonymous = connect({ url: simulator.submissionsUrl });
    expect((await failureOf(anonymous.deliver(submission(), 'key-auth', within(2000)))).kind).toBe('AUTH');
  });

  it('reports a receiver that is not listening as TEMPORARY', async () => {
    const closed = await startSimulator();
    await closed.stop();
    const gone = connect({ url: closed.submissionsUrl });
    expect(await failureOf(gone.deliver(submission(), 'key-gone', within(2000)))).toMatchObject({
      kind: 'TEMPORARY',
      message: expect.stringMatching(/ECONNREFUSED/),
    });
  });
});

describe('the receiver simulator', () => {
  it('is controlled and read over HTTP, and keeps what it accepted in its store file', async () => {
    const storeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'national-sim-'));
    const storeFile = path.join(storeDir, 'store.json');
    const sim = await startSimulator({ storeFile });
    const control = await fetch(`${sim.url}/control/failures`, { method: 'POST', body: JSON.stringify({ mode: 'error-503', count: 2 }) });
    expect(control.status).toBe(200);
    const post = () =>
      fetch(sim.submissionsUrl, { method: 'POST', headers: { 'idempotency-key': 'k1' }, body: JSON.stringify({ inventory: { id: 'x', version: 1 } }) });
    expect([(await post()).status, (await post()).status, (await post()).status, (await post()).status]).toEqual([503, 503, 201, 409]);
    const listed = (await (await fetch(sim.submissionsUrl)).json()) as { ackId: string; idempotencyKey: string }[];
    expect(listed).toHaveLength(1);
    expect((await fetch(`${sim.submissionsUrl}/${listed[0].ackId}`)).status).toBe(200);
    const requests = (await (await fetch(`${sim.url}/requests`)).json()) as { outcome: string }[];
    expect(requests.map((r) => r.outcome)).toEqual(['FAILED:error-503', 'FAILED:error-503', 'ACCEPTED', 'DUPLICATE']);
    expect((await fetch(`${sim.url}/control/failures`, { method: 'POST', body: JSON.stringify({ mode: 'explode' }) })).status).toBe(400);
    await sim.stop();

    const restarted = await startSimulator({ storeFile });
    expect(restarted.submissions().map((s) => s.ackId)).toEqual([listed[0].ackId]);
    const again = await fetch(restarted.submissionsUrl, {
      method: 'POST',
      headers: { 'idempotency-key': 'k1' },
      body: JSON.stringify({ inventory: { id: 'x', version: 1 } }),
    });
    expect(again.status).toBe(409);
    await restarted.stop();
    fs.rmSync(storeDir, { recursive: true, force: true });
  });
});
