// Trade promotion (VI.3): fairs and missions, export contracts with exact USD values and a
// low-emission claim; written by the province and the lead agency of VI.3 (the Department of
// Industry and Trade), synced with tombstones, audited.
import { Role } from '../../../src/core/auth/roles';
import { createTestUser } from '../../helpers/principals';
import { TestServer, startTestServer } from '../../helpers/test-server';
import { CREATE_ORGANISATION, Callers, HOME_UNIT, count, createCallers, failure, key, list, mutate, organisationInput, rawId } from '../registers/fixtures';

let server: TestServer;
let callers: Callers;
let doit: Record<string, string>;
let dae: Record<string, string>;
let orgA: string;
let orgB: string;
beforeAll(async () => {
  server = await startTestServer();
  callers = await createCallers(server);
  doit = (await createTestUser(server, Role.AGENCY_OFFICER, { agencyCode: 'DOIT' })).headers;
  dae = (await createTestUser(server, Role.AGENCY_OFFICER, { agencyCode: 'DAE' })).headers;
  orgA = (await mutate(server, CREATE_ORGANISATION, organisationInput(), callers.province)).record!.id;
  orgB = (await mutate(server, CREATE_ORGANISATION, organisationInput({ kind: 'ENTERPRISE' }), callers.province)).record!.id;
});
afterAll(async () => {
  await server.stop();
});

const EVENT_FIELDS = 'id name kind scope countryCode location startDate endDate productCodes organisations { id } version deletedAt';
const CREATE_EVENT = `mutation($input: CreateTradePromotionEventInput!) { createTradePromotionEvent(input: $input) { tradePromotionEvent { ${EVENT_FIELDS} } userErrors { field code } } }`;
const UPDATE_EVENT = `mutation($input: UpdateTradePromotionEventInput!) { updateTradePromotionEvent(input: $input) { tradePromotionEvent { ${EVENT_FIELDS} } userErrors { field code } } }`;
const DELETE_EVENT = `mutation($input: DeleteRecordInput!) { deleteTradePromotionEvent(input: $input) { tradePromotionEvent { ${EVENT_FIELDS} } userErrors { field code } } }`;

const CONTRACT_FIELDS =
  'id reference buyerCountryCode productCode volumeTonnes valueUsd claimedLotCodes claimedCertificationId lowEmissionClaim signedDate status organisation { id } administrativeUnit { code } version';
const CREATE_CONTRACT = `mutation($input: CreateExportContractInput!) { createExportContract(input: $input) { exportContract { ${CONTRACT_FIELDS} } userErrors { field code } } }`;
const UPDATE_CONTRACT = `mutation($input: UpdateExportContractInput!) { updateExportContract(input: $input) { exportContract { ${CONTRACT_FIELDS} } userErrors { field code } } }`;

const fair = (overrides: Record<string, unknown> = {}) => ({
  name: 'Hội chợ cà phê Buôn Ma Thuột',
  kind: 'FAIR',
  scope: 'DOMESTIC',
  countryCode: 'vn',
  startDate: '2028-03-09',
  endDate: '2028-03-13',
  organisationIds: [orgA, orgB],
  productCodes: ['coffee', 'PEPPER', 'COFFEE'],
  ...overrides,
});

const contract = (overrides: Record<string, unknown> = {}) => ({
  organisationId: orgA,
  buyerCountryCode: 'DE',
  productCode: 'COFFEE',
  volumeTonnes: 38.4,
  valueUsd: '172800.10',
  claimedLotCodes: ['lot-2026-001'],
  signedDate: '2026-06-15',
  status: 'SIGNED',
  ...overrides,
});

describe('trade promotion events', () => {
  it('are written by the province and the lead of VI.3, once per key, at the version edited, and synced with tombstones', async () => {
    expect(await failure(server, CREATE_EVENT, { input: fair() }, dae)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_LEAD_AGENCY' });
    expect(await failure(server, CREATE_EVENT, { input: fair() }, callers.homeOfficer)).toMatchObject({ code: 'FORBIDDEN' });
    const input = fair({ idempotencyKey: key() });
    const first = await mutate(server, CREATE_EVENT, input, doit);
    expect(first.userErrors).toEqual([]);
    expect(first.record).toMatchObject({ countryCode: 'VN', productCodes: ['COFFEE', 'PEPPER'], organisations: [{ id: orgA }, { id: orgB }], version: 1 });
    expect((await mutate(server, CREATE_EVENT, input, doit)).record!.id).toBe(first.record!.id);
    expect(await count(server, 'trade_promotion_event')).toBe(1);

    const moved = await mutate(
      server,
      UPDATE_EVENT,
      { id: first.record!.id, expectedVersion: 1, scope: 'INTERNATIONAL', countryCode: 'JP', location: 'Tokyo' },
      doit,
    );
    expect(moved.record).toMatchObject({ scope: 'INTERNATIONAL', countryCode: 'JP', location: 'Tokyo', version: 2 });
    expect(await failure(server, UPDATE_EVENT, { input: { id: first.record!.id, expectedVersion: 1, name: 'x' } }, doit)).toMatchObject({ code: 'CONFLICT' });

    const since = new Date(Date.now() - 60_000).toISOString();
    await mutate(server, DELETE_EVENT, { id: first.record!.id, expectedVersion: 2 }, callers.province);
    const feed = await list(server, 'tradePromotionEvents', '', 'id deletedAt', { updatedSince: since }, callers.viewer);
    expect(feed.nodes.find((n) => n.id === first.record!.id)).toMatchObject({ deletedAt: expect.any(String) });
    expect((await list(server, 'tradePromotionEvents', '', 'id', {}, callers.viewer)).nodes).toEqual([]);
    expect(await count(server, 'audit_event', `entity_type = 'TradePromotionEvent' AND entity_id = $1`, [rawId(first.record!.id)])).toBe(3);
  });

  it('refuse bad countries, scopes, dates, products and organisations with the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ countryCode: 'XX' }, 'input.countryCode'],
      [{ countryCode: 'EU', scope: 'INTERNATIONAL' }, 'input.countryCode'],
      [{ countryCode: 'V\u0000' }, 'input.countryCode'],
      [{ countryCode: 'JP' }, 'input.countryCode'], // DOMESTIC abroad
      [{ scope: 'INTERNATIONAL' }, 'input.countryCode'], // INTERNATIONAL in VN
      [{ endDate: '2028-03-01' }, 'input.endDate'],
      [{ startDate: '2028-02-30' }, 'input.startDate'],
      [{ productCodes: ['BANANA'] }, 'input.productCodes[0]'],
      [{ organisationIds: [orgA, Buffer.from('Organisation:00000000-0000-4000-8000-000000000000').toString('base64')] }, 'input.organisationIds[1]'],
    ];
    for (const [overrides, field] of cases) {
      expect([overrides, await failure(server, CREATE_EVENT, { input: fair(overrides) }, doit)]).toMatchObject([overrides, { code: 'BAD_USER_INPUT', field }]);
    }
  });

  it('filter by scope, country, year, organisation and product', async () => {
    await mutate(server, CREATE_EVENT, fair({ organisationIds: [orgA] }), doit);
    await mutate(
      server,
      CREATE_EVENT,
      fair({ scope: 'INTERNATIONAL', countryCode: 'DE', startDate: '2029-10-01', endDate: '2029-10-05', productCodes: ['DURIAN'] }),
      doit,
    );
    const names = async (filter: string) =>
      (await list(server, 'tradePromotionEvents', `filter: { ${filter} }`, 'countryCode', {}, callers.viewer)).nodes.map((n) => n.countryCode);
    expect(await names('scope: INTERNATIONAL')).toEqual(['DE']);
    expect(await names('year: 2028')).toEqual(['VN']);
    expect(await names(`organisationId: "${orgB}"`)).toEqual(['DE']);
    expect(await names('productCode: "durian"')).toEqual(['DE']);
    expect(await names('countryCode: "vn"')).toEqual(['VN']);
  });
});

describe('export contracts', () => {
  it('keep the value exact in cents and the claim as given; DRAFT only without a signed date', async () => {
    const created = await mutate(server, CREATE_CONTRACT, contract(), doit);
    expect(created.userErrors).toEqual([]);
    expect(created.record).toMatchObject({
      valueUsd: '172800.10',
      volumeTonnes: 38.4,
      claimedLotCodes: ['LOT-2026-001'],
      lowEmissionClaim: true,
      status: 'SIGNED',
      organisation: { id: orgA },
      administrativeUnit: { code: HOME_UNIT },
    });
    const [row] = await server.database.dataSource.query(`SELECT value_usd_cents::text AS cents FROM export_contract WHERE id = $1`, [
      rawId(created.record!.id),
    ]);
    expect(row.cents).toBe('17280010');

    // The largest value is exact too (10^13 dollars = 10^15 cents, beyond a float's exact cents).
    const huge = await mutate(server, CREATE_CONTRACT, contract({ valueUsd: '9999999999999.99', claimedLotCodes: [] }), doit);
    expect(huge.record).toMatchObject({ valueUsd: '9999999999999.99', lowEmissionClaim: false });

    const certification = Buffer.from('Certification:3f0c2d4e-1111-4abc-8def-000000000001').toString('base64');
    const updated = await mutate(
      server,
      UPDATE_CONTRACT,
      { id: created.record!.id, expectedVersion: 1, claimedCertificationId: certification, status: 'DELIVERING' },
      doit,
    );
    expect(updated.record).toMatchObject({ claimedCertificationId: certification, status: 'DELIVERING', version: 2 });

    const cases: [Record<string, unknown>, string][] = [
      [{ valueUsd: '1.005' }, 'input.valueUsd'],
      [{ valueUsd: '1e9' }, 'input.valueUsd'],
      [{ valueUsd: '-5' }, 'input.valueUsd'],
      [{ valueUsd: '99999999999999' }, 'input.valueUsd'],
      [{ buyerCountryCode: 'VN' }, 'input.buyerCountryCode'],
      [{ buyerCountryCode: 'UK' }, 'input.buyerCountryCode'],
      [{ volumeTonnes: 0 }, 'input.volumeTonnes'],
      [{ signedDate: null }, 'input.signedDate'],
      [{ signedDate: '2035-01-01' }, 'input.signedDate'], // in the future
      [{ claimedLotCodes: ['x'] }, 'input.claimedLotCodes[0]'],
      [{ claimedCertificationId: Buffer.from('Organisation:3f0c2d4e-1111-4abc-8def-000000000001').toString('base64') }, 'input.claimedCertificationId'],
      [{ productCode: 'SOYA' }, 'input.productCode'],
    ];
    for (const [overrides, field] of cases) {
      expect([overrides, await failure(server, CREATE_CONTRACT, { input: contract(overrides) }, doit)]).toMatchObject([
        overrides,
        { code: 'BAD_USER_INPUT', field },
      ]);
    }
    const draft = await mutate(server, CREATE_CONTRACT, contract({ status: undefined, signedDate: undefined }), callers.province);
    expect(draft.record).toMatchObject({ status: 'DRAFT', signedDate: null });
    expect(await failure(server, CREATE_CONTRACT, { input: contract() }, dae)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_LEAD_AGENCY' });
  });

  it('filter by claim, status, year and buyer, with a constant number of SQL statements per page', async () => {
    const claimed = await list(server, 'exportContracts', 'filter: { lowEmissionClaim: true, status: DELIVERING }', 'buyerCountryCode', {}, callers.viewer);
    expect(claimed.nodes).toEqual([{ buyerCountryCode: 'DE' }]);
    expect((await list(server, 'exportContracts', 'filter: { year: 2026, lowEmissionClaim: false }', 'valueUsd', {}, callers.viewer)).nodes).toEqual([
      { valueUsd: '9999999999999.99' },
    ]);
    for (let i = 0; i < 6; i += 1) await mutate(server, CREATE_CONTRACT, contract({ organisationId: i % 2 ? orgA : orgB, buyerCountryCode: 'US' }), doit);
    const query = `query($first: Int) { exportContracts(first: $first) { edges { node { ${CONTRACT_FIELDS} } } } }`;
    await server.requestText(query, { first: 2 }, callers.viewer);
    const few = server.lastSqlStatements();
    const page = await server.requestText<{ exportContracts: { edges: unknown[] } }>(query, { first: 9 }, callers.viewer);
    expect(page.data!.exportContracts.edges).toHaveLength(9);
    expect(server.lastSqlStatements()).toBe(few);
  });
});
