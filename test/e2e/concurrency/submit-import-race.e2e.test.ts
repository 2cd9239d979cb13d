// Submitting an inventory while its records are being changed: whichever write goes first, the other
// must see it. Barriers (row locks held by the test, PostgreSQL's own lock-wait view) fix the order,
// so every interleaving below happens on every run.
import { Role } from '../../../src/core/auth/roles';
import { HOME_UNIT, createTestUser } from '../../helpers/principals';
import { GraphQLResponse, TestServer, startTestServer } from '../../helpers/test-server';
import { rawId } from '../field-records/fixtures';
import { CALCULATE_INVENTORY, IMPORT, coffeeActivity, record, riceActivity, step } from '../emissions/fixtures';
import { holdLock, tracked, waitUntil, waitingOnLocks } from './lock-barrier';

type Headers = Record<string, string>;
type Response = GraphQLResponse<Record<string, unknown>>;
interface Imported {
  summary: { conflicts: { code: string }[] };
  records: { id: string; version: number }[];
}

// Many requests at once on a shared machine: give each test room, the barriers fail fast on their own.
jest.setTimeout(60_000);

let server: TestServer;
let home: Headers;
let verifier: Headers;
beforeAll(async () => {
  server = await startTestServer();
  home = (await createTestUser(server, Role.COMMUNE_OFFICER, { unitCode: HOME_UNIT })).headers;
  verifier = (await createTestUser(server, Role.VERIFIER)).headers;
});
afterAll(async () => {
  await server.stop();
});

const REMOVE =
  'mutation($input: DeleteActivityRecordInput!) { deleteActivityRecord(input: $input) { activityRecord { id version deletedAt } userErrors { code } } }';
const INVENTORY = `query($id: ID!) { node(id: $id) { ... on EmissionInventory { status activityRecordVersions { activityRecordId version } } } }`;
const RECORDS = `query($year: Int!) { activityRecords(first: 100, filter: { administrativeUnitCode: "${HOME_UNIT}", year: $year, scenario: ACTUAL }) {
  edges { node { id version } } } }`;

const importRows = (rows: object[]) => server.requestText<{ importActivityRecords: Imported }>(IMPORT, { input: { dryRun: false, records: rows } }, home);
const submit = (id: string) => server.requestText(step('submitEmissionInventory'), { input: { id } }, home);

/** Two ACTUAL records of the home commune for `year` and a DRAFT inventory calculated from them. */
async function draftFor(year: number): Promise<{ inventoryId: string; rice: { id: string; version: number } }> {
  const imported = (
    await importRows([record(`rice-${year}`, HOME_UNIT, riceActivity, { year }), record(`coffee-${year}`, HOME_UNIT, coffeeActivity, { year })])
  ).data!;
  const calculated = await server.requestText<{ calculateEmissionInventory: { emissionInventory: { id: string } } }>(
    CALCULATE_INVENTORY,
    { input: { administrativeUnitCode: HOME_UNIT, year } },
    home,
  );
  const rice = imported.importActivityRecords.records.find((r) => r.id)!;
  return { inventoryId: calculated.data!.calculateEmissionInventory.emissionInventory.id, rice };
}

/** The inventory as HTTP shows it, and the versions of the records it must have counted, as HTTP shows them now. */
async function inventoryAndRecords(inventoryId: string, year: number) {
  const inventory = (
    await server.requestText<{ node: { status: string; activityRecordVersions: { activityRecordId: string; version: number }[] } }>(
      INVENTORY,
      { id: inventoryId },
      home,
    )
  ).data!.node;
  const records = (
    await server.requestText<{ activityRecords: { edges: { node: { id: string; version: number } }[] } }>(RECORDS, { year }, home)
  ).data!.activityRecords.edges.map((e) => e.node);
  const counted = Object.fromEntries(inventory.activityRecordVersions.map((v) => [v.activityRecordId, v.version]));
  const current = Object.fromEntries(records.map((r) => [r.id, r.version]));
  return { status: inventory.status, counted, current };
}

const errorOf = (response: Response) => response.errors?.[0]?.extensions as { code?: string; reason?: string } | undefined;

const submitOutcome = (response: Response) => {
  if (!response.errors?.length) return 'OK';
  return response.errors.length === 1 ? `${errorOf(response)?.code} ${errorOf(response)?.reason}` : JSON.stringify(response.errors);
};

interface Writer {
  name: string;
  /** Whether the test can stop this writer at its row lock on the rice record. */
  pausable: boolean;
  run(year: number, rice: { id: string; version: number }): Promise<Response>;
  /** 'OK' when the write went through, 'LOCKED' when refused because the inventory is locked. */
  outcome(response: Response): 'OK' | 'LOCKED' | string;
}

const importOutcome = (response: Response) => {
  if (response.errors?.length) return `error ${JSON.stringify(errorOf(response))}`;
  const { conflicts } = (response.data as { importActivityRecords: Imported }).importActivityRecords.summary;
  if (conflicts.length === 0) return 'OK';
  return conflicts.every((c) => c.code === 'LOCKED') ? 'LOCKED' : `conflicts ${JSON.stringify(conflicts)}`;
};

const WRITERS: Writer[] = [
  {
    name: 'an import changing a record',
    pausable: true,
    run: (year) => importRows([record(`rice-${year}`, HOME_UNIT, { ...riceActivity, areaHa: 12 }, { year })]),
    outcome: importOutcome,
  },
  {
    name: 'an import adding a record',
    pausable: false,
    run: (year) => importRows([record(`maize-${year}`, HOME_UNIT, { cropCode: 'MAIZE', areaHa: 3, yieldTonnes: 15 }, { year })]),
    outcome: importOutcome,
  },
  {
    name: 'a withdrawal',
    pausable: true,
    run: (_year, rice) => server.requestText(REMOVE, { input: { id: rice.id, expectedVersion: rice.version } }, home),
    outcome: (response) => (response.errors?.length ? (errorOf(response)?.code === 'LOCKED' ? 'LOCKED' : `error ${JSON.stringify(errorOf(response))}`) : 'OK'),
  },
];

let nextYear = 2030;

/**
 * Runs the writer and the submit with one of them stopped inside its transaction (`paused`) until the
 * other has started and is either done or waiting too; then lets both finish.
 */
async function race(writer: Writer, paused: 'writer' | 'submit') {
  const year = nextYear++;
  const { inventoryId, rice } = await draftFor(year);
  const holder =
    paused === 'writer'
      ? await holdLock(server, 'SELECT 1 FROM activity_record WHERE id = $1 FOR UPDATE', [rawId(rice.id)])
      : await holdLock(server, 'SELECT 1 FROM emission_inventory WHERE id = $1 FOR SHARE', [rawId(inventoryId)]);
  const first = paused === 'writer' ? tracked(writer.run(year, rice)) : tracked(submit(inventoryId));
  await waitUntil('the first request to wait on the held lock', async () => (await waitingOnLocks(server)) >= 1);
  const second = paused === 'writer' ? tracked(submit(inventoryId)) : tracked(writer.run(year, rice));
  await waitUntil('the second request to finish or wait', async () => second.settled() || (await waitingOnLocks(server)) >= 2);
  await holder.release();
  const [writerResponse, submitResponse] = paused === 'writer' ? [await first.promise, await second.promise] : [await second.promise, await first.promise];
  return { year, inventoryId, written: writer.outcome(writerResponse), submitted: submitResponse };
}

describe('submitting an inventory while its records change', () => {
  const cases = WRITERS.flatMap((writer) => [
    ...(writer.pausable ? [{ writer, paused: 'writer' as const, expected: 'the write goes through and the submit is refused as stale' }] : []),
    { writer, paused: 'submit' as const, expected: 'the submit goes through and the write is refused as locked' },
  ]);

  it.each(cases)('$writer.name racing a submit, $paused first: $expected', async ({ writer, paused }) => {
    const { year, inventoryId, written, submitted } = await race(writer, paused);
    const submitOk = !submitted.errors?.length;
    // Never both: the one that went first wins, the other is refused (writer LOCKED, or submit STALE_INPUTS).
    expect({ written, submitted: submitOutcome(submitted) }).toEqual(
      paused === 'writer' ? { written: 'OK', submitted: 'CONFLICT STALE_INPUTS' } : { written: 'LOCKED', submitted: 'OK' },
    );
    const { status, counted, current } = await inventoryAndRecords(inventoryId, year);
    expect(status).toBe(submitOk ? 'SUBMITTED' : 'DRAFT');
    if (submitOk) {
      // A submitted inventory counted exactly the records as they are now, version for version.
      expect(counted).toEqual(current);
      const verified = await server.requestText(step('verifyEmissionInventory'), { input: { id: inventoryId } }, verifier);
      expect(verified.errors).toBeUndefined();
    }
  });

  it('never lets both succeed in rounds of parallel requests without barriers', async () => {
    for (let round = 0; round < 6; round += 1) {
      const year = nextYear++;
      const { inventoryId } = await draftFor(year);
      const writer = WRITERS[round % 2];
      const [writerResponse, submitted] = await Promise.all([writer.run(year, { id: '', version: 0 }), submit(inventoryId)]);
      const outcome = { written: writer.outcome(writerResponse), submitted: submitOutcome(submitted) };
      expect([
        { written: 'OK', submitted: 'CONFLICT STALE_INPUTS' },
        { written: 'LOCKED', submitted: 'OK' },
      ]).toContainEqual(outcome);
      const { status, counted, current } = await inventoryAndRecords(inventoryId, year);
      if (status === 'SUBMITTED') expect(counted).toEqual(current);
    }
  });

  it('takes the locks of every unit-year an import touches in a fixed number of statements', async () => {
    const statements = async (rows: object[]) => {
      expect((await importRows(rows)).errors).toBeUndefined();
      return server.lastSqlStatements();
    };
    const one = await statements([record('lock-count-0', HOME_UNIT, riceActivity, { year: 2001 })]);
    const ten = await statements(Array.from({ length: 10 }, (_, i) => record(`lock-count-${i + 1}`, HOME_UNIT, riceActivity, { year: 2001 + i })));
    expect(ten).toBe(one);
  });

  it('does not verify a submitted inventory whose records no longer match what it counted', async () => {
    const year = nextYear++;
    const { inventoryId, rice } = await draftFor(year);
    expect((await submit(inventoryId)).errors).toBeUndefined();
    // What an earlier race could have left behind: a record changed under a submitted inventory.
    await server.database.dataSource.query('UPDATE activity_record SET version = version + 1 WHERE id = $1', [rawId(rice.id)]);
    const verified = await server.requestText(step('verifyEmissionInventory'), { input: { id: inventoryId } }, verifier);
    expect(errorOf(verified)).toMatchObject({ code: 'CONFLICT', reason: 'STALE_INPUTS' });
    expect((await inventoryAndRecords(inventoryId, year)).status).toBe('SUBMITTED');
  });
});
