// Guarantees of the national sync with a worker in this process and the receiver simulator over HTTP:
// retries with backoff while the receiver is down, a stop on a permanent or auth failure, nothing
// sent for an unverified inventory, re-verified versions, resends, and the outbox's transaction.
import { randomUUID } from 'node:crypto';
import { QUEUE_SCHEMA, enqueueInventorySync, queueJobKey } from '../../../src/modules/sync/outbox';
import { SyncJob, SyncJobStatus } from '../../../src/modules/sync/sync-job.entity';
import { recoverOrphans } from '../../../src/modules/sync/delivery';
import { createLogger } from '../../../src/server/logger';
import { UNVERIFIED_PREFIX, fixtureLoader } from './fixtures';
import { Testbed, startTestbed, waitFor } from './sync-testbed';

jest.setTimeout(60_000);

let bed: Testbed;

const settled = (id: string) =>
  waitFor(`job ${id} to settle`, async () => {
    const job = await bed.job(id);
    return [SyncJobStatus.PENDING, SyncJobStatus.DELIVERING].includes(job.status) ? undefined : job;
  });

const queueJobs = async (syncJobId: string): Promise<number> => {
  const [{ n }] = await bed.db.dataSource.query(`SELECT count(*)::int AS n FROM ${QUEUE_SCHEMA}.jobs WHERE key = $1`, [queueJobKey(syncJobId)]);
  return n;
};

const requestsFor = (key: string) => bed.simulator.requests().filter((r) => r.idempotencyKey === key);

describe('the national sync outbox and worker', () => {
  beforeAll(async () => {
    bed = await startTestbed();
    await bed.startWorker();
  });
  afterAll(async () => {
    await bed?.stop();
  });

  it("delivers a verified inventory once, with its idempotency key, content hash and the receiver's ack", async () => {
    const inventoryId = randomUUID();
    const [queued] = await bed.enqueue(inventoryId, 1);
    expect(queued).toMatchObject({ status: SyncJobStatus.PENDING, target: 'national', adapter: 'http-json', inventoryVersion: 1, attempts: 0 });
    expect(queued.idempotencyKey).toBe(`ghg-inventory:${inventoryId}:v1:national`);

    const job = await settled(queued.id);
    const [held] = bed.simulator.submissions().filter((s) => s.inventoryId === inventoryId);
    expect(job).toMatchObject({ status: SyncJobStatus.DELIVERED, attempts: 1, receiverAckId: held.ackId, contentHash: held.contentHash, lastError: null });
    expect(held).toMatchObject({ idempotencyKey: queued.idempotencyKey, version: 1, replacesVersion: null });
    expect(held.document).toMatchObject({
      format: 'daklak-lowemission/ghg-inventory-submission@2',
      province: { code: '66' },
      provenance: { gwpSet: 'AR5-100' },
      inventory: { id: inventoryId, version: 1 },
    });
    expect(await queueJobs(queued.id)).toBe(0);
  });

  it('retries while the receiver is down (errors, a timeout, a dropped connection) with growing waits, then delivers', async () => {
    bed.simulator.failNext('error-503', 2);
    bed.simulator.failNext('timeout', 1);
    bed.simulator.failNext('drop', 1);
    bed.simulator.failNext('error-500', 1);
    const [queued] = await bed.enqueue(randomUUID(), 1);

    const waiting = await waitFor('the first failure to be recorded', async () => {
      const job = await bed.job(queued.id);
      return job.lastError ? job : undefined;
    });
    expect(waiting).toMatchObject({ status: expect.stringMatching(/PENDING|DELIVERING/), lastFailureKind: 'TEMPORARY' });
    expect(waiting.lastError).toMatch(/HTTP 503/);

    const job = await settled(queued.id);
    expect(job).toMatchObject({ status: SyncJobStatus.DELIVERED, attempts: 6, lastFailureKind: 'TEMPORARY', lastError: 'HTTP 500: simulated HTTP 500' });
    const seen = requestsFor(queued.idempotencyKey);
    expect(seen.map((r) => r.outcome)).toEqual(['FAILED:error-503', 'FAILED:error-503', 'FAILED:timeout', 'FAILED:drop', 'FAILED:error-500', 'ACCEPTED']);
    expect(bed.simulator.submissions().filter((s) => s.idempotencyKey === queued.idempotencyKey)).toHaveLength(1);
    // Equal-jitter backoff waits at least half of 100 ms × 2^(n-1) after the n-th failure (400 ms cap);
    // the timed-out attempt also waited out the 1 s delivery timeout.
    const at = seen.map((r) => Date.parse(r.at));
    const minimum = [50, 100, 1000 + 200, 200, 200];
    minimum.forEach((ms, i) => expect(at[i + 1] - at[i]).toBeGreaterThanOrEqual(ms - 5));
  });

  it('stops at a permanent rejection (HTTP 422) and shows the reason; nothing is retried', async () => {
    bed.simulator.failNext('error-422', 1);
    const [queued] = await bed.enqueue(randomUUID(), 1);
    const job = await settled(queued.id);
    expect(job).toMatchObject({ status: SyncJobStatus.FAILED_PERMANENT, attempts: 1, lastFailureKind: 'PERMANENT', lastError: 'HTTP 422: simulated HTTP 422' });
    expect(job.lastFailureAt).toBeInstanceOf(Date);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // several poll intervals and backoff steps
    expect(requestsFor(queued.idempotencyKey)).toHaveLength(1);
    expect(await queueJobs(queued.id)).toBe(0);
    expect((await bed.job(queued.id)).attempts).toBe(1);
  });

  it('stops when the receiver refuses our credentials (AUTH) and logs an alert', async () => {
    bed.simulator.failNext('error-401', 1);
    const [queued] = await bed.enqueue(randomUUID(), 1);
    const job = await settled(queued.id);
    expect(job).toMatchObject({ status: SyncJobStatus.FAILED_AUTH, attempts: 1, lastFailureKind: 'AUTH' });
    expect(bed.logs.some((l) => l.level === 50 && l.syncJobId === queued.id && String(l.msg).includes('credentials refused'))).toBe(true);
    expect(await queueJobs(queued.id)).toBe(0);
  });

  it('sends nothing for an inventory that is not verified', async () => {
    const [queued] = await bed.enqueue(`${UNVERIFIED_PREFIX}${randomUUID().slice(9)}`, 1);
    const job = await settled(queued.id);
    expect(job).toMatchObject({ status: SyncJobStatus.FAILED_PERMANENT, contentHash: null });
    expect(job.lastError).toMatch(/is not verified or does not exist: nothing was sent/);
    expect(requestsFor(queued.idempotencyKey)).toHaveLength(0);
  });

  it('sends a re-verified inventory as a new version that names the version it replaces', async () => {
    const inventoryId = randomUUID();
    const [v1] = await bed.enqueue(inventoryId, 1);
    await settled(v1.id);
    const [v2] = await bed.enqueue(inventoryId, 2);
    expect(v2.idempotencyKey).not.toBe(v1.idempotencyKey);
    const delivered = await settled(v2.id);
    expect(delivered.status).toBe(SyncJobStatus.DELIVERED);
    const held = bed.simulator.submissions().filter((s) => s.inventoryId === inventoryId);
    expect(held.map((s) => [s.version, s.replacesVersion])).toEqual([
      [1, null],
      [2, 1],
    ]);
  });

  it('resends with the same key: the receiver answers "already received" and keeps one copy', async () => {
    const [first] = await bed.enqueue(randomUUID(), 1);
    const delivered = await settled(first.id);
    const [again] = await bed.enqueue(first.inventoryId, 1, 'RESEND');
    expect(again).toMatchObject({ id: first.id, status: SyncJobStatus.PENDING, attempts: 0, requestReason: 'RESEND' });
    await waitFor('the resend to be answered', () => requestsFor(first.idempotencyKey).length === 2);
    const resent = await settled(first.id);
    expect(resent).toMatchObject({ status: SyncJobStatus.DELIVERED, attempts: 1, receiverAckId: delivered.receiverAckId });
    expect(requestsFor(first.idempotencyKey).map((r) => r.outcome)).toEqual(['ACCEPTED', 'DUPLICATE']);
    expect(bed.simulator.submissions().filter((s) => s.idempotencyKey === first.idempotencyKey)).toHaveLength(1);
  });

  it('a resend restarts a permanently failed job; enqueueing a verified version twice adds nothing', async () => {
    bed.simulator.failNext('error-422', 1);
    const [queued] = await bed.enqueue(randomUUID(), 1);
    expect((await settled(queued.id)).status).toBe(SyncJobStatus.FAILED_PERMANENT);
    const [same] = await bed.enqueue(queued.inventoryId, 1, 'VERIFIED');
    expect(same).toMatchObject({ id: queued.id, status: SyncJobStatus.FAILED_PERMANENT });
    await bed.enqueue(queued.inventoryId, 1, 'RESEND');
    expect(await settled(queued.id)).toMatchObject({ status: SyncJobStatus.DELIVERED, attempts: 1, lastError: 'HTTP 422: simulated HTTP 422' });
    expect(await bed.db.dataSource.getRepository(SyncJob).countBy({ inventoryId: queued.inventoryId })).toBe(1);
  });

  it('writes nothing when the verifying transaction rolls back (outbox)', async () => {
    const inventoryId = randomUUID();
    await expect(
      bed.db.dataSource.transaction(async (manager) => {
        await enqueueInventorySync(manager, bed.runtime.targets, { inventoryId, version: 1, reason: 'VERIFIED', requestedBy: null });
        throw new Error('verification failed after enqueueing');
      }),
    ).rejects.toThrow('verification failed');
    expect(await bed.db.dataSource.getRepository(SyncJob).countBy({ inventoryId })).toBe(0);
    const [{ n }] = await bed.db.dataSource.query(
      `SELECT count(*)::int AS n FROM ${QUEUE_SCHEMA}.jobs q
       WHERE q.key LIKE 'sync-job:%' AND NOT EXISTS (SELECT 1 FROM sync_job sj WHERE q.key = 'sync-job:' || sj.id)`,
    );
    expect(n).toBe(0); // no queue job without its SyncJob
  });

  it("leaves the entity drift check undisturbed by graphile-worker's schema", async () => {
    const pending = await bed.db.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('gives a job back to the queue when its worker died before claiming it (recovery task)', async () => {
    const [queued] = await bed.db.dataSource.transaction(async (manager) => {
      const jobs = await enqueueInventorySync(manager, bed.runtime.targets, { inventoryId: randomUUID(), version: 1, reason: 'VERIFIED', requestedBy: null });
      // As if a worker took the queue job and died at once: graphile-worker keeps it locked for 4 hours.
      await manager.query(`UPDATE ${QUEUE_SCHEMA}._private_jobs SET locked_at = now() - interval '1 minute', locked_by = 'dead-worker' WHERE key = $1`, [
        queueJobKey(jobs[0].id),
      ]);
      return jobs;
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await bed.job(queued.id)).status).toBe(SyncJobStatus.PENDING);
    const recovered = await recoverOrphans({
      dataSource: bed.db.dataSource,
      runtime: bed.runtime,
      loader: fixtureLoader,
      workerId: 'test',
      logger: createLogger('silent'),
    });
    expect(recovered).toBe(1);
    expect(await settled(queued.id)).toMatchObject({ status: SyncJobStatus.DELIVERED, attempts: 1 });
    expect(
      await recoverOrphans({ dataSource: bed.db.dataSource, runtime: bed.runtime, loader: fixtureLoader, workerId: 'test', logger: createLogger('silent') }),
    ).toBe(0);
  });
});

describe('a receiver down for longer than the attempt limit', () => {
  beforeAll(async () => {
    bed = await startTestbed({ env: { SYNC_MAX_ATTEMPTS: '3' } });
    await bed.startWorker();
  });
  afterAll(async () => {
    await bed?.stop();
  });

  it('stops the job as FAILED_EXHAUSTED after the last attempt', async () => {
    bed.simulator.failNext('error-503', 10);
    const [queued] = await bed.enqueue(randomUUID(), 1);
    expect(await settled(queued.id)).toMatchObject({ status: SyncJobStatus.FAILED_EXHAUSTED, attempts: 3, lastError: 'HTTP 503: simulated HTTP 503' });
    expect(requestsFor(queued.idempotencyKey)).toHaveLength(3);
    expect(await queueJobs(queued.id)).toBe(0);
  });
});
