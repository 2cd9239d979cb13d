// Shared by the product-lot end-to-end tests: callers, an organisation and a zone, activity records, documents.
import { randomUUID } from 'node:crypto';
import { createTestApiKey, unitId } from '../../helpers/principals';
import { TestServer } from '../../helpers/test-server';
import { IMPORT, record } from '../emissions/fixtures';
import {
  CREATE_ORGANISATION,
  CREATE_ZONE,
  Callers,
  HOME_UNIT,
  OTHER_UNIT,
  createCallers,
  mutate,
  ok,
  organisationInput,
  zoneInput,
} from '../registers/fixtures';

export { HOME_UNIT, OTHER_UNIT };
export type Headers = Record<string, string>;

export const LOT_FIELDS = `id code externalId crop product origin harvestYear harvestFrom harvestTo quantityKg balanceKg
  emissionsCo2eKg intensityKgCo2ePerKg intensityBasis intensityMethod factorSetCode gwpSet activityRecordIds parentLotIds version updatedAt deletedAt
  administrativeUnit { code } organisation { id name } zone { id name }
  custody { kind quantityKg balanceChangeKg yieldRatio date partyName relatedLotIds }`;

export const REGISTER = `mutation($input: RegisterProductLotInput!) {
  registerProductLot(input: $input) { productLot { ${LOT_FIELDS} } userErrors { field code message } } }`;
export const UPDATE = `mutation($input: UpdateProductLotInput!) {
  updateProductLot(input: $input) { productLot { ${LOT_FIELDS} } userErrors { field code message } } }`;
export const DELETE = `mutation($input: DeleteProductLotInput!) {
  deleteProductLot(input: $input) { productLot { ${LOT_FIELDS} } userErrors { field code message } } }`;
export const EVENT = `mutation($input: RecordLotEventInput!) {
  recordLotEvent(input: $input) { event { id kind quantityKg balanceChangeKg yieldRatio date partyName
    lot { id code balanceKg product intensityKgCo2ePerKg version } relatedLots { id code quantityKg balanceKg intensityKgCo2ePerKg parentLotIds } }
    userErrors { field code message } } }`;
export const IMPORT_LOTS = `mutation($input: ImportProductLotsInput!) {
  importProductLots(input: $input) { summary { dryRun created updated unchanged conflicts { rowIndex field code message } } productLots { id code externalId } } }`;
export const VERIFY = `query($code: String!) { verifyProductLot(code: $code) {
  code commune communeCode zone organisation crop product origin harvestFrom harvestTo quantityKg
  intensityKgCo2ePerKg intensityBasis intensityMethod factorSet gwpSet certifications { scheme schemeName certificateNumber validFrom validTo }
  custody { kind date quantityKg yieldRatio party } } }`;

export const CONTACT = { name: 'Nguyễn Văn Liên Hệ', phone: '0912 345 678', email: 'lienhe@example.test' };

export interface LotWorld {
  callers: Callers;
  /** lots:write, bound to the home commune; and one bound to the other commune. */
  homeLotKey: Headers;
  otherLotKey: Headers;
  organisation: { id: string; name: string };
  zone: { id: string; name: string };
  /** Activity records by externalId (global IDs). */
  records: Record<string, string>;
}

/** 4 t of limestone, 5 t of cherry: 4000 × 0.12 × 44/12 = 1760 kg CO2, 0.352 kg CO2e per kg (2006 Eq 11.12). */
export const LIMED = { cropCode: 'COFFEE', areaHa: 2, lime: [{ type: 'LIMESTONE', amountKg: 4000 }], yieldTonnes: 5 };
/** 2 t of limestone, product unknown: 880 kg CO2. */
export const LIMED_NO_YIELD = { cropCode: 'COFFEE', areaHa: 1, lime: [{ type: 'LIMESTONE', amountKg: 2000 }] };

export async function lotWorld(server: TestServer): Promise<LotWorld> {
  const callers = await createCallers(server);
  const homeLotKey = (await createTestApiKey(server, { scopes: ['lots:write'], administrativeUnitIds: [await unitId(server, HOME_UNIT)] })).headers;
  const otherLotKey = (await createTestApiKey(server, { scopes: ['lots:write'], administrativeUnitIds: [await unitId(server, OTHER_UNIT)] })).headers;
  const organisation = (await mutate(server, CREATE_ORGANISATION, organisationInput({ contact: CONTACT }), callers.province)).record!;
  const zone = (await mutate(server, CREATE_ZONE, zoneInput(), callers.province)).record!;
  const rows = [
    record('limed', HOME_UNIT, LIMED),
    record('limed-2', HOME_UNIT, LIMED),
    record('no-yield', HOME_UNIT, LIMED_NO_YIELD),
    record('baseline', HOME_UNIT, LIMED, { scenario: 'BASELINE' }),
    record('other', OTHER_UNIT, LIMED),
    record('pepper', HOME_UNIT, { cropCode: 'PEPPER', areaHa: 1, lime: [{ type: 'LIMESTONE', amountKg: 100 }] }),
    record('limed-2027', HOME_UNIT, LIMED, { year: 2027 }),
  ];
  const data = await ok<{ importActivityRecords: { records: { id: string; externalId: string }[] } }>(
    server,
    IMPORT,
    { input: { records: rows, dryRun: false } },
    callers.province,
  );
  const records = Object.fromEntries(data.importActivityRecords.records.map((r) => [r.externalId, r.id]));
  return { callers, homeLotKey, otherLotKey, organisation: organisation as never, zone: zone as never, records };
}

export function lotInput(world: LotWorld, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    product: 'COFFEE_CHERRY',
    administrativeUnitCode: HOME_UNIT,
    organisationId: world.organisation.id,
    zoneId: world.zone.id,
    harvestFrom: '2026-10-01',
    harvestTo: '2026-11-15',
    quantityKg: 2000,
    activityRecordIds: [world.records.limed],
    ...overrides,
  };
}

export const eventKey = () => `lot-${randomUUID()}`;
