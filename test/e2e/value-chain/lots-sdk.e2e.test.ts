// The SDK's value-chain operations against a real server: a partner system registers a lot and
// records its sale with its lots:write key, lists and syncs lots, and a buyer verifies the lot by its
// code without signing in. What the SDK returns is compared with the database.
import {
  ApiClient,
  ApiError,
  MemorySyncStore,
  ProductLotChangesDocument,
  ProductLotFieldsFragment,
  ProductLotsDocument,
  RecordLotEventDocument,
  RegisterProductLotDocument,
  RegisterProductLotInput,
  VerifyProductLotDocument,
  newIdempotencyKey,
  syncChanges,
  withoutUserErrors,
} from '@daklak-lowemission/client';
import { TestServer, startTestServer } from '../../helpers/test-server';
import { HOME_UNIT, LotWorld, lotWorld } from './lots.fixtures';

let server: TestServer;
let world: LotWorld;
let partner: ApiClient;
beforeAll(async () => {
  server = await startTestServer();
  world = await lotWorld(server);
  partner = new ApiClient({ url: server.url, apiKey: world.homeLotKey['x-api-key'] });
});
afterAll(async () => {
  await server.stop();
});

describe('the SDK: value chain', () => {
  it('registers a lot, records a sale, lists and syncs it, and a buyer verifies it by code', async () => {
    const input: RegisterProductLotInput = {
      product: 'COFFEE_CHERRY',
      administrativeUnitCode: HOME_UNIT,
      organisationId: world.organisation.id,
      zoneId: world.zone.id,
      harvestFrom: '2026-10-01',
      harvestTo: '2026-11-15',
      quantityKg: 2000,
      activityRecordIds: [world.records.limed],
      idempotencyKey: newIdempotencyKey(),
    };
    const { productLot: lot } = withoutUserErrors((await partner.request(RegisterProductLotDocument, { input })).registerProductLot);
    expect(lot).toMatchObject({ product: 'COFFEE_CHERRY', quantityKg: 2000, balanceKg: 2000, version: 1, administrativeUnit: { code: HOME_UNIT } });
    const [row] = await server.database.dataSource.query('SELECT code, quantity_kg, balance_kg FROM product_lot WHERE code = $1', [lot!.code]);
    expect({ code: row.code, quantityKg: Number(row.quantity_kg), balanceKg: Number(row.balance_kg) }).toEqual({
      code: lot!.code,
      quantityKg: 2000,
      balanceKg: 2000,
    });

    const sale = {
      lotId: lot!.id,
      kind: 'SOLD' as const,
      quantityKg: 400,
      date: '2026-11-20',
      partyName: 'Công ty Cà phê',
      idempotencyKey: newIdempotencyKey(),
    };
    const { event } = withoutUserErrors((await partner.request(RecordLotEventDocument, { input: sale })).recordLotEvent);
    expect(event).toMatchObject({ kind: 'SOLD', quantityKg: 400, balanceChangeKg: -400, lot: { id: lot!.id, balanceKg: 1600, version: 2 } });

    const { productLots } = await partner.request(ProductLotsDocument, { first: 10, filter: { administrativeUnitCode: HOME_UNIT, product: 'COFFEE_CHERRY' } });
    expect(productLots.edges.map((e) => [e.node.id, e.node.balanceKg, e.node.version])).toEqual([[lot!.id, 1600, 2]]);

    const store = new MemorySyncStore<ProductLotFieldsFragment>();
    await syncChanges(partner, ProductLotChangesDocument, store);
    expect([...store.records.values()].map((r) => [r.id, r.version])).toEqual([[lot!.id, 2]]);

    // A buyer scanning the QR code: no key, no session.
    const buyer = new ApiClient({ url: server.url });
    const { verifyProductLot } = await buyer.request(VerifyProductLotDocument, { code: lot!.code });
    expect(verifyProductLot).toMatchObject({ code: lot!.code, communeCode: HOME_UNIT, quantityKg: 2000, product: 'COFFEE_CHERRY' });
    expect(verifyProductLot!.custody.map((e) => [e.kind, e.quantityKg])).toEqual(expect.arrayContaining([['SOLD', 400]]));
    expect((await buyer.request(VerifyProductLotDocument, { code: 'DL-00000-2026-AAAAAAAA-A' })).verifyProductLot).toBeNull();

    // The same sale again with a new key: only 1600 kg are left.
    const oversold = await partner
      .request(RecordLotEventDocument, { input: { ...sale, quantityKg: 1600.5, idempotencyKey: newIdempotencyKey() } })
      .catch((e: unknown) => e);
    expect(oversold).toBeInstanceOf(ApiError);
    expect(oversold).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.quantityKg' });
  });
});
