import { createTestApiKey } from '../../helpers/principals';
import { TestServer, startTestServer } from '../../helpers/test-server';
import { ADOPT_CRITERIA, CREATE_CRITERIA, count, criteriaInput, decision, failure, mutate, ok, rawId } from '../registers/fixtures';
import { CONTACT, EVENT, HOME_UNIT, LotWorld, REGISTER, UPDATE, VERIFY, eventKey, lotInput, lotWorld } from './lots.fixtures';

let server: TestServer;
let world: LotWorld;
beforeAll(async () => {
  server = await startTestServer();
  world = await lotWorld(server);
});
afterAll(async () => {
  await server.stop();
});

type Lot = Record<string, unknown> & { id: string; code: string; version: number; balanceKg: number };
const register = async (overrides: Record<string, unknown> = {}, headers = world.callers.homeOfficer): Promise<Lot> => {
  const { record, userErrors } = await mutate(server, REGISTER, lotInput(world, overrides), headers);
  expect(userErrors).toEqual([]);
  return record as unknown as Lot;
};
const event = (input: Record<string, unknown>, headers = world.callers.homeOfficer) => mutate(server, EVENT, { date: '2026-11-20', ...input }, headers);
const verify = async (code: string) => (await ok<{ verifyProductLot: Record<string, unknown> | null }>(server, VERIFY, { code }, {})).verifyProductLot;
const lotRow = async (id: string) =>
  (await server.database.dataSource.query('SELECT balance_kg::float AS balance, version FROM product_lot WHERE id = $1', [rawId(id)]))[0];

// Hand calculation from the records (2006 Eq 11.12, limestone EF 0.12 t C/t, 44/12): 4000 kg limestone, 5 t product.
const LIMED_CO2 = 4000 * 0.12 * (44 / 12);
const LIMED_INTENSITY = LIMED_CO2 / 5000;

describe('a lot from its ACTUAL records to the public verification', () => {
  it('computes the intensity with the engine, stores factor set and method, and shows it to anyone by its code', async () => {
    const lot = await register();
    expect(lot.code).toMatch(/^DL-24175-2026-[0-9A-HJKMNP-TV-Z]{8}-[0-9A-HJKMNP-TV-Z]$/);
    expect(lot).toMatchObject({ crop: 'COFFEE', product: 'COFFEE_CHERRY', origin: 'HARVEST', harvestYear: 2026, quantityKg: 2000, balanceKg: 2000 });
    expect(lot.intensityKgCo2ePerKg).toBeCloseTo(LIMED_INTENSITY, 6);
    expect(lot.emissionsCo2eKg).toBeCloseTo(LIMED_INTENSITY * 2000, 3);
    expect(lot).toMatchObject({ intensityBasis: 'RECORD_YIELD', factorSetCode: 'IPCC2019', gwpSet: 'AR5' });
    expect(lot.intensityMethod).toMatch(/IPCC2019/);
    expect(lot.custody).toEqual([expect.objectContaining({ kind: 'HARVESTED', quantityKg: 2000, balanceChangeKg: 2000, partyName: world.organisation.name })]);

    const seen = await verify(lot.code.toLowerCase());
    expect(seen).toMatchObject({
      code: lot.code,
      communeCode: HOME_UNIT,
      zone: world.zone.name,
      organisation: world.organisation.name,
      crop: 'COFFEE',
      product: 'COFFEE_CHERRY',
      harvestFrom: '2026-10-01',
      harvestTo: '2026-11-15',
      factorSet: 'IPCC2019',
      gwpSet: 'AR5',
      certifications: [],
      custody: [{ kind: 'HARVESTED', date: '2026-11-15', quantityKg: 2000, yieldRatio: null, party: world.organisation.name }],
    });
    expect(seen!.intensityKgCo2ePerKg).toBeCloseTo(LIMED_INTENSITY, 6);
  });

  it("shows the producer's labels valid on the last harvest day that cover the lot's crop, and none other", async () => {
    const APPLY = `mutation($input: ApplyForCertificationInput!) { applyForCertification(input: $input) { certification { id version } userErrors { field code } } }`;
    const DECIDE = `mutation($input: DecideCertificationInput!) { decideCertification(input: $input) { certification { id version status } userErrors { field code } } }`;
    const province = world.callers.province;
    const certify = async (scheme: string, crops: string[], validFrom: string, validTo: string, certificateNumber: string) => {
      const applied = await mutate(server, APPLY, { scheme, organisationId: world.organisation.id, crops }, province);
      expect(applied.userErrors).toEqual([]);
      const id = applied.record!.id;
      expect((await mutate(server, DECIDE, { id, expectedVersion: 1, status: 'UNDER_REVIEW', reason: 'Hồ sơ đủ' }, province)).userErrors).toEqual([]);
      const decision = { id, expectedVersion: 2, status: 'GRANTED', reason: 'Đạt', validFrom, validTo, certificateNumber };
      expect((await mutate(server, DECIDE, decision, province)).userErrors).toEqual([]);
    };
    await certify('LOW_EMISSION_LABEL', ['COFFEE'], '2026-01-01', '2027-12-31', 'NPT-2026-001');
    await certify('VIETGAP', ['PEPPER'], '2026-01-01', '2027-12-31', 'VG-2026-002'); // another crop
    await certify('ORGANIC', ['COFFEE'], '2026-11-16', '2027-12-31', 'HC-2026-003'); // from the day after the harvest

    const lot = await register();
    expect((await verify(lot.code))!.certifications).toEqual([
      { scheme: 'LOW_EMISSION_LABEL', schemeName: null, certificateNumber: 'NPT-2026-001', validFrom: '2026-01-01', validTo: '2027-12-31' },
    ]);

    // Label eligibility reads the holder's lots for its intensity criterion (threshold 2.5 kg CO2e/kg).
    const draft = await mutate(server, CREATE_CRITERIA, criteriaInput(), province);
    expect((await mutate(server, ADOPT_CRITERIA, { id: draft.record!.id, expectedVersion: 1, ...decision('2026-06-01') }, province)).userErrors).toEqual([]);
    const { labelEligibility } = await ok<{
      labelEligibility: { criteria: { metric: string | null; outcome: string; observed: number | null; evidenceCodes: string[] }[] };
    }>(
      server,
      'query($id: ID!) { labelEligibility(holderId: $id, cropCode: "COFFEE") { criteria { metric outcome observed evidenceCodes } } }',
      { id: world.organisation.id },
      province,
    );
    const intensity = labelEligibility.criteria.find((c) => c.metric === 'MAX_EMISSION_INTENSITY_KG_CO2E_PER_KG')!;
    expect(intensity).toMatchObject({ outcome: 'MET', evidenceCodes: expect.arrayContaining([lot.code]) });
    expect(intensity.observed).toBeCloseTo(LIMED_INTENSITY, 6);
  });

  it('divides by the lot quantity when a record has no product mass, and says so', async () => {
    const lot = await register({ activityRecordIds: [world.records['no-yield']], quantityKg: 1000 });
    expect(lot.intensityBasis).toBe('LOT_QUANTITY');
    expect(lot.intensityKgCo2ePerKg).toBeCloseTo((2000 * 0.12 * (44 / 12)) / 1000, 6);
    expect(lot.intensityMethod).toMatch(/÷ the lot's quantity/);
  });

  it('shows no personal data: no contact, phone, email or user fields, and not the contact person', async () => {
    const lot = await register();
    await event({ lotId: lot.id, kind: 'SOLD', quantityKg: 100, partyOrganisationId: world.organisation.id });
    const text = JSON.stringify(await verify(lot.code));
    for (const forbidden of ['contact', 'phone', 'email', 'user', 'recordedBy', 'actorId', CONTACT.name, CONTACT.phone, CONTACT.email]) {
      expect(text.toLowerCase()).not.toContain(forbidden.toLowerCase());
    }
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
    const schema = await ok<{ __type: { fields: { name: string }[] } }>(server, '{ __type(name: "LotVerification") { fields { name } } }', {}, {});
    expect(schema.__type.fields.map((f) => f.name).filter((n) => /contact|phone|email|user/i.test(n))).toEqual([]);
  });

  it('answers null, not an error, for unknown or malformed codes', async () => {
    const lot = await register();
    const wrongCheck = lot.code.slice(0, -1) + (lot.code.endsWith('0') ? '1' : '0');
    const unknown = lot.code.replace(/-([0-9A-Z]{8})-/, '-ZZZZZZZZ-');
    for (const code of [wrongCheck, unknown.slice(0, -1) + 'X', 'DL-24175-2026-00000000-0', '', 'x'.repeat(100), "' OR 1=1 --"]) {
      expect(await verify(code)).toBeNull();
    }
    // NUL bytes are refused before any resolver runs, as everywhere in the API.
    expect(await failure(server, VERIFY, { code: 'DL-\u0000' }, {})).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CHARACTERS' });
  });

  it('refuses a harvest in the future, quantities out of bounds and impossible dates', async () => {
    const before = await count(server, 'product_lot');
    const cases: [Record<string, unknown>, string, string][] = [
      [{ harvestTo: '2035-12-01' }, 'input.harvestTo', 'IN_FUTURE'],
      [{ harvestFrom: '2026-02-30' }, 'input.harvestFrom', 'INVALID_DATE'],
      [{ harvestFrom: '2026-11-20', harvestTo: '2026-11-01' }, 'input.harvestTo', 'END_BEFORE_START'],
      [{ quantityKg: 0 }, 'input.quantityKg', ''],
      [{ quantityKg: 1e12 }, 'input.quantityKg', ''],
      [{ activityRecordIds: [] }, 'input.activityRecordIds', 'REQUIRED'],
      [{ activityRecordIds: [world.records.baseline] }, 'input.activityRecordIds[0]', 'WRONG_SCENARIO'],
      [{ activityRecordIds: [world.records.pepper] }, 'input.activityRecordIds[0]', 'WRONG_CROP'],
      [{ activityRecordIds: [world.records['limed-2027']] }, 'input.activityRecordIds[0]', 'WRONG_YEAR'],
      [{ factorSet: 'NOPE' }, 'input.factorSet', 'UNKNOWN_FACTOR_SET'],
      [{ externalId: 'a\u0000b' }, 'input.externalId', ''],
    ];
    for (const [change, field, reason] of cases) {
      const refusal = await failure(server, REGISTER, { input: lotInput(world, change) }, world.callers.homeOfficer);
      expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', field });
      if (reason) expect(refusal.reason).toBe(reason);
    }
    expect(await count(server, 'product_lot')).toBe(before);
  });
});

describe('scoping', () => {
  it('lets commune officers and keys bound to the commune write, and nobody else', async () => {
    expect((await register({}, world.homeLotKey)).code).toMatch(/^DL-24175-/);
    expect(await failure(server, REGISTER, { input: lotInput(world) }, world.callers.otherOfficer)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await failure(server, REGISTER, { input: lotInput(world) }, world.otherLotKey)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await failure(server, REGISTER, { input: lotInput(world) }, world.callers.viewer)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await failure(server, REGISTER, { input: lotInput(world) }, {})).toMatchObject({ code: 'UNAUTHENTICATED' });
    const unbound = (await createTestApiKey(server, { scopes: ['lots:write'] })).headers;
    expect(await failure(server, REGISTER, { input: lotInput(world) }, unbound)).toMatchObject({ code: 'FORBIDDEN', reason: 'UNIT_BINDING_REQUIRED' });
    const lot = await register();
    const ship = { lotId: lot.id, kind: 'SHIPPED', quantityKg: 1, date: '2026-11-20' };
    expect(await failure(server, EVENT, { input: ship }, world.callers.otherOfficer)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await failure(server, UPDATE, { input: { id: lot.id, expectedVersion: lot.version, externalId: 'x' } }, world.otherLotKey)).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await lotRow(lot.id)).balance).toBe(2000);
  });

  it("refuses another commune's records on the field: unknown to a commune officer, of another commune to the province", async () => {
    const other = { activityRecordIds: [world.records.limed, world.records.other] };
    expect(await failure(server, REGISTER, { input: lotInput(world, other) }, world.callers.homeOfficer)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.activityRecordIds[1]',
      reason: 'NOT_FOUND',
    });
    expect(await failure(server, REGISTER, { input: lotInput(world, other) }, world.callers.province)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.activityRecordIds[1]',
      reason: 'OTHER_UNIT',
    });
  });

  it('refuses forged ids: a lot that does not exist, an id of another type, a malformed id', async () => {
    const forgedLot = Buffer.from('ProductLot:00000000-0000-4000-8000-000000000000').toString('base64');
    expect(
      await failure(server, EVENT, { input: { lotId: forgedLot, kind: 'STORED', quantityKg: 1, date: '2026-11-20' } }, world.callers.homeOfficer),
    ).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(
      await failure(server, EVENT, { input: { lotId: world.organisation.id, kind: 'STORED', quantityKg: 1, date: '2026-11-20' } }, world.callers.homeOfficer),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.lotId',
    });
    expect(await failure(server, REGISTER, { input: lotInput(world, { organisationId: 'bm9wZQ==' }) }, world.callers.homeOfficer)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.organisationId',
    });
  });
});

describe('updates', () => {
  it('recomputes the intensity, checks the version, and freezes quantity and records once custody begins', async () => {
    const lot = await register();
    const updated = (
      await mutate(
        server,
        UPDATE,
        {
          id: lot.id,
          expectedVersion: lot.version,
          quantityKg: 1000,
          activityRecordIds: [world.records.limed, world.records['limed-2']],
          idempotencyKey: eventKey(),
        },
        world.callers.homeOfficer,
      )
    ).record!;
    expect(updated).toMatchObject({ quantityKg: 1000, balanceKg: 1000, version: lot.version + 1 });
    expect(updated.intensityKgCo2ePerKg).toBeCloseTo((2 * LIMED_CO2) / 10_000, 6);
    expect(await failure(server, UPDATE, { input: { id: lot.id, expectedVersion: lot.version, quantityKg: 5 } }, world.callers.homeOfficer)).toMatchObject({
      code: 'CONFLICT',
    });
    await event({ lotId: lot.id, kind: 'SHIPPED', quantityKg: 10 });
    const current = (await lotRow(lot.id)).version;
    expect(await failure(server, UPDATE, { input: { id: lot.id, expectedVersion: current, quantityKg: 5 } }, world.callers.homeOfficer)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'LOT_IN_CUSTODY',
    });
  });
});
