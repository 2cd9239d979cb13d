import { Role } from '../../../src/core/auth/roles';
import { createTestApiKey, createTestUser } from '../../helpers/principals';
import { TestServer, startTestServer } from '../../helpers/test-server';
import {
  CREATE_ORGANISATION,
  Callers,
  DELETE_ORGANISATION,
  HOME_UNIT,
  OTHER_UNIT,
  UPDATE_ORGANISATION,
  count,
  createCallers,
  failure,
  key,
  list,
  mutate,
  ok,
  organisationInput,
  rawId,
} from './fixtures';

let server: TestServer;
let callers: Callers;
beforeAll(async () => {
  server = await startTestServer();
  callers = await createCallers(server);
  callers.homeKey = (await createTestApiKey(server, { scopes: ['organisations:write'], administrativeUnitIds: [await unitIdOf(HOME_UNIT)] })).headers;
});
afterAll(async () => {
  await server.stop();
});

async function unitIdOf(code: string): Promise<string> {
  const [row] = await server.database.dataSource.query('SELECT id FROM administrative_unit WHERE code = $1', [code]);
  return row.id;
}

const create = (input: Record<string, unknown>, headers: Record<string, string>) => mutate(server, CREATE_ORGANISATION, input, headers);

describe('organisations: who may register them', () => {
  it('lets a commune officer register one in their commune, and stores what was sent, normalised', async () => {
    const input = organisationInput();
    const { record, userErrors } = await create(input, callers.homeOfficer);
    expect(userErrors).toEqual([]);
    expect(record).toMatchObject({
      kind: 'COOPERATIVE',
      name: input.name,
      registrationCode: input.registrationCode,
      memberHouseholds: 120,
      crops: ['COFFEE', 'PEPPER'],
      version: 1,
      deletedAt: null,
      administrativeUnit: { code: HOME_UNIT },
      contact: { name: 'Nguyễn Văn A', phone: '+84912345678', email: 'htx@example.test' },
    });
    const [row] = await server.database.dataSource.query('SELECT crops, contact_phone, registration_code FROM organisation WHERE id = $1', [rawId(record!.id)]);
    expect(row).toEqual({ crops: ['COFFEE', 'PEPPER'], contact_phone: '+84912345678', registration_code: input.registrationCode });
  });

  it("refuses another commune's officer, whatever code or id they send", async () => {
    expect(await failure(server, CREATE_ORGANISATION, { input: organisationInput() }, callers.otherOfficer)).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'OUT_OF_SCOPE',
      field: 'input.administrativeUnitCode',
    });
    const { record } = await create(organisationInput(), callers.homeOfficer);
    const update = { id: record!.id, expectedVersion: 1, name: 'Đổi tên' };
    expect(await failure(server, UPDATE_ORGANISATION, { input: update }, callers.otherOfficer)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await failure(server, DELETE_ORGANISATION, { input: { id: record!.id, expectedVersion: 1 } }, callers.otherOfficer)).toMatchObject({
      code: 'FORBIDDEN',
    });
    // Moving the seat into your commune does not make another commune's organisation yours.
    const theirs = await create(organisationInput({ administrativeUnitCode: OTHER_UNIT }), callers.province);
    expect(
      await failure(
        server,
        UPDATE_ORGANISATION,
        { input: { id: theirs.record!.id, expectedVersion: 1, administrativeUnitCode: HOME_UNIT } },
        callers.homeOfficer,
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
    // A forged id of another type, and a well-formed id of nothing.
    const forged = Buffer.from(`PilotModel:${rawId(record!.id)}`).toString('base64');
    expect(await failure(server, UPDATE_ORGANISATION, { input: { ...update, id: forged } }, callers.homeOfficer)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.id',
    });
    const nothing = Buffer.from('Organisation:00000000-0000-4000-8000-000000000000').toString('base64');
    expect(await failure(server, UPDATE_ORGANISATION, { input: { ...update, id: nothing } }, callers.homeOfficer)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await count(server, 'organisation', 'name = $1', ['Đổi tên'])).toBe(0);
  });

  it('lets a partner key bound to the commune and a department officer write; a viewer may not', async () => {
    expect((await create(organisationInput(), callers.homeKey)).userErrors).toEqual([]);
    expect(await failure(server, CREATE_ORGANISATION, { input: organisationInput({ administrativeUnitCode: OTHER_UNIT }) }, callers.homeKey)).toMatchObject({
      code: 'FORBIDDEN',
    });
    const department = (await createTestUser(server, Role.AGENCY_OFFICER, { agencyCode: 'DOST' })).headers;
    expect((await create(organisationInput({ kind: 'RESEARCH_INSTITUTE', administrativeUnitCode: OTHER_UNIT }), department)).userErrors).toEqual([]);
    expect(await failure(server, CREATE_ORGANISATION, { input: organisationInput() }, callers.viewer)).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('organisations: the contact person is personal data', () => {
  it('shows it to officers and keys granted it, to no one else, and keeps it out of the audit trail', async () => {
    const { record } = await create(organisationInput(), callers.homeOfficer);
    const query = 'query($id: ID!) { node(id: $id) { ... on Organisation { name contact { phone } } } }';
    const contactAs = async (headers: Record<string, string>) =>
      (await ok<{ node: { contact: unknown } }>(server, query, { id: record!.id }, headers)).node.contact;
    expect(await contactAs(callers.otherOfficer)).toEqual({ phone: '+84912345678' });
    expect(await contactAs({})).toBeNull();
    expect(await contactAs(callers.viewer)).toBeNull();
    expect(await contactAs((await createTestApiKey(server, { scopes: ['organisations:read'] })).headers)).toBeNull();
    expect(await contactAs((await createTestApiKey(server, { scopes: ['organisation-contacts:read'] })).headers)).toEqual({ phone: '+84912345678' });
    const audit = await server.database.dataSource.query(`SELECT changes FROM audit_event WHERE action = 'createOrganisation' AND entity_id = $1`, [
      rawId(record!.id),
    ]);
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0].changes)).not.toContain('912345678');
    expect(audit[0].changes).toMatchObject({ contactPhone: { after: '(personal data)' }, name: { after: record!.name } });
  });

  it('erases the contact when the organisation is deleted', async () => {
    const { record } = await create(organisationInput(), callers.homeOfficer);
    await mutate(server, DELETE_ORGANISATION, { id: record!.id, expectedVersion: 1 }, callers.homeOfficer);
    const [row] = await server.database.dataSource.query('SELECT contact_name, contact_phone, contact_email, deleted_at FROM organisation WHERE id = $1', [
      rawId(record!.id),
    ]);
    expect(row).toMatchObject({ contact_name: null, contact_phone: null, contact_email: null, deleted_at: expect.any(Date) });
  });
});

describe('organisations: validation', () => {
  it.each([
    [{ registrationCode: '12345' }, 'input.registrationCode', 'INVALID_REGISTRATION_CODE'],
    [{ registrationCode: '0123456789-01' }, 'input.registrationCode', 'INVALID_REGISTRATION_CODE'],
    [{ registrationCode: '01234\u000056789' }, 'input.registrationCode', 'INVALID_CHARACTERS'],
    [{ name: '   ' }, 'input.name', 'REQUIRED'],
    [{ administrativeUnitCode: '66' }, 'input.administrativeUnitCode', 'UNKNOWN_UNIT'],
    [{ administrativeUnitCode: '99999' }, 'input.administrativeUnitCode', 'UNKNOWN_UNIT'],
    [{ crops: ['COFFEE', 'TEA'] }, 'input.crops[1]', 'UNKNOWN_CROP'],
    [{ memberHouseholds: -1 }, 'input.memberHouseholds', 'NEGATIVE'],
    [{ memberHouseholds: 2_000_000 }, 'input.memberHouseholds', undefined],
    [{ contact: { phone: '12' } }, 'input.contact.phone', 'INVALID_PHONE'],
    [{ contact: { email: 'not-mail' } }, 'input.contact.email', 'INVALID_EMAIL'],
  ])('refuses %j with BAD_USER_INPUT on %s', async (change, field, reason) => {
    const before = await count(server, 'organisation');
    const error = await failure(server, CREATE_ORGANISATION, { input: organisationInput(change) }, callers.homeOfficer);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field, ...(reason ? { reason } : {}) });
    expect(await count(server, 'organisation')).toBe(before);
  });

  it('accepts a branch code and no code at all, refuses a live duplicate and frees the code on delete', async () => {
    const branch = await create(organisationInput({ registrationCode: '0101234567-001' }), callers.homeOfficer);
    expect(branch.record).toMatchObject({ registrationCode: '0101234567-001' });
    expect((await create(organisationInput({ registrationCode: null, kind: 'FARMER_GROUP' }), callers.homeOfficer)).record).toMatchObject({
      registrationCode: null,
    });
    const again = await create(organisationInput({ registrationCode: '0101234567-001' }), callers.province);
    expect(again).toEqual({ record: null, userErrors: [expect.objectContaining({ field: ['input', 'registrationCode'], code: 'TAKEN' })] });
    await mutate(server, DELETE_ORGANISATION, { id: branch.record!.id, expectedVersion: 1 }, callers.homeOfficer);
    expect((await create(organisationInput({ registrationCode: '0101234567-001' }), callers.province)).userErrors).toEqual([]);
  });
});

describe('organisations: retries, concurrent edits, change feed and audit', () => {
  it('replays a repeated idempotency key, and writes one row and one audit event', async () => {
    const input = organisationInput({ idempotencyKey: key() });
    const first = await create(input, callers.homeOfficer);
    const second = await create(input, callers.homeOfficer);
    expect(second.record!.id).toBe(first.record!.id);
    expect(await count(server, 'organisation', 'registration_code = $1', [input.registrationCode])).toBe(1);
    expect(await count(server, 'audit_event', `action = 'createOrganisation' AND entity_id = $1`, [rawId(first.record!.id)])).toBe(1);
  });

  it('refuses a stale expectedVersion with CONFLICT and keeps the stored row', async () => {
    const { record } = await create(organisationInput(), callers.homeOfficer);
    const updated = await mutate(
      server,
      UPDATE_ORGANISATION,
      { id: record!.id, expectedVersion: 1, memberHouseholds: 150, contact: null },
      callers.homeOfficer,
    );
    expect(updated.record).toMatchObject({ memberHouseholds: 150, version: 2, contact: null });
    expect(
      await failure(server, UPDATE_ORGANISATION, { input: { id: record!.id, expectedVersion: 1, memberHouseholds: 1 } }, callers.homeOfficer),
    ).toMatchObject({
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
      currentVersion: 2,
    });
    const [row] = await server.database.dataSource.query('SELECT member_households, version FROM organisation WHERE id = $1', [rawId(record!.id)]);
    expect(row).toEqual({ member_households: 150, version: 2 });
    expect(await count(server, 'audit_event', `action = 'updateOrganisation' AND entity_id = $1`, [rawId(record!.id)])).toBe(1);
  });

  it('sends a deletion to syncing devices as a tombstone, and lists only live ones otherwise', async () => {
    const start = await list(server, 'organisations', '', 'id', { first: 1 }, callers.homeOfficer);
    const { record } = await create(organisationInput({ name: 'HTX sẽ xoá' }), callers.homeOfficer);
    const deleted = await mutate(server, DELETE_ORGANISATION, { id: record!.id, expectedVersion: 1 }, callers.homeOfficer);
    expect((await mutate(server, DELETE_ORGANISATION, { id: record!.id, expectedVersion: 1 }, callers.homeOfficer)).record).toEqual(deleted.record);
    const feed = await list(server, 'organisations', '', 'id version deletedAt', { first: 100, updatedSince: start.syncWatermark }, callers.homeOfficer);
    expect(feed.nodes).toContainEqual({ id: record!.id, version: 2, deletedAt: expect.any(String) });
    const live = await list(server, 'organisations', 'filter: { search: "HTX SE XOA" }', 'id', { first: 100 }, callers.homeOfficer);
    expect(live.nodes).toEqual([]);
    expect(await count(server, 'audit_event', `action = 'deleteOrganisation' AND entity_id = $1`, [rawId(record!.id)])).toBe(1);
  });

  it('filters by kind, commune, crop and name, ignoring diacritics', async () => {
    await create(
      organisationInput({ kind: 'ENTERPRISE', name: 'Công ty Sầu riêng Krông Pắc', administrativeUnitCode: '24163', crops: ['DURIAN'] }),
      callers.province,
    );
    const page = await list(
      server,
      'organisations',
      'filter: { kind: ENTERPRISE, administrativeUnitCode: "24163", crop: "durian", search: "sau rieng" }',
      'name crops',
      { first: 10 },
      {},
    );
    expect(page.nodes).toEqual([{ name: 'Công ty Sầu riêng Krông Pắc', crops: ['DURIAN'] }]);
  });
});
