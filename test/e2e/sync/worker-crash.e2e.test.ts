// A worker process killed (SIGKILL) after the receiver accepted a submission but before the job was
// marked done: after a restart the job is delivered again with the same idempotency key, and the
// receiver holds exactly one copy.
import { randomUUID } from 'node:crypto';
import { SyncJobStatus } from '../../../src/modules/sync/sync-job.entity';
import { Testbed, WorkerProcess, spawnWorker, startTestbed, waitFor } from './sync-testbed';

jest.setTimeout(120_000);

let bed: Testbed;
const processes: WorkerProcess[] = [];
beforeAll(async () => {
  // The worker is killed within milliseconds of the acceptance, long before its 3 s delivery timeout.
  bed = await startTestbed({ env: { SYNC_DELIVERY_TIMEOUT_MS: '3000', SYNC_LEASE_MS: '4000' } });
});
afterAll(async () => {
  for (const p of processes) p.child.kill('SIGKILL');
  await bed?.stop();
});

describe("a worker killed between the receiver's acceptance and marking the job done", () => {
  it('is replaced by a restarted worker that delivers again with the same key; the receiver keeps one copy', async () => {
    // The receiver stores the submission, then hangs without answering (and later drops the connection).
    bed.simulator.failNext('accept-then-drop', 1, 60_000);
    const first = await spawnWorker(bed.env);
    processes.push(first);
    const [queued] = await bed.enqueue(randomUUID(), 1);

    await waitFor('the receiver to accept the submission', () => bed.simulator.submissions().length === 1, 30_000);
    first.child.kill('SIGKILL');
    expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });
    const orphaned = await bed.job(queued.id);
    expect(orphaned).toMatchObject({ status: SyncJobStatus.DELIVERING, attempts: 1, workerId: first.workerId, receiverAckId: null });

    const second = await spawnWorker(bed.env);
    processes.push(second);
    const delivered = await waitFor(
      'the restarted worker to deliver it',
      async () => {
        const job = await bed.job(queued.id);
        return job.status === SyncJobStatus.DELIVERED ? job : undefined;
      },
      30_000,
    );

    const held = bed.simulator.submissions();
    expect(held).toHaveLength(1);
    expect(held[0].idempotencyKey).toBe(queued.idempotencyKey);
    expect(delivered).toMatchObject({ attempts: 2, workerId: second.workerId, receiverAckId: held[0].ackId, contentHash: held[0].contentHash });
    const requests = bed.simulator.requests();
    expect(requests.map((r) => [r.idempotencyKey, r.outcome])).toEqual([
      [queued.idempotencyKey, 'FAILED:accept-then-drop'],
      [queued.idempotencyKey, 'DUPLICATE'],
    ]);
    // The second attempt waited for the first one's lease to end (4 s after it began).
    expect(Date.parse(requests[1].at) - Date.parse(requests[0].at)).toBeGreaterThanOrEqual(3_900);

    second.child.kill('SIGTERM');
    expect(await second.exited).toEqual({ code: 0, signal: null });
    expect(second.lines.map((l) => l.msg)).toContain('sync worker shutdown complete');
  });
});
