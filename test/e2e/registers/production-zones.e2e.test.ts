import fc from 'fast-check';
import { Role } from '../../../src/core/auth/roles';
import { PROVINCE_BOX, countEstablishedZones } from '../../../src/modules/production-zones';
import { createTestUser } from '../../helpers/principals';
import { TestServer, startTestServer } from '../../helpers/test-server';
import {
  ADOPT_CRITERIA,
  CREATE_CRITERIA,
  CREATE_ORGANISATION,
  CREATE_ZONE,
  Callers,
  DELETE_ORGANISATION,
  DELETE_ZONE,
  HOME_UNIT,
  OTHER_UNIT,
  RecordNode,
  SQUARE,
  UPDATE_ZONE,
  count,
  createCallers,
  criteriaInput,
  decision,
  failure,
  key,
  list,
  mutate,
  ok,
  organisationInput,
  rawId,
  zoneInput,
} from './fixtures';

let server: TestServer;
let callers: Callers;
let coop: RecordNode;
let buyer: RecordNode;
let coffeeSet: RecordNode;
beforeAll(async () => {
  server = await startTestServer();
  callers = await createCallers(server);
  coop = (await mutate(server, CREATE_ORGANISATION, organisationInput(), callers.province)).record!;
  buyer = (await mutate(server, CREATE_ORGANISATION, organisationInput({ kind: 'ENTERPRISE', administrativeUnitCode: OTHER_UNIT }), callers.province)).record!;
  const draft = (await mutate(server, CREATE_CRITERIA, criteriaInput(), callers.province)).record!;
  coffeeSet = (await mutate(server, ADOPT_CRITERIA, { id: draft.id, expectedVersion: 1, ...decision() }, callers.province)).record!;
});
afterAll(async () => {
  await server.stop();
});

const create = (input: Record<string, unknown>, headers = callers.homeOfficer) => mutate(server, CREATE_ZONE, input, headers);
const update = (input: Record<string, unknown>, headers = callers.homeOfficer) => mutate(server, UPDATE_ZONE, input, headers);
const refusal = (document: string, input: Record<string, unknown>, headers = callers.homeOfficer) => failure(server, document, { input }, headers);

describe('production zones: recording one', () => {
  it('stores a zone with its members, buyers, criteria set and boundary, and answers with them', async () => {
    const input = zoneInput({
      memberOrganisationIds: [coop.id, coop.id],
      enterpriseLinks: [{ buyerOrganisationId: buyer.id, contractReference: 'HĐ 12/2027/HĐLK' }],
      criteriaSetId: coffeeSet.id,
      boundary: JSON.stringify(SQUARE),
    });
    const { record, userErrors } = await create(input);
    expect(userErrors).toEqual([]);
    expect(record).toMatchObject({
      status: 'PLANNED',
      version: 1,
      areaHa: 250.5,
      communes: [{ code: HOME_UNIT }],
      memberOrganisations: [{ id: coop.id, name: coop.name }],
      enterpriseLinks: [{ contractReference: 'HĐ 12/2027/HĐLK', buyer: { id: buyer.id, kind: 'ENTERPRISE' } }],
      criteriaSet: { id: coffeeSet.id, setVersion: 1 },
      boundary: SQUARE,
    });
    const [row] = await server.database.dataSource.query('SELECT member_organisation_ids, enterprise_links, boundary FROM production_zone WHERE id = $1', [
      rawId(record!.id),
    ]);
    expect(row).toEqual({
      member_organisation_ids: [rawId(coop.id)],
      enterprise_links: [{ buyerOrganisationId: rawId(buyer.id), contractReference: 'HĐ 12/2027/HĐLK' }],
      boundary: SQUARE,
    });
    expect(await count(server, 'audit_event', `action = 'createProductionZone' AND entity_id = $1`, [rawId(record!.id)])).toBe(1);
  });

  it('refuses forged, unknown and deleted references, non-buyers, drafts and another crop’s criteria', async () => {
    const gone = (await mutate(server, CREATE_ORGANISATION, organisationInput(), callers.province)).record!;
    await mutate(server, DELETE_ORGANISATION, { id: gone.id, expectedVersion: 1 }, callers.province);
    const group = (await mutate(server, CREATE_ORGANISATION, organisationInput({ kind: 'FARMER_GROUP' }), callers.province)).record!;
    const draft = (await mutate(server, CREATE_CRITERIA, criteriaInput(), callers.province)).record!;
    const rice = (await mutate(server, CREATE_CRITERIA, criteriaInput({ crop: 'RICE' }), callers.province)).record!;
    await mutate(server, ADOPT_CRITERIA, { id: rice.id, expectedVersion: 1, ...decision() }, callers.province);
    const nothing = Buffer.from('Organisation:00000000-0000-4000-8000-000000000000').toString('base64');
    const forged = Buffer.from(`PilotModel:${rawId(coop.id)}`).toString('base64');
    const cases: [Record<string, unknown>, string, string][] = [
      [{ memberOrganisationIds: [coop.id, forged] }, 'input.memberOrganisationIds[1]', 'INVALID_ID'],
      [{ memberOrganisationIds: [nothing] }, 'input.memberOrganisationIds[0]', 'NOT_FOUND'],
      [{ memberOrganisationIds: [gone.id] }, 'input.memberOrganisationIds[0]', 'DELETED'],
      [{ enterpriseLinks: [{ buyerOrganisationId: group.id, contractReference: 'x' }] }, 'input.enterpriseLinks[0].buyerOrganisationId', 'NOT_A_BUYER'],
      [{ enterpriseLinks: [{ buyerOrganisationId: nothing, contractReference: 'x' }] }, 'input.enterpriseLinks[0].buyerOrganisationId', 'NOT_FOUND'],
      [{ enterpriseLinks: [{ buyerOrganisationId: buyer.id, contractReference: ' ' }] }, 'input.enterpriseLinks[0].contractReference', 'REQUIRED'],
      [{ criteriaSetId: draft.id }, 'input.criteriaSetId', 'NOT_ADOPTED'],
      [{ criteriaSetId: rice.id }, 'input.criteriaSetId', 'CROP_MISMATCH'],
      [{ administrativeUnitCodes: [] }, 'input.administrativeUnitCodes', 'REQUIRED'],
      [{ administrativeUnitCodes: [HOME_UNIT, '66'] }, 'input.administrativeUnitCodes[1]', 'UNKNOWN_UNIT'],
      [{ crop: 'TEA' }, 'input.crop', 'UNKNOWN_CROP'],
      [{ areaHa: 0 }, 'input.areaHa', 'NOT_POSITIVE'],
      [{ status: 'ESTABLISHED', formingOn: '2026-05-01' }, 'input.establishedOn', 'REQUIRED'],
      [{ status: 'PLANNED', formingOn: '2026-05-01' }, 'input.formingOn', 'NOT_APPLICABLE'],
      [{ status: 'DISSOLVED' }, 'input.status', 'INVALID_TRANSITION'],
      [{ status: 'ESTABLISHED', formingOn: '2027-05-01', establishedOn: '2027-04-30' }, 'input.establishedOn', 'DATE_ORDER'],
      [{ status: 'FORMING', formingOn: '2036-01-01' }, 'input.formingOn', 'OUT_OF_RANGE'],
      [{ status: 'FORMING', formingOn: '2027-02-30' }, 'input.formingOn', 'INVALID_DATE'],
    ];
    const before = await count(server, 'production_zone');
    for (const [change, field, reason] of cases) {
      expect([change, await refusal(CREATE_ZONE, zoneInput(change), callers.province)]).toEqual([
        change,
        expect.objectContaining({ code: 'BAD_USER_INPUT', field, reason }),
      ]);
    }
    expect(await count(server, 'production_zone')).toBe(before);
  });
});

describe('production zones: who may write them', () => {
  it('lets a commune officer write zones within their commune only; the province writes zones over several', async () => {
    expect(await refusal(CREATE_ZONE, zoneInput({ administrativeUnitCodes: [HOME_UNIT, OTHER_UNIT] }))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'OUT_OF_SCOPE',
      field: 'input.administrativeUnitCodes[1]',
    });
    const shared = (await create(zoneInput({ administrativeUnitCodes: [HOME_UNIT, OTHER_UNIT] }), callers.province)).record!;
    expect(shared.communes).toEqual([{ code: HOME_UNIT }, { code: OTHER_UNIT }]);
    expect(await refusal(UPDATE_ZONE, { id: shared.id, expectedVersion: 1, name: 'x' })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusal(DELETE_ZONE, { id: shared.id, expectedVersion: 1 })).toMatchObject({ code: 'FORBIDDEN' });

    const mine = (await create(zoneInput())).record!;
    expect(await refusal(UPDATE_ZONE, { id: mine.id, expectedVersion: 1, name: 'x' }, callers.otherOfficer)).toMatchObject({ code: 'FORBIDDEN' });
    // Stretching one's own zone into another commune is refused too.
    expect(await refusal(UPDATE_ZONE, { id: mine.id, expectedVersion: 1, administrativeUnitCodes: [HOME_UNIT, OTHER_UNIT] })).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await refusal(CREATE_ZONE, zoneInput(), callers.viewer)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_PERMITTED' });
    expect(await count(server, 'production_zone', `name = 'x'`)).toBe(0);
  });

  it("lets officers of VI.1's lead agencies (the People's Committees) write for their commune, not other agencies", async () => {
    const committee = (await createTestUser(server, Role.AGENCY_OFFICER, { agencyCode: `PC-${HOME_UNIT}` })).headers;
    expect((await create(zoneInput(), committee)).userErrors).toEqual([]);
    expect(await refusal(CREATE_ZONE, zoneInput({ administrativeUnitCodes: [OTHER_UNIT] }), committee)).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'OUT_OF_SCOPE',
    });
    const department = (await createTestUser(server, Role.AGENCY_OFFICER, { agencyCode: 'DAE' })).headers;
    expect(await refusal(CREATE_ZONE, zoneInput(), department)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_LEAD_AGENCY' });
  });
});

describe('production zones: status, retries, edits and the change feed', () => {
  it('moves PLANNED → FORMING → ESTABLISHED → DISSOLVED with dates, refusing skipped and backward moves', async () => {
    const zone = (await create(zoneInput({ code: `VSX-STATUS-${key().slice(5, 13)}` }))).record!;
    expect(
      await refusal(UPDATE_ZONE, { id: zone.id, expectedVersion: 1, status: 'ESTABLISHED', formingOn: '2027-01-01', establishedOn: '2027-06-01' }),
    ).toMatchObject({
      field: 'input.status',
      reason: 'INVALID_TRANSITION',
    });
    expect(await refusal(UPDATE_ZONE, { id: zone.id, expectedVersion: 1, status: 'FORMING' })).toMatchObject({ field: 'input.formingOn', reason: 'REQUIRED' });
    const forming = await update({ id: zone.id, expectedVersion: 1, status: 'FORMING', formingOn: '2027-01-01' });
    expect(forming.record).toMatchObject({ status: 'FORMING', formingOn: '2027-01-01', version: 2 });
    const established = await update({ id: zone.id, expectedVersion: 2, status: 'ESTABLISHED', establishedOn: '2028-03-15' });
    expect(established.record).toMatchObject({ status: 'ESTABLISHED', establishedOn: '2028-03-15', version: 3 });
    expect(await refusal(UPDATE_ZONE, { id: zone.id, expectedVersion: 3, status: 'FORMING' })).toMatchObject({ reason: 'INVALID_TRANSITION' });
    const manager = server.database.dataSource.manager;
    const [in2027, in2028] = [await countEstablishedZones(manager, 2027), await countEstablishedZones(manager, 2028)];
    expect(in2028 - in2027).toBe(1);
    expect(in2028).toBe(await count(server, 'production_zone', `deleted_at IS NULL AND established_on <= '2028-12-31' AND dissolved_on IS NULL`));
    expect(await refusal(UPDATE_ZONE, { id: zone.id, expectedVersion: 3, status: 'DISSOLVED', dissolvedOn: '2028-01-01' })).toMatchObject({
      reason: 'DATE_ORDER',
    });
    expect((await update({ id: zone.id, expectedVersion: 3, status: 'DISSOLVED', dissolvedOn: '2030-06-30' })).record).toMatchObject({ status: 'DISSOLVED' });
    expect(await countEstablishedZones(manager, 2029)).toBe(in2028);
    expect(await countEstablishedZones(manager, 2030)).toBe(in2028 - 1);
    expect(await count(server, 'audit_event', `action = 'updateProductionZone' AND entity_id = $1`, [rawId(zone.id)])).toBe(3);
  });

  it('replays a repeated key, refuses a stale version, and sends a deletion as a tombstone', async () => {
    const start = await list(server, 'productionZones', '', 'id', { first: 1 }, {});
    const input = zoneInput({ idempotencyKey: key() });
    const first = await create(input);
    expect((await create(input)).record!.id).toBe(first.record!.id);
    expect(await count(server, 'production_zone', 'code = $1', [input.code])).toBe(1);
    await update({ id: first.record!.id, expectedVersion: 1, households: 200 });
    expect(await refusal(UPDATE_ZONE, { id: first.record!.id, expectedVersion: 1, households: 1 })).toMatchObject({
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
    });
    const deleted = await mutate(server, DELETE_ZONE, { id: first.record!.id, expectedVersion: 2 }, callers.homeOfficer);
    expect(deleted.record).toMatchObject({ version: 3, deletedAt: expect.any(String), households: 200 });
    const feed = await list(server, 'productionZones', '', 'id version deletedAt', { first: 100, updatedSince: start.syncWatermark }, {});
    expect(feed.nodes).toContainEqual({ id: first.record!.id, version: 3, deletedAt: expect.any(String) });
    expect((await list(server, 'productionZones', `filter: { administrativeUnitCode: "${HOME_UNIT}" }`, 'id', { first: 100 }, {})).nodes).not.toContainEqual({
      id: first.record!.id,
    });
    expect(await count(server, 'audit_event', `action = 'deleteProductionZone' AND entity_id = $1`, [rawId(first.record!.id)])).toBe(1);
  });
});

describe('production zones: boundaries over HTTP', () => {
  const { west, east, south, north } = PROVINCE_BOX;
  const square = (lon: number, lat: number, size: number) => ({
    type: 'Polygon',
    coordinates: [
      [
        [lon, lat],
        [lon + size, lat],
        [lon + size, lat + size],
        [lon, lat + size],
        [lon, lat],
      ],
    ],
  });

  it('stores any square inside the province and refuses one reaching outside it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.double({ min: west, max: east - 0.01, noNaN: true }), fc.double({ min: south, max: north - 0.01, noNaN: true }), async (lon, lat) => {
        const geometry = square(lon, lat, 0.01);
        const { record, userErrors } = await create(zoneInput({ boundary: JSON.stringify(geometry) }), callers.province);
        expect(userErrors).toEqual([]);
        expect(record!.boundary).toEqual(geometry);
      }),
      { numRuns: 15 },
    );
    await fc.assert(
      fc.asyncProperty(fc.double({ min: 100, max: 120, noNaN: true }), fc.double({ min: 5, max: 25, noNaN: true }), async (lon, lat) => {
        fc.pre(lon + 0.5 > east || lon < west || lat + 0.5 > north || lat < south);
        expect(await refusal(CREATE_ZONE, zoneInput({ boundary: JSON.stringify(square(lon, lat, 0.5)) }), callers.province)).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'input.boundary',
          reason: 'OUTSIDE_PROVINCE',
        });
      }),
      { numRuns: 15 },
    );
  });

  it('refuses huge numbers, NUL characters and non-polygons, and clears a boundary with null', async () => {
    const huge = JSON.stringify(SQUARE).replace('108.1', '1e400');
    expect(await refusal(CREATE_ZONE, zoneInput({ boundary: huge }))).toMatchObject({ field: 'input.boundary', reason: 'INVALID_GEOJSON' });
    expect(await refusal(CREATE_ZONE, zoneInput({ boundary: JSON.stringify(SQUARE).replace('Polygon', 'Poly\u0000gon') }))).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(await refusal(CREATE_ZONE, zoneInput({ boundary: '{"type":"LineString","coordinates":[[108,12.5],[108.1,12.5]]}' }))).toMatchObject({
      reason: 'NOT_A_POLYGON',
    });
    const { record } = await create(zoneInput({ boundary: JSON.stringify(SQUARE) }));
    expect((await update({ id: record!.id, expectedVersion: 1, boundary: null })).record).toMatchObject({ boundary: null, version: 2 });
  });
});

describe('production zones: lists', () => {
  it('answers 100 zones with their communes, members, buyers and criteria sets in a constant number of SQL statements', async () => {
    const members = [];
    for (let i = 0; i < 3; i += 1)
      members.push((await mutate(server, CREATE_ORGANISATION, organisationInput({ administrativeUnitCode: '24163' }), callers.province)).record!.id);
    for (let i = 0; i < 100; i += 1) {
      await create(
        zoneInput({
          code: `VSX-LIST-${String(i).padStart(3, '0')}`,
          administrativeUnitCodes: ['24163', '24121'],
          memberOrganisationIds: [members[i % 3], members[(i + 1) % 3]],
          enterpriseLinks: [{ buyerOrganisationId: buyer.id, contractReference: `HĐ ${i}` }],
          criteriaSetId: coffeeSet.id,
        }),
        callers.province,
      );
    }
    const query = `query($first: Int) { productionZones(first: $first, filter: { administrativeUnitCode: "24121" }) { totalCount edges { node {
      code communes { code name } memberOrganisations { name administrativeUnit { code } } enterpriseLinks { contractReference buyer { name } }
      criteriaSet { setVersion thresholds { metric } } } } } }`;
    type Page = { productionZones: { totalCount: number; edges: { node: { memberOrganisations: unknown[]; enterpriseLinks: unknown[] } }[] } };
    await ok<Page>(server, query, { first: 5 }, {});
    const few = server.lastSqlStatements();
    const page = await ok<Page>(server, query, { first: 100 }, {});
    expect(page.productionZones.totalCount).toBe(100);
    expect(page.productionZones.edges).toHaveLength(100);
    expect(page.productionZones.edges.every((e) => e.node.memberOrganisations.length === 2 && e.node.enterpriseLinks.length === 1)).toBe(true);
    expect(server.lastSqlStatements()).toBe(few);
  });

  it('filters by crop, status and organisation (member or buyer)', async () => {
    const byBuyer = await list(
      server,
      'productionZones',
      `filter: { organisationId: "${buyer.id}", status: PLANNED, crop: "coffee" }`,
      'code',
      { first: 100 },
      {},
    );
    expect(byBuyer.totalCount).toBe(
      await count(server, 'production_zone', `deleted_at IS NULL AND status = 'PLANNED' AND enterprise_links::text LIKE $1`, [`%${rawId(buyer.id)}%`]),
    );
    const byMember = await list(server, 'productionZones', `filter: { organisationId: "${coop.id}" }`, 'code', { first: 10 }, {});
    expect(byMember.totalCount).toBe(1);
    expect(await failure(server, `{ productionZones(filter: { organisationId: "forged" }) { totalCount } }`, {}, {})).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.organisationId',
    });
  });
});
