import { countOcopProductsWithLabel } from '../../../src/modules/certifications';
import { createTestApiKey, unitId } from '../../helpers/principals';
import { TestServer, startTestServer } from '../../helpers/test-server';
import {
  APPLY,
  CREATE_OCOP,
  CREATE_ORGANISATION,
  Callers,
  DECIDE,
  DELETE_OCOP,
  HOME_UNIT,
  OTHER_UNIT,
  RecordNode,
  TODAY,
  UPDATE_OCOP,
  count,
  createCallers,
  failure,
  grant,
  key,
  list,
  mutate,
  ok,
  organisationInput,
  rawId,
} from './fixtures';

let server: TestServer;
let callers: Callers;
let coop: RecordNode;
let labelled: RecordNode;
beforeAll(async () => {
  server = await startTestServer();
  callers = await createCallers(server);
  coop = (await mutate(server, CREATE_ORGANISATION, organisationInput(), callers.province)).record!;
  labelled = (await mutate(server, CREATE_ORGANISATION, organisationInput(), callers.province)).record!;
});
afterAll(async () => {
  await server.stop();
});

const product = (overrides: Record<string, unknown> = {}) => ({
  name: 'Cà phê bột nguyên chất Hòa Phú',
  crop: 'coffee',
  organisationId: coop.id,
  starRating: 4,
  yearRated: 2026,
  decisionNumber: '45/QĐ-UBND',
  ...overrides,
});
const create = (input: Record<string, unknown>, headers = callers.homeOfficer) => mutate(server, CREATE_OCOP, input, headers);
const refusal = (document: string, input: Record<string, unknown>, headers = callers.homeOfficer) => failure(server, document, { input }, headers);

async function grantLabel(organisationId: string): Promise<RecordNode> {
  const applied = (await mutate(server, APPLY, { scheme: 'LOW_EMISSION_LABEL', organisationId, crops: ['COFFEE'] }, callers.province)).record!;
  await mutate(server, DECIDE, { id: applied.id, expectedVersion: 1, status: 'UNDER_REVIEW', reason: 'r' }, callers.province);
  return (await mutate(server, DECIDE, grant(applied.id, 2), callers.province)).record!;
}

describe('OCOP products', () => {
  it('records a product of the commune, with stars, re-ratings and an audit row', async () => {
    const { record, userErrors } = await create(
      product({ reRatedOn: ['2029-05-01', '2029-05-01'], nextReRatingDue: '2032-05-01', lowEmissionCriteriaNote: 'Bón phân hữu cơ' }),
    );
    expect(userErrors).toEqual([]);
    expect(record).toMatchObject({
      crop: 'COFFEE',
      starRating: 4,
      reRatedOn: ['2029-05-01'],
      nextReRatingDue: '2032-05-01',
      organisation: { id: coop.id },
      commune: { code: HOME_UNIT },
      carriesLowEmissionLabel: false,
      lowEmissionLabel: null,
      lowEmissionCriteriaNote: 'Bón phân hữu cơ',
      version: 1,
    });
    expect(await count(server, 'audit_event', `action = 'createOcopProduct' AND entity_id = $1`, [rawId(record!.id)])).toBe(1);
  });

  it('refuses bad stars, years, dates, forged organisations and attack inputs', async () => {
    const forged = Buffer.from(`PilotModel:${rawId(coop.id)}`).toString('base64');
    const cases: [Record<string, unknown>, string][] = [
      [{ starRating: 2 }, 'input.starRating'],
      [{ starRating: 6 }, 'input.starRating'],
      [{ yearRated: 2017 }, 'input.yearRated'],
      [{ reRatedOn: ['2027-02-30'] }, 'input.reRatedOn[0]'],
      [{ reRatedOn: ['2025-06-01'] }, 'input.reRatedOn[0]'],
      [{ nextReRatingDue: '2099-01-01' }, 'input.nextReRatingDue'],
      [{ organisationId: forged }, 'input.organisationId'],
      [{ name: ' ' }, 'input.name'],
      [{ name: 'a\u0000b' }, 'input.name'],
      [{ crop: 'TEA' }, 'input.crop'],
      [{ administrativeUnitCode: '66' }, 'input.administrativeUnitCode'],
    ];
    const before = await count(server, 'ocop_product');
    for (const [change, field] of cases) {
      expect([change, await refusal(CREATE_OCOP, product(change))]).toEqual([change, expect.objectContaining({ code: 'BAD_USER_INPUT', field })]);
    }
    expect(await refusal(CREATE_OCOP, product({ yearRated: 1e12 }))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await count(server, 'ocop_product')).toBe(before);
  });

  it('lets officers write their commune’s products only, and bound keys with the ocop scope', async () => {
    expect(await refusal(CREATE_OCOP, product(), callers.otherOfficer)).toMatchObject({ code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE' });
    expect(await refusal(CREATE_OCOP, product({ administrativeUnitCode: OTHER_UNIT }))).toMatchObject({ code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE' });
    expect(await refusal(CREATE_OCOP, product(), callers.viewer)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_PERMITTED' });
    const ocopKey = (await createTestApiKey(server, { scopes: ['ocop:write'], administrativeUnitIds: [await unitId(server, HOME_UNIT)] })).headers;
    const mine = (await create(product(), ocopKey)).record!;
    expect(await refusal(UPDATE_OCOP, { id: mine.id, expectedVersion: 1, starRating: 5 }, callers.otherOfficer)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusal(DELETE_OCOP, { id: mine.id, expectedVersion: 1 }, callers.otherOfficer)).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('re-rates with the version edited, replays a key, refuses stale versions and sends deletions as tombstones', async () => {
    const start = await list(server, 'ocopProducts', '', 'id', { first: 1 }, {});
    const input = product({ idempotencyKey: key() });
    const first = (await create(input)).record!;
    expect((await create(input)).record!.id).toBe(first.id);
    const rerated = await mutate(server, UPDATE_OCOP, { id: first.id, expectedVersion: 1, starRating: 5, reRatedOn: ['2029-03-01'] }, callers.homeOfficer);
    expect(rerated.record).toMatchObject({ starRating: 5, reRatedOn: ['2029-03-01'], version: 2 });
    expect(await refusal(UPDATE_OCOP, { id: first.id, expectedVersion: 1, starRating: 3 })).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    expect(await refusal(UPDATE_OCOP, { id: first.id, expectedVersion: 2, yearRated: 2030 })).toMatchObject({
      field: 'input.reRatedOn[0]',
      reason: 'DATE_ORDER',
    });
    const deleted = await mutate(server, DELETE_OCOP, { id: first.id, expectedVersion: 2 }, callers.homeOfficer);
    expect(deleted.record).toMatchObject({ version: 3, deletedAt: expect.any(String) });
    const feed = await list(server, 'ocopProducts', '', 'id version deletedAt', { first: 100, updatedSince: start.syncWatermark }, {});
    expect(feed.nodes).toContainEqual({ id: first.id, version: 3, deletedAt: expect.any(String) });
    expect((await list(server, 'ocopProducts', '', 'id', { first: 100 }, {})).nodes).not.toContainEqual({ id: first.id });
    expect(await count(server, 'audit_event', `entity_id = $1 AND action IN ('updateOcopProduct', 'deleteOcopProduct')`, [rawId(first.id)])).toBe(2);
  });

  it('derives the low-emission label from its organisation’s granted label valid today, and counts products carrying it', async () => {
    const manager = server.database.dataSource.manager;
    const before = await countOcopProductsWithLabel(manager, TODAY);
    const item = (await create(product({ organisationId: labelled.id, name: 'Cà phê nhân xanh' }))).record!;
    expect(item.carriesLowEmissionLabel).toBe(false);
    const label = await grantLabel(labelled.id);
    const query = `query($id: ID!) { node(id: $id) { ... on OcopProduct { carriesLowEmissionLabel lowEmissionLabel { id scheme } } } }`;
    expect(await ok(server, query, { id: item.id }, {})).toEqual({
      node: { carriesLowEmissionLabel: true, lowEmissionLabel: { id: label.id, scheme: 'LOW_EMISSION_LABEL' } },
    });
    expect(await countOcopProductsWithLabel(manager, TODAY)).toBe(before + 1);
    const carrying = await list(server, 'ocopProducts', 'filter: { carriesLowEmissionLabel: true }', 'id', { first: 100 }, {});
    expect(carrying.nodes).toEqual([{ id: item.id }]);
    await mutate(server, DECIDE, { id: label.id, expectedVersion: 3, status: 'SUSPENDED', reason: 'Tạm đình chỉ' }, callers.province);
    expect(await ok(server, query, { id: item.id }, {})).toEqual({ node: { carriesLowEmissionLabel: false, lowEmissionLabel: null } });
    expect(await countOcopProductsWithLabel(manager, TODAY)).toBe(before);
  });

  it('answers 60 products with organisations, communes and labels in a constant number of SQL statements', async () => {
    const orgs = [coop.id, labelled.id, (await mutate(server, CREATE_ORGANISATION, organisationInput(), callers.province)).record!.id];
    for (let i = 0; i < 60; i += 1) await create(product({ name: `Sản phẩm ${String(i).padStart(2, '0')}`, organisationId: orgs[i % 3], starRating: 3 }));
    const query = `query($first: Int) { ocopProducts(first: $first, filter: { starRating: 3 }) { totalCount edges { node {
      name organisation { name } commune { code name } carriesLowEmissionLabel lowEmissionLabel { validTo } } } } }`;
    await ok(server, query, { first: 5 }, {});
    const few = server.lastSqlStatements();
    const page = await ok<{ ocopProducts: { totalCount: number; edges: unknown[] } }>(server, query, { first: 60 }, {});
    expect(page.ocopProducts.edges).toHaveLength(60);
    expect(server.lastSqlStatements()).toBe(few);
  });
});
