// The national sync through the real flow: verifying a provincial inventory over GraphQL queues its
// delivery in the same transaction; a worker sends it to the receiver simulator.
import { Role } from '../../../src/core/auth/roles';
import { loadSubmissionSource } from '../../../src/modules/emissions/provincial/submission-source';
import { HOME_UNIT, createTestApiKey, createTestUser } from '../../helpers/principals';
import { TestServer, startTestServer } from '../../helpers/test-server';
import { CALCULATE_INVENTORY, IMPORT, coffeeActivity, record, riceActivity, step } from '../emissions/fixtures';
import { NATIONAL_SUBMISSIONS } from './national-submission-query';
import { Testbed, startTestbed, waitFor } from './sync-testbed';

type Headers = Record<string, string>;
let server: TestServer;
let testbed: Testbed;
let province: Headers;
let verifier: Headers;
let admin: Headers;

beforeAll(async () => {
  server = await startTestServer();
  testbed = await startTestbed({ database: server.database, loader: loadSubmissionSource });
  server.runtime.sync = testbed.runtime; // the server enqueues for the testbed's targets
  province = (await createTestUser(server, Role.PROVINCE_OFFICER)).headers;
  verifier = (await createTestUser(server, Role.VERIFIER)).headers;
  admin = (await createTestUser(server, Role.ADMIN)).headers;
  // One commune with a verified inventory.
  await server.requestText(IMPORT, { input: { records: [record('r', HOME_UNIT, riceActivity), record('c', HOME_UNIT, coffeeActivity)] } }, province);
  const calculated = await server.requestText<{ calculateEmissionInventory: { emissionInventory: { id: string } } }>(
    CALCULATE_INVENTORY,
    { input: { administrativeUnitCode: HOME_UNIT, year: 2026 } },
    province,
  );
  const id = calculated.data!.calculateEmissionInventory.emissionInventory.id;
  await server.requestText(step('submitEmissionInventory'), { input: { id } }, province);
  await server.requestText(step('verifyEmissionInventory'), { input: { id } }, verifier);
});
afterAll(async () => {
  await testbed.stop();
  await server.stop();
});

const compile = async () =>
  (
    await server.requestText<{ compileProvincialInventory: { provincialInventory: { id: string; version: number; totalCo2eKg: number } } }>(
      'mutation { compileProvincialInventory(input: { year: 2026 }) { provincialInventory { id version totalCo2eKg } } }',
      {},
      province,
    )
  ).data!.compileProvincialInventory.provincialInventory;
const verify = (id: string) =>
  server.requestText<{ verifyProvincialInventory: { provincialInventory: { status: string } } }>(
    'mutation($id: ID!) { verifyProvincialInventory(input: { id: $id }) { provincialInventory { status } } }',
    { id },
    verifier,
  );

describe('delivery of verified provincial inventories', () => {
  it('sends nothing before verification, then exactly the verified figures once', async () => {
    const draft = await compile();
    await testbed.startWorker();
    const [{ n }] = await server.database.dataSource.query('SELECT count(*)::int AS n FROM sync_job');
    expect(n).toBe(0);

    expect((await verify(draft.id)).data!.verifyProvincialInventory.provincialInventory.status).toBe('VERIFIED');
    const [received] = await waitFor(
      'the receiver to hold the submission',
      () => testbed.simulator.submissions().length === 1 && testbed.simulator.submissions(),
    );
    const document = received.document as {
      format: string;
      inventory: { version: number; replacesVersion: number | null };
      totals: { totalCo2eKg: number };
      year: number;
    };
    expect(document.format).toBe('daklak-lowemission/ghg-inventory-submission@2');
    expect(document.year).toBe(2026);
    expect(document.inventory).toMatchObject({ version: 1, replacesVersion: null });
    expect(document.totals.totalCo2eKg).toBe(draft.totalCo2eKg);

    const jobs = await waitFor('the job to be marked delivered', async () => {
      const response = await server.requestText<{ syncJobs: { edges: { node: { status: string; attempts: number } }[] } }>(
        '{ syncJobs(first: 10) { edges { node { status attempts } } } }',
        {},
        admin,
      );
      const nodes = response.data!.syncJobs.edges.map((e) => e.node);
      return nodes.every((j) => j.status === 'DELIVERED') && nodes;
    });
    expect(jobs).toHaveLength(1);
  });

  it('lets the national system pull the same document with an inventory:read key', async () => {
    const key = (await createTestApiKey(server, { scopes: ['inventory:read'] })).headers;
    const pulled = await server.requestText<{ nationalSubmissions: unknown[] }>(NATIONAL_SUBMISSIONS, { year: 2026 }, key);
    expect(pulled.data!.nationalSubmissions).toEqual([testbed.simulator.submissions()[0].document]);
    // The deprecated @1 JSON stays readable.
    const legacy = await server.requestText<{ nationalInventorySubmissions: { format: string; totals: unknown }[] }>(
      '{ nationalInventorySubmissions(year: 2026) }',
      {},
      key,
    );
    expect(legacy.data!.nationalInventorySubmissions).toEqual([
      expect.objectContaining({
        format: 'daklak-lowemission/ghg-inventory-submission@1',
        totals: (testbed.simulator.submissions()[0].document as { totals: unknown }).totals,
      }),
    ]);
    const without = (await createTestApiKey(server, { scopes: ['plan:read'] })).headers;
    expect((await server.requestText('{ nationalInventorySubmissions }', {}, without)).errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('resends with the same idempotency key: the receiver still holds one copy', async () => {
    const [{ id }] = await server.database.dataSource.query(`SELECT id FROM provincial_inventory WHERE status = 'VERIFIED'`);
    const globalId = Buffer.from(`ProvincialInventory:${id}`).toString('base64');
    const resent = await server.requestText<{ resendInventory: { syncJobs: { id: string }[]; userErrors: unknown[] } }>(
      'mutation($id: ID!) { resendInventory(input: { id: $id }) { syncJobs { id } userErrors { code } } }',
      { id: globalId },
      admin,
    );
    expect(resent.data!.resendInventory.userErrors).toEqual([]);
    await waitFor('the receiver to see the resend', () => testbed.simulator.requests().length >= 2);
    expect(testbed.simulator.submissions()).toHaveLength(1);
  });

  it('sends a reopened and re-verified inventory as a new version that names the one it replaces', async () => {
    const [{ id }] = await server.database.dataSource.query(`SELECT id FROM provincial_inventory WHERE status = 'VERIFIED'`);
    await server.requestText(
      'mutation($id: ID!) { reopenProvincialInventory(input: { id: $id, reason: "Bổ sung số liệu" }) { provincialInventory { status } } }',
      { id: Buffer.from(`ProvincialInventory:${id}`).toString('base64') },
      province,
    );
    const next = await compile();
    expect(next.version).toBe(2);
    await verify(next.id);
    const second = await waitFor('the second version', () => testbed.simulator.submissions().find((s) => s.version === 2));
    expect(second.replacesVersion).toBe(1);
    expect(testbed.simulator.submissions()).toHaveLength(2);
  });
});
