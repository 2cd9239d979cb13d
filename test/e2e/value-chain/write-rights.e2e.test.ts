// Write rights of the value chain (issue #15): keys of an organisation's own staff write its lots only,
// certification bodies' officers decide their own body's certifications, expiry is shown as of today,
// and a lot registered by mistake is deleted (a tombstone) until custody starts.
import { TestServer, startTestServer } from '../../helpers/test-server';
import { CREATE_ORGANISATION, count, failure, key, list, mutate, ok, organisationInput, rawId } from '../registers/fixtures';
import { APPLY, DECIDE, IN_TWO_YEARS, LAST_YEAR } from './fixtures';
import { DELETE as DELETE_LOT, EVENT, HOME_UNIT, LotWorld, OTHER_UNIT, REGISTER, UPDATE, VERIFY, eventKey, lotInput, lotWorld } from './lots.fixtures';
import { createCertificationBody, createCertificationBodyOfficer, createOrganisationKey } from './write-rights.fixtures';

const CREATE_KEY = `mutation($input: CreateApiKeyInput!) {
  createApiKey(input: $input) { secret apiKey { id administrativeUnitCodes organisation { id } } userErrors { field code } } }`;
const CERTIFICATIONS = `query($status: CertificationStatus) { certifications(first: 100, filter: { status: $status }) { edges { node { id status decidedStatus } } } }`;

const dayOffset = (days: number) => new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

let server: TestServer;
let world: LotWorld;
/** A second cooperative of the home commune, whose staff hold their own key. */
let neighbour: { id: string; name: string };
let ownKey: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  world = await lotWorld(server);
  neighbour = (await mutate(server, CREATE_ORGANISATION, organisationInput(), world.callers.province)).record as never;
  ownKey = await createOrganisationKey(server, rawId(world.organisation.id), HOME_UNIT);
});
afterAll(async () => {
  await server.stop();
});

type Lot = { id: string; code: string; version: number; deletedAt: string | null };
const register = async (overrides: Record<string, unknown> = {}, headers = world.callers.homeOfficer): Promise<Lot> => {
  const { record, userErrors } = await mutate(server, REGISTER, lotInput(world, overrides), headers);
  expect(userErrors).toEqual([]);
  return record as unknown as Lot;
};
const lotRow = async (id: string) =>
  (await server.database.dataSource.query('SELECT version, external_id, deleted_at FROM product_lot WHERE id = $1', [rawId(id)]))[0];

describe('API keys bound to an organisation', () => {
  it('are created bound to the organisation and, by default, to the commune of its seat; shown in the key list', async () => {
    const created = await ok<{ createApiKey: { apiKey: { id: string; administrativeUnitCodes: string[]; organisation: { id: string } } } }>(
      server,
      CREATE_KEY,
      { input: { name: 'HTX staff', partnerName: 'HTX', scopes: ['lots:write'], organisationId: world.organisation.id } },
      world.callers.admin,
    );
    expect(created.createApiKey.apiKey).toMatchObject({ administrativeUnitCodes: [HOME_UNIT], organisation: { id: world.organisation.id } });
    const listed = await ok<{ apiKeys: { edges: { node: { id: string; organisation: { id: string } | null } }[] } }>(
      server,
      '{ apiKeys(first: 100) { edges { node { id organisation { id } } } } }',
      {},
      world.callers.admin,
    );
    expect(listed.apiKeys.edges.find((e) => e.node.id === created.createApiKey.apiKey.id)!.node.organisation).toEqual({ id: world.organisation.id });
  });

  it('refuse an organisation outside the key’s communes, and an unknown one, on input.organisationId', async () => {
    const keysBefore = await count(server, 'api_key');
    const input = { name: 'k', partnerName: 'p', scopes: ['lots:write'] };
    expect(
      await failure(
        server,
        CREATE_KEY,
        { input: { ...input, organisationId: world.organisation.id, administrativeUnitCodes: [OTHER_UNIT] } },
        world.callers.admin,
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.organisationId', reason: 'OTHER_UNIT' });
    const unknown = Buffer.from('Organisation:00000000-0000-4000-8000-000000000000').toString('base64');
    expect(await failure(server, CREATE_KEY, { input: { ...input, organisationId: unknown } }, world.callers.admin)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.organisationId',
      reason: 'NOT_FOUND',
    });
    expect(await count(server, 'api_key')).toBe(keysBefore);
  });

  it("write their own organisation's lots: register, update, record events", async () => {
    const lot = await register({}, ownKey);
    const updated = await mutate(server, UPDATE, { id: lot.id, expectedVersion: lot.version, externalId: 'OWN-1' }, ownKey);
    expect(updated.userErrors).toEqual([]);
    expect(updated.record).toMatchObject({ externalId: 'OWN-1', organisation: { id: world.organisation.id } });
    const stored = await mutate(server, EVENT, { lotId: lot.id, kind: 'STORED', quantityKg: 100, date: '2026-11-20', idempotencyKey: eventKey() }, ownKey);
    expect(stored.userErrors).toEqual([]);
  });

  it("are refused another organisation's lots (FORBIDDEN, OUT_OF_SCOPE) and change nothing", async () => {
    const lotsBefore = await count(server, 'product_lot');
    expect(await failure(server, REGISTER, { input: lotInput(world, { organisationId: neighbour.id }) }, ownKey)).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'OUT_OF_SCOPE',
      field: 'input.organisationId',
    });
    expect(await count(server, 'product_lot')).toBe(lotsBefore + 0);

    const theirs = await register({ organisationId: neighbour.id });
    const before = await lotRow(theirs.id);
    expect(await failure(server, UPDATE, { input: { id: theirs.id, expectedVersion: theirs.version, externalId: 'X' } }, ownKey)).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'OUT_OF_SCOPE',
      field: 'input.id',
    });
    expect(
      await failure(server, EVENT, { input: { lotId: theirs.id, kind: 'SHIPPED', quantityKg: 10, date: '2026-11-20', idempotencyKey: eventKey() } }, ownKey),
    ).toMatchObject({ code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE', field: 'input.lotId' });
    expect(await failure(server, DELETE_LOT, { input: { id: theirs.id, expectedVersion: theirs.version } }, ownKey)).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'OUT_OF_SCOPE',
    });
    // Moving its own lot to another organisation is refused too.
    const mine = await register({}, ownKey);
    expect(await failure(server, UPDATE, { input: { id: mine.id, expectedVersion: mine.version, organisationId: neighbour.id } }, ownKey)).toMatchObject({
      code: 'FORBIDDEN',
      field: 'input.organisationId',
    });
    expect(await lotRow(theirs.id)).toEqual(before);
    expect(await count(server, 'product_lot_event', 'lot_id = $1', [rawId(theirs.id)])).toBe(1);
    expect((await lotRow(mine.id)).version).toBe(mine.version);
  });
});

describe('certification bodies decide their own certifications', () => {
  it("lets an officer of the named body decide (audited as theirs), and refuses another body's officer", async () => {
    const bodyA = await createCertificationBody(server);
    const bodyB = await createCertificationBody(server);
    const officerA = await createCertificationBodyOfficer(server, bodyA.rawId);
    const officerB = await createCertificationBodyOfficer(server, bodyB.rawId);
    const applied = await mutate(
      server,
      APPLY,
      { scheme: 'VIETGAP', organisationId: world.organisation.id, crops: ['COFFEE'], certificationBodyId: bodyA.id },
      world.callers.province,
    );
    const id = applied.record!.id;

    // The other body's officer does not even see the application; nothing changes.
    const review = { id, expectedVersion: 1, status: 'UNDER_REVIEW', reason: 'Tiếp nhận hồ sơ' };
    expect(await failure(server, DECIDE, { input: review }, officerB.headers)).toMatchObject({ code: 'NOT_FOUND' });
    const seenByA = await ok<{ certifications: { edges: { node: { id: string } }[] } }>(server, CERTIFICATIONS, {}, officerA.headers);
    expect(seenByA.certifications.edges.map((e) => e.node.id)).toEqual([id]);

    expect((await mutate(server, DECIDE, review, officerA.headers)).userErrors).toEqual([]);
    const granted = await mutate(
      server,
      DECIDE,
      { id, expectedVersion: 2, status: 'GRANTED', reason: 'Đạt', validFrom: LAST_YEAR, validTo: IN_TWO_YEARS },
      officerA.headers,
    );
    expect(granted.record).toMatchObject({ status: 'GRANTED', statusReason: 'Đạt' });
    // Granted, it is public, yet still not the other body's to decide.
    expect(await failure(server, DECIDE, { input: { id, expectedVersion: 3, status: 'SUSPENDED', reason: 'x' } }, officerB.headers)).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'OUT_OF_SCOPE',
    });
    // A reason is required of the body as of anyone.
    expect(await failure(server, DECIDE, { input: { id, expectedVersion: 3, status: 'SUSPENDED', reason: ' ' } }, officerA.headers)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.reason',
    });
    const audit = await server.database.dataSource.query(
      `SELECT actor_type, actor_id FROM audit_event WHERE action = 'decideCertification' AND entity_id = $1 ORDER BY sequence`,
      [rawId(id)],
    );
    expect(audit).toEqual([
      { actor_type: 'USER', actor_id: officerA.userId },
      { actor_type: 'USER', actor_id: officerA.userId },
    ]);
  });

  it('refuses a body officer a certification that names no body, and one of another body already granted', async () => {
    const body = await createCertificationBody(server);
    const officer = await createCertificationBodyOfficer(server, body.rawId);
    const applied = await mutate(server, APPLY, { scheme: 'ORGANIC', organisationId: world.organisation.id, crops: ['COFFEE'] }, world.callers.province);
    const id = applied.record!.id;
    expect(await failure(server, DECIDE, { input: { id, expectedVersion: 1, status: 'UNDER_REVIEW', reason: 'r' } }, officer.headers)).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await server.database.dataSource.query('SELECT status FROM certification WHERE id = $1', [rawId(id)]))[0].status).toBe('APPLIED');
  });
});

describe('expiry', () => {
  it('shows a grant whose validTo has passed as EXPIRED (final), while a lot harvested within its validity still shows the label', async () => {
    const province = world.callers.province;
    const applied = await mutate(server, APPLY, { scheme: 'LOW_EMISSION_LABEL', organisationId: world.organisation.id, crops: ['COFFEE'] }, province);
    const id = applied.record!.id;
    await mutate(server, DECIDE, { id, expectedVersion: 1, status: 'UNDER_REVIEW', reason: 'r' }, province);
    const yesterday = dayOffset(-1);
    const granted = await mutate(
      server,
      DECIDE,
      { id, expectedVersion: 2, status: 'GRANTED', reason: 'Đạt', validFrom: '2026-01-01', validTo: yesterday, certificateNumber: 'NPT-EXP-1' },
      province,
    );
    expect(granted.record).toMatchObject({ status: 'EXPIRED', validTo: yesterday });

    const byStatus = async (status: string) =>
      (await ok<{ certifications: { edges: { node: { id: string; status: string; decidedStatus: string } }[] } }>(server, CERTIFICATIONS, { status }, {}))
        .certifications.edges;
    expect((await byStatus('EXPIRED')).find((e) => e.node.id === id)?.node).toEqual({ id, status: 'EXPIRED', decidedStatus: 'GRANTED' });
    expect((await byStatus('GRANTED')).some((e) => e.node.id === id)).toBe(false);
    expect(await failure(server, DECIDE, { input: { id, expectedVersion: 3, status: 'SUSPENDED', reason: 'r' } }, province)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.status',
      reason: 'INVALID_TRANSITION',
    });

    // Harvested 2026-10-01..2026-11-15, within 2026-01-01..yesterday: the label was valid then.
    const lot = await register();
    const seen = await ok<{ verifyProductLot: { certifications: { certificateNumber: string }[] } }>(server, VERIFY, { code: lot.code }, {});
    expect(seen.verifyProductLot.certifications.map((c) => c.certificateNumber)).toContain('NPT-EXP-1');
  });
});

describe('deleting a lot', () => {
  it('deletes a lot still as registered: audited, a tombstone in the updatedSince feed, unknown to the public verification', async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    const lot = await register({ externalId: 'DEL-1' });
    const idempotencyKey = key();
    const deleted = await mutate(server, DELETE_LOT, { id: lot.id, expectedVersion: lot.version, idempotencyKey }, world.callers.homeOfficer);
    expect(deleted.userErrors).toEqual([]);
    expect(deleted.record!.deletedAt).not.toBeNull();
    // The same key again answers the first result; deleting a tombstone answers it as it is.
    expect((await mutate(server, DELETE_LOT, { id: lot.id, expectedVersion: lot.version, idempotencyKey }, world.callers.homeOfficer)).record!.id).toBe(lot.id);
    expect(await count(server, 'audit_event', `action = 'deleteProductLot' AND entity_id = $1`, [rawId(lot.id)])).toBe(1);

    const live = await list(server, 'productLots', '', 'id deletedAt', { first: 100 }, world.callers.homeOfficer);
    expect(live.nodes.map((n) => n.id)).not.toContain(lot.id);
    const feed = await list(server, 'productLots', '', 'id deletedAt', { first: 100, updatedSince: since }, world.callers.homeOfficer);
    expect(feed.nodes.find((n) => n.id === lot.id)).toEqual({ id: lot.id, deletedAt: deleted.record!.deletedAt });
    expect((await ok<{ verifyProductLot: unknown }>(server, VERIFY, { code: lot.code }, {})).verifyProductLot).toBeNull();
    // Its externalId is free again for the commune.
    expect((await register({ externalId: 'DEL-1' })).id).not.toBe(lot.id);
  });

  it('refuses a lot with custody (LOT_IN_CUSTODY), a stale version (CONFLICT), and another commune’s caller; nothing changes', async () => {
    const lot = await register();
    const stale = await failure(server, DELETE_LOT, { input: { id: lot.id, expectedVersion: lot.version + 1 } }, world.callers.homeOfficer);
    expect(stale).toMatchObject({ code: 'CONFLICT' });
    expect(await failure(server, DELETE_LOT, { input: { id: lot.id, expectedVersion: lot.version } }, world.otherLotKey)).toMatchObject({ code: 'FORBIDDEN' });
    await mutate(server, EVENT, { lotId: lot.id, kind: 'SHIPPED', quantityKg: 500, date: '2026-11-20', idempotencyKey: eventKey() }, world.callers.homeOfficer);
    const before = await lotRow(lot.id);
    expect(await failure(server, DELETE_LOT, { input: { id: lot.id, expectedVersion: before.version } }, world.callers.homeOfficer)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.id',
      reason: 'LOT_IN_CUSTODY',
    });
    expect(await lotRow(lot.id)).toEqual(before);
  });
});
