// Two worker processes at once: every job is delivered exactly once (one request per key, one copy
// held), both share the work, and SIGTERM lets a delivery in flight finish before the process exits.
import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { SyncJob, SyncJobStatus } from '../../../src/modules/sync/sync-job.entity';
import { Testbed, WorkerProcess, spawnWorker, startTestbed, waitFor } from './sync-testbed';

jest.setTimeout(120_000);

const JOBS = 40;

let bed: Testbed;
const processes: WorkerProcess[] = [];
beforeAll(async () => {
  bed = await startTestbed();
});
afterAll(async () => {
  for (const p of processes) p.child.kill('SIGKILL');
  await bed?.stop();
});

describe('two workers running at once', () => {
  it('deliver every job exactly once between them', async () => {
    const workers = await Promise.all([spawnWorker(bed.env), spawnWorker(bed.env)]);
    processes.push(...workers);
    bed.simulator.failNext('slow', JOBS, 30); // answers take a while, so both workers have jobs in flight

    const ids: string[] = [];
    for (let i = 0; i < JOBS; i++) ids.push(...(await bed.enqueue(randomUUID(), 1)).map((job) => job.id));
    const jobs = bed.db.dataSource.getRepository(SyncJob);
    await waitFor(`all ${JOBS} jobs to be delivered`, async () => (await jobs.countBy({ id: In(ids), status: SyncJobStatus.DELIVERED })) === JOBS, 60_000);

    const delivered = await jobs.findBy({ id: In(ids) });
    const requests = bed.simulator.requests();
    const held = bed.simulator.submissions();
    expect(requests).toHaveLength(JOBS);
    expect(requests.every((r) => r.outcome === 'ACCEPTED')).toBe(true);
    expect(new Set(requests.map((r) => r.idempotencyKey)).size).toBe(JOBS);
    expect(held).toHaveLength(JOBS);
    expect(delivered.every((job) => job.attempts === 1)).toBe(true);
    expect(new Set(delivered.map((job) => job.receiverAckId))).toEqual(new Set(held.map((s) => s.ackId)));
    const byWorker = new Map(workers.map((w) => [w.workerId, delivered.filter((job) => job.workerId === w.workerId).length]));
    expect([...byWorker.values()].every((n) => n > 0)).toBe(true);
    expect([...byWorker.values()].reduce((a, b) => a + b, 0)).toBe(JOBS);

    for (const w of workers) w.child.kill('SIGTERM');
    for (const w of workers) expect(await w.exited).toEqual({ code: 0, signal: null });
  });

  it('on SIGTERM, finishes the delivery in flight, then exits 0', async () => {
    const worker = await spawnWorker(bed.env);
    processes.push(worker);
    bed.simulator.failNext('slow', 1, 800);
    const [queued] = await bed.enqueue(randomUUID(), 1);
    await waitFor('the delivery to start', async () => (await bed.job(queued.id)).status === SyncJobStatus.DELIVERING);
    worker.child.kill('SIGTERM');
    expect(await worker.exited).toEqual({ code: 0, signal: null });
    expect(await bed.job(queued.id)).toMatchObject({ status: SyncJobStatus.DELIVERED, attempts: 1 });
    expect(worker.lines.map((l) => l.msg)).toEqual(expect.arrayContaining(['inventory delivered', 'sync worker stopped', 'sync worker shutdown complete']));
  });
});
