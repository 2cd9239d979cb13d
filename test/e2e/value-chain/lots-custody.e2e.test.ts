import { TestServer, startTestServer } from '../../helpers/test-server';
import { count, failure, mutate, ok, rawId } from '../registers/fixtures';
import { EVENT, LotWorld, REGISTER, VERIFY, eventKey, lotInput, lotWorld } from './lots.fixtures';

let server: TestServer;
let world: LotWorld;
beforeAll(async () => {
  server = await startTestServer();
  world = await lotWorld(server);
});
afterAll(async () => {
  await server.stop();
});

type Lot = Record<string, unknown> & { id: string; code: string; intensityKgCo2ePerKg: number };
const register = async (quantityKg = 1000): Promise<Lot> => {
  const { record, userErrors } = await mutate(server, REGISTER, lotInput(world, { quantityKg }), world.callers.homeOfficer);
  expect(userErrors).toEqual([]);
  return record as unknown as Lot;
};
const event = (input: Record<string, unknown>) => mutate(server, EVENT, { date: '2026-11-20', ...input }, world.callers.homeOfficer);
const refusal = (input: Record<string, unknown>) => failure(server, EVENT, { input: { date: '2026-11-20', ...input } }, world.callers.homeOfficer);

/** The lot as stored, and its balance recomputed from the events. */
async function stored(id: string) {
  const [row] = await server.database.dataSource.query(
    `SELECT l.balance_kg::float AS balance, l.version, l.product, l.intensity_kg_co2e_per_kg::float AS intensity,
       (SELECT COALESCE(SUM(balance_change_kg), 0)::float FROM product_lot_event e WHERE e.lot_id = l.id) AS "eventSum",
       (SELECT count(*)::int FROM product_lot_event e WHERE e.lot_id = l.id) AS events
     FROM product_lot l WHERE l.id = $1`,
    [rawId(id)],
  );
  return row as { balance: number; version: number; product: string; intensity: number; eventSum: number; events: number };
}

describe('mass balance', () => {
  it('refuses to ship, sell or split more than the lot holds, and a refused event changes nothing', async () => {
    const lot = await register(1000);
    await event({ lotId: lot.id, kind: 'SOLD', quantityKg: 400 });
    const before = await stored(lot.id);
    expect(before).toMatchObject({ balance: 600, eventSum: 600, events: 2 });
    const lots = await count(server, 'product_lot');
    expect(await refusal({ lotId: lot.id, kind: 'SHIPPED', quantityKg: 600.001 })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.quantityKg',
      reason: 'INSUFFICIENT_QUANTITY',
    });
    expect(await refusal({ lotId: lot.id, kind: 'SOLD', quantityKg: 601 })).toMatchObject({ reason: 'INSUFFICIENT_QUANTITY' });
    expect(await refusal({ lotId: lot.id, kind: 'SPLIT', targetLots: [{ quantityKg: 300 }, { quantityKg: 300.5 }] })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.targetLots',
      reason: 'INSUFFICIENT_QUANTITY',
    });
    expect(await refusal({ lotId: lot.id, kind: 'STORED', quantityKg: 700 })).toMatchObject({ reason: 'INSUFFICIENT_QUANTITY' });
    expect(await stored(lot.id)).toEqual(before);
    expect(await count(server, 'product_lot')).toBe(lots);
    // Exactly what it holds may leave.
    await event({ lotId: lot.id, kind: 'SHIPPED', quantityKg: 600, partyName: 'Công ty TNHH Xuất khẩu Cà phê' });
    expect(await stored(lot.id)).toMatchObject({ balance: 0, eventSum: 0 });
  });

  it('lets two concurrent events never overdraw the lot (row lock, balance summed in SQL)', async () => {
    const lot = await register(1000);
    const attempts = await Promise.all(
      Array.from({ length: 10 }, () =>
        server.requestText(EVENT, { input: { lotId: lot.id, kind: 'SHIPPED', quantityKg: 150, date: '2026-11-20' } }, world.callers.homeOfficer),
      ),
    );
    const accepted = attempts.filter((r) => !r.errors);
    const refused = attempts.filter((r) => r.errors);
    expect(accepted).toHaveLength(6);
    expect(refused.map((r) => r.errors![0].extensions?.reason)).toEqual(Array(4).fill('INSUFFICIENT_QUANTITY'));
    expect(await stored(lot.id)).toMatchObject({ balance: 100, eventSum: 100, events: 7 });
  });

  it('answers a retried event with the first answer and records it once', async () => {
    const lot = await register(1000);
    const idempotencyKey = eventKey();
    const first = await event({ lotId: lot.id, kind: 'SOLD', quantityKg: 100, idempotencyKey });
    const again = await event({ lotId: lot.id, kind: 'SOLD', quantityKg: 100, idempotencyKey });
    expect(again.record!.id).toBe(first.record!.id);
    expect(await stored(lot.id)).toMatchObject({ balance: 900, events: 2 });
  });
});

describe('processing, splitting and merging', () => {
  it('converts by the yield ratio and raises the intensity per kg of what remains', async () => {
    const lot = await register(1000);
    expect(await refusal({ lotId: lot.id, kind: 'PROCESSED', quantityKg: 500, yieldRatio: 0.2 })).toMatchObject({ reason: 'PARTIAL_PROCESSING' });
    expect(await refusal({ lotId: lot.id, kind: 'PROCESSED', quantityKg: 1000 })).toMatchObject({ field: 'input.yieldRatio', reason: 'REQUIRED' });
    expect(await refusal({ lotId: lot.id, kind: 'PROCESSED', quantityKg: 1000, yieldRatio: 1.5 })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.yieldRatio',
    });
    expect(await refusal({ lotId: lot.id, kind: 'PROCESSED', quantityKg: 1000, yieldRatio: 0 })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.yieldRatio',
    });
    expect(await refusal({ lotId: lot.id, kind: 'PROCESSED', quantityKg: 1000, yieldRatio: 0.5, outputProduct: 'MILLED_RICE' })).toMatchObject({
      reason: 'WRONG_CROP',
    });
    const { record } = await event({
      lotId: lot.id,
      kind: 'PROCESSED',
      quantityKg: 1000,
      yieldRatio: 0.2,
      outputProduct: 'GREEN_COFFEE',
      partyOrganisationId: world.organisation.id,
    });
    expect(record).toMatchObject({
      kind: 'PROCESSED',
      quantityKg: 1000,
      balanceChangeKg: -800,
      yieldRatio: 0.2,
      lot: { balanceKg: 200, product: 'GREEN_COFFEE' },
    });
    expect((record!.lot as Lot).intensityKgCo2ePerKg).toBeCloseTo(lot.intensityKgCo2ePerKg / 0.2, 6);
    expect(await stored(lot.id)).toMatchObject({ balance: 200, eventSum: 200 });
  });

  it('splits into new lots with their own codes, which carry the intensity and show the parent trail', async () => {
    const lot = await register(1000);
    const { record } = await event({ lotId: lot.id, kind: 'SPLIT', targetLots: [{ quantityKg: 600, externalId: 'bag-1' }, { quantityKg: 300 }] });
    const children = record!.relatedLots as Lot[];
    expect(children.map((c) => c.quantityKg)).toEqual([600, 300]);
    expect(new Set(children.map((c) => c.code)).size).toBe(2);
    for (const child of children) {
      expect(child.code).toMatch(/^DL-24175-2026-/);
      expect(child.intensityKgCo2ePerKg).toBeCloseTo(lot.intensityKgCo2ePerKg, 6);
      expect(child.parentLotIds).toEqual([lot.id]);
    }
    expect(await stored(lot.id)).toMatchObject({ balance: 100, eventSum: 100 });
    await event({ lotId: lot.id, kind: 'SOLD', quantityKg: 50 });
    const seen = await ok<{ verifyProductLot: { origin: string; custody: { kind: string; quantityKg: number }[] } }>(
      server,
      VERIFY,
      { code: children[0].code },
      {},
    );
    expect(seen.verifyProductLot.origin).toBe('SPLIT');
    expect(seen.verifyProductLot.custody.map((e) => [e.kind, e.quantityKg])).toEqual(
      expect.arrayContaining([
        ['HARVESTED', 1000],
        ['SPLIT', 900],
        ['SPLIT', 600],
      ]),
    );
    expect(seen.verifyProductLot.custody.map((e) => [e.kind, e.quantityKg])).not.toContainEqual(['SOLD', 50]);
    // A split child can be sold, but never beyond its own 600 kg.
    expect(await refusal({ lotId: children[0].id, kind: 'SOLD', quantityKg: 601 })).toMatchObject({ reason: 'INSUFFICIENT_QUANTITY' });
  });

  it('merges whole lots into a new one with the mass-weighted intensity', async () => {
    const a = await register(1000);
    const bInput = lotInput(world, { quantityKg: 3000, activityRecordIds: [world.records['no-yield']] });
    const b = (await mutate(server, REGISTER, bInput, world.callers.homeOfficer)).record as unknown as Lot;
    await event({ lotId: b.id, kind: 'SOLD', quantityKg: 1000 });
    const { record } = await event({ lotId: a.id, kind: 'MERGED', mergeLotIds: [b.id] });
    const [merged] = record!.relatedLots as Lot[];
    expect(merged.quantityKg).toBe(3000);
    const expected = (a.intensityKgCo2ePerKg * 1000 + b.intensityKgCo2ePerKg * 2000) / 3000;
    expect(merged.intensityKgCo2ePerKg).toBeCloseTo(expected, 5);
    expect(await stored(a.id)).toMatchObject({ balance: 0, eventSum: 0 });
    expect(await stored(b.id)).toMatchObject({ balance: 0, eventSum: 0 });
    expect(await stored(merged.id)).toMatchObject({ balance: 3000, eventSum: 3000 });
    expect(await refusal({ lotId: a.id, kind: 'MERGED', mergeLotIds: [b.id] })).toMatchObject({ reason: 'INSUFFICIENT_QUANTITY' });
    expect(await refusal({ lotId: merged.id, kind: 'MERGED', mergeLotIds: [merged.id] })).toMatchObject({ reason: 'DUPLICATE' });
  });

  it('refuses fields that do not apply and dates before the harvest', async () => {
    const lot = await register(1000);
    expect(await refusal({ lotId: lot.id, kind: 'SHIPPED', quantityKg: 1, yieldRatio: 0.5 })).toMatchObject({
      field: 'input.yieldRatio',
      reason: 'NOT_APPLICABLE',
    });
    expect(await refusal({ lotId: lot.id, kind: 'SHIPPED', quantityKg: 1, date: '2026-09-30' })).toMatchObject({
      field: 'input.date',
      reason: 'BEFORE_HARVEST',
    });
    expect(await refusal({ lotId: lot.id, kind: 'SHIPPED', quantityKg: 1, date: '2035-01-01' })).toMatchObject({ field: 'input.date', reason: 'IN_FUTURE' });
    expect(await refusal({ lotId: lot.id, kind: 'SHIPPED' })).toMatchObject({ field: 'input.quantityKg', reason: 'REQUIRED' });
    expect(await stored(lot.id)).toMatchObject({ balance: 1000, events: 1 });
  });
});
