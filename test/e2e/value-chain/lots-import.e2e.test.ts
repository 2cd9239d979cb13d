import { TestServer, startTestServer } from '../../helpers/test-server';
import { count, list, ok } from '../registers/fixtures';
import { HOME_UNIT, IMPORT_LOTS, LotWorld, OTHER_UNIT, VERIFY, lotInput, lotWorld } from './lots.fixtures';

let server: TestServer;
let world: LotWorld;
beforeAll(async () => {
  server = await startTestServer({ env: { LOT_VERIFICATIONS_PER_MINUTE: '5' } });
  world = await lotWorld(server);
});
afterAll(async () => {
  await server.stop();
});

interface Summary {
  dryRun: boolean;
  created: number;
  updated: number;
  unchanged: number;
  conflicts: { rowIndex: number; field: string; code: string }[];
}
const importLots = async (lots: Record<string, unknown>[], dryRun: boolean, headers = world.homeLotKey) =>
  (
    await ok<{ importProductLots: { summary: Summary; productLots: { id: string; code: string; externalId: string }[] } }>(
      server,
      IMPORT_LOTS,
      { input: { lots, dryRun } },
      headers,
    )
  ).importProductLots;
const row = (externalId: string, overrides: Record<string, unknown> = {}) => {
  const { zoneId: _zone, ...fields } = lotInput(world, { externalId, ...overrides });
  return fields;
};

describe('bulk import by partner keys', () => {
  it('checks everything on a dry run and writes nothing, then writes, then leaves a re-sent import unchanged', async () => {
    const rows = [row('imp-1'), row('imp-2', { quantityKg: 500, product: 'COFFEE_CHERRY' })];
    const before = await count(server, 'product_lot');
    const eventsBefore = await count(server, 'product_lot_event');
    const dry = await importLots(rows, true);
    expect(dry).toEqual({ summary: { dryRun: true, created: 2, updated: 0, unchanged: 0, conflicts: [] }, productLots: [] });
    expect(await count(server, 'product_lot')).toBe(before);
    expect(await count(server, 'product_lot_event')).toBe(eventsBefore);

    const real = await importLots(rows, false);
    expect(real.summary).toEqual({ dryRun: false, created: 2, updated: 0, unchanged: 0, conflicts: [] });
    expect(real.productLots.map((l) => l.externalId)).toEqual(['imp-1', 'imp-2']);
    expect(await count(server, 'product_lot')).toBe(before + 2);
    expect(await count(server, 'audit_event', `action = 'importProductLots'`)).toBe(2);

    const again = await importLots(rows, false);
    expect(again.summary).toMatchObject({ created: 0, unchanged: 2, conflicts: [] });
    expect(await count(server, 'product_lot')).toBe(before + 2);
  });

  it('writes nothing when any row is refused, and lists every refused row', async () => {
    const before = await count(server, 'product_lot');
    const rows = [
      row('ok-1'),
      row('bad-1', { activityRecordIds: [world.records.other] }),
      row('ok-1'),
      row('bad-2', { administrativeUnitCode: '99999' }),
      row('bad-3', { harvestTo: '2035-01-01' }),
      row('', {}),
    ];
    const result = await importLots(rows, false, world.callers.province);
    expect(result.summary.conflicts).toEqual([
      expect.objectContaining({ rowIndex: 1, field: 'activityRecordIds[0]', code: 'OTHER_UNIT' }),
      expect.objectContaining({ rowIndex: 2, field: 'externalId', code: 'DUPLICATE_ROW' }),
      expect.objectContaining({ rowIndex: 3, field: 'administrativeUnitCode', code: 'UNKNOWN_UNIT' }),
      expect.objectContaining({ rowIndex: 4, field: 'harvestTo', code: 'IN_FUTURE' }),
      expect.objectContaining({ rowIndex: 5, field: 'externalId', code: 'REQUIRED' }),
    ]);
    expect(result.productLots).toEqual([]);
    expect(await count(server, 'product_lot')).toBe(before);
  });

  it("refuses a key's rows for a commune it is not bound to, and another commune's records as unknown", async () => {
    const refused = await server.requestText(
      IMPORT_LOTS,
      { input: { lots: [row('x-1', { administrativeUnitCode: OTHER_UNIT })], dryRun: true } },
      world.homeLotKey,
    );
    expect(refused.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'input.lots[0].administrativeUnitCode' });
    const unknown = await importLots([row('x-2', { activityRecordIds: [world.records.other] })], true);
    expect(unknown.summary.conflicts).toEqual([expect.objectContaining({ rowIndex: 0, field: 'activityRecordIds[0]', code: 'NOT_FOUND' })]);
  });
});

describe('lists', () => {
  it('filters and pages 100 lots with their organisation, zone, commune and custody in a fixed number of statements', async () => {
    const rows = Array.from({ length: 100 }, (_, i) => ({ ...row(`many-${i}`), zoneId: world.zone.id }));
    expect((await importLots(rows, false)).summary.created).toBe(100);
    const fields = 'id code organisation { name } zone { name } administrativeUnit { code } custody { kind quantityKg }';
    const filter = {
      filter: { organisationId: world.organisation.id, zoneId: world.zone.id, crop: 'coffee', harvestYear: 2026, administrativeUnitCode: HOME_UNIT },
    };
    const args = 'filter: $filter';
    const query = (first: number) =>
      server.requestText<{ productLots: { totalCount: number; edges: unknown[] } }>(
        `query($filter: ProductLotFilter, $first: Int) { productLots(first: $first, ${args}) { totalCount edges { node { ${fields} } } } }`,
        { ...filter, first },
        world.callers.viewer,
      );
    const ten = await query(10);
    expect(ten.data!.productLots.edges).toHaveLength(10);
    const tenStatements = server.lastSqlStatements();
    const hundred = await query(100);
    expect(hundred.data!.productLots.edges).toHaveLength(100);
    expect(hundred.data!.productLots.totalCount).toBeGreaterThanOrEqual(100);
    expect(server.lastSqlStatements()).toBe(tenStatements);
    // The caller, the page, its count and watermark, then one batch each: communes, organisations, zones, custody events.
    expect(tenStatements).toBeLessThanOrEqual(10);
  });

  it('returns changes since a time with updatedSince, and filters by harvest year', async () => {
    const since = new Date().toISOString();
    await importLots([row('late-1')], false);
    const page = await list(server, 'productLots', '', 'id externalId', { first: 50, updatedSince: since }, world.callers.homeOfficer);
    expect(page.nodes.map((n) => n.externalId)).toEqual(['late-1']);
    const none = await list(server, 'productLots', 'filter: { harvestYear: 2030 }', 'id', { first: 5 }, world.callers.homeOfficer);
    expect(none.totalCount).toBe(0);
  });
});

describe('public verification budget', () => {
  it('counts verifications per address in their own budget and refuses beyond it', async () => {
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await server.requestText(VERIFY, { code: 'DL-24175-2026-00000000-0' }, {}));
    expect(answers.slice(0, 5).every((a) => !a.errors && a.data)).toBe(true);
    expect(answers[5].errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
  });
});
