// syncTargets and syncJobs over HTTP: each target's health, jobs with attempts, last error and the
// receiver's ack, filters, node(id:), and who may read them.
import { randomUUID } from 'node:crypto';
import { loadConfig } from '../../../src/config';
import { Role } from '../../../src/core/auth/roles';
import { toGlobalId } from '../../../src/core/relay/global-id';
import { SyncJobStatus } from '../../../src/modules/sync/sync-job.entity';
import { configureSync } from '../../../src/modules/sync/sync-runtime';
import { createTestUser } from '../../helpers/principals';
import { TestServer, startTestServer } from '../../helpers/test-server';
import { Testbed, startTestbed, waitFor } from './sync-testbed';

jest.setTimeout(60_000);

let server: TestServer;
let bed: Testbed;
let officer: Record<string, string>;
let viewer: Record<string, string>;

const JOB_FIELDS =
  'id target adapter inventoryId inventoryVersion status attempts idempotencyKey contentHash receiverAckId lastError lastFailureKind lastFailureAt lastAttemptAt nextAttemptAt deliveredAt requestReason requestedAt';

interface JobNode {
  id: string;
  status: string;
  attempts: number;
  inventoryId: string;
  inventoryVersion: number;
  receiverAckId: string | null;
  lastError: string | null;
  idempotencyKey: string;
}

beforeAll(async () => {
  server = await startTestServer();
  bed = await startTestbed({
    database: server.database,
    targets: (simulator, dataDir) => [
      { name: 'national', adapter: 'http-json', url: simulator.submissionsUrl },
      { name: 'archive', adapter: 'file', directory: `${dataDir}/archive` },
    ],
  });
  server.runtime.sync = bed.runtime; // the server enqueues for, and reports, the testbed's targets
  officer = (await createTestUser(server, Role.PROVINCE_OFFICER)).headers;
  viewer = (await createTestUser(server, Role.VIEWER)).headers;
  await bed.startWorker();
});
afterAll(async () => {
  await bed?.stop();
  await server?.stop();
});

describe('syncTargets and syncJobs', () => {
  let delivered: string;
  let rejected: string;

  beforeAll(async () => {
    delivered = randomUUID();
    rejected = randomUUID();
    await bed.enqueue(delivered, 1);
    await waitFor('the first inventory to reach the receiver', () => bed.simulator.submissions().length === 1);
    bed.simulator.failNext('error-422', 1);
    await bed.enqueue(rejected, 1);
    await waitFor('four settled jobs', async () => {
      const [{ n }] = await server.database.dataSource.query(`SELECT count(*)::int AS n FROM sync_job WHERE status NOT IN ('PENDING', 'DELIVERING')`);
      return n === 4;
    });
  });

  it('lists each configured target with its health', async () => {
    const response = await server.requestText<{ syncTargets: Record<string, unknown>[] }>(
      '{ syncTargets { name adapter description configured health { pendingJobs failedJobs deliveredJobs lastDeliveredAt lastFailureAt lastError lastFailureKind } } }',
      {},
      officer,
    );
    expect(response.errors).toBeUndefined();
    const [national, archive] = response.data!.syncTargets;
    expect(national).toMatchObject({
      name: 'national',
      adapter: 'http-json',
      description: `POST ${bed.simulator.submissionsUrl}`,
      configured: true,
      health: { pendingJobs: 0, failedJobs: 1, deliveredJobs: 1, lastError: 'HTTP 422: simulated HTTP 422', lastFailureKind: 'PERMANENT' },
    });
    expect(archive).toMatchObject({ name: 'archive', adapter: 'file', configured: true, health: { failedJobs: 0, deliveredJobs: 2, lastError: null } });
    expect(Date.parse((national.health as { lastDeliveredAt: string }).lastDeliveredAt)).not.toBeNaN();
  });

  it("pages jobs newest first with attempts, last error and the receiver's ack, filtered by status, target and inventory", async () => {
    const all = await server.requestText<{ syncJobs: { totalCount: number; edges: { node: JobNode }[] } }>(
      `{ syncJobs(first: 10) { totalCount edges { node { ${JOB_FIELDS} } } } }`,
      {},
      officer,
    );
    expect(all.errors).toBeUndefined();
    expect(all.data!.syncJobs.totalCount).toBe(4);
    expect(all.data!.syncJobs.edges.map((e) => e.node.inventoryId)).toEqual(
      [rejected, rejected, delivered, delivered].map((id) => toGlobalId('ProvincialInventory', id)),
    );

    const failed = await server.requestText<{ syncJobs: { edges: { node: JobNode }[] } }>(
      `query($filter: SyncJobFilter) { syncJobs(filter: $filter) { edges { node { ${JOB_FIELDS} } } } }`,
      { filter: { status: ['FAILED_PERMANENT', 'FAILED_AUTH'] } },
      officer,
    );
    expect(failed.data!.syncJobs.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({
        status: SyncJobStatus.FAILED_PERMANENT,
        attempts: 1,
        lastError: 'HTTP 422: simulated HTTP 422',
        lastFailureKind: 'PERMANENT',
        receiverAckId: null,
      }),
    ]);

    const one = await server.requestText<{ syncJobs: { edges: { node: JobNode }[] } }>(
      `query($filter: SyncJobFilter) { syncJobs(filter: $filter) { edges { node { ${JOB_FIELDS} } } } }`,
      { filter: { inventoryId: toGlobalId('ProvincialInventory', delivered), target: 'national' } },
      officer,
    );
    const [node] = one.data!.syncJobs.edges.map((e) => e.node);
    expect(node).toMatchObject({
      status: 'DELIVERED',
      attempts: 1,
      inventoryVersion: 1,
      idempotencyKey: `ghg-inventory:${delivered}:v1:national`,
      lastError: null,
    });
    expect(node.receiverAckId).toBe(bed.simulator.submissions().find((s) => s.inventoryId === delivered)!.ackId);

    const viaNode = await server.requestText<{ node: { status: string } }>(
      'query($id: ID!) { node(id: $id) { ... on SyncJob { status receiverAckId } } }',
      { id: node.id },
      officer,
    );
    expect(viaNode.data!.node).toEqual({ status: 'DELIVERED', receiverAckId: node.receiverAckId });
    const refused = await server.requestText('query($id: ID!) { node(id: $id) { id } }', { id: node.id }, viewer);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses an inventory id that is not a ProvincialInventory ID', async () => {
    const response = await server.requestText('{ syncJobs(filter: { inventoryId: "nope" }) { totalCount } }', {}, officer);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.inventoryId' });
  });

  it('keeps showing a target that has jobs after it left the configuration', async () => {
    server.runtime.sync = configureSync(
      loadConfig({
        NODE_ENV: 'test',
        ...bed.env,
        SYNC_TARGETS: JSON.stringify([{ name: 'national', adapter: 'http-json', url: bed.simulator.submissionsUrl }]),
      }),
    );
    try {
      const response = await server.requestText<{ syncTargets: { name: string; configured: boolean; description: string }[] }>(
        '{ syncTargets { name configured description } }',
        {},
        officer,
      );
      expect(response.data!.syncTargets).toEqual([
        { name: 'national', configured: true, description: `POST ${bed.simulator.submissionsUrl}` },
        { name: 'archive', configured: false, description: 'not configured' },
      ]);
    } finally {
      server.runtime.sync = bed.runtime;
    }
  });
});
