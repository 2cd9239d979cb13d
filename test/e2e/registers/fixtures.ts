// Shared by the register end-to-end tests (organisations, criteria sets, production zones).
import { randomUUID } from 'node:crypto';
import { HOME_UNIT } from '../../helpers/principals';

export * from '../field-records/fixtures';

export const ORGANISATION_FIELDS =
  'id kind name registrationCode memberHouseholds crops version updatedAt deletedAt administrativeUnit { code } contact { name phone email }';

export const CREATE_ORGANISATION = `mutation($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) { organisation { ${ORGANISATION_FIELDS} } userErrors { field code message } } }`;

export const UPDATE_ORGANISATION = `mutation($input: UpdateOrganisationInput!) {
  updateOrganisation(input: $input) { organisation { ${ORGANISATION_FIELDS} } userErrors { field code message } } }`;

export const DELETE_ORGANISATION = `mutation($input: DeleteRecordInput!) {
  deleteOrganisation(input: $input) { organisation { ${ORGANISATION_FIELDS} } userErrors { field code message } } }`;

let sequence = 0;

/** A fresh 10-digit registration code (a test run never repeats one). */
export function registrationCode(): string {
  sequence += 1;
  return `${(Date.now() % 1e6).toString().padStart(6, '0')}${(sequence % 10_000).toString().padStart(4, '0')}`;
}

export function organisationInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'COOPERATIVE',
    name: `HTX Nông nghiệp ${randomUUID().slice(0, 6)}`,
    registrationCode: registrationCode(),
    administrativeUnitCode: HOME_UNIT,
    memberHouseholds: 120,
    crops: ['coffee', 'PEPPER'],
    contact: { name: 'Nguyễn Văn A', phone: '0912 345 678', email: 'HTX@example.test' },
    ...overrides,
  };
}

export const CRITERIA_FIELDS =
  'id crop setVersion title status decisionNumber decisionDate decisionBody requiredPractices thresholds { metric value unit } supersededOn supersededBy { id setVersion } version updatedAt deletedAt';

export const CREATE_CRITERIA = `mutation($input: CreateCriteriaSetInput!) {
  createCriteriaSet(input: $input) { criteriaSet { ${CRITERIA_FIELDS} } userErrors { field code message } } }`;

export const UPDATE_CRITERIA = `mutation($input: UpdateCriteriaSetInput!) {
  updateCriteriaSet(input: $input) { criteriaSet { ${CRITERIA_FIELDS} } userErrors { field code message } } }`;

export const DELETE_CRITERIA = `mutation($input: DeleteRecordInput!) {
  deleteCriteriaSet(input: $input) { criteriaSet { ${CRITERIA_FIELDS} } userErrors { field code message } } }`;

export const ADOPT_CRITERIA = `mutation($input: AdoptCriteriaSetInput!) {
  adoptCriteriaSet(input: $input) { criteriaSet { ${CRITERIA_FIELDS} } userErrors { field code message } } }`;

export function criteriaInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    crop: 'COFFEE',
    title: 'Bộ tiêu chí sản xuất cà phê phát thải thấp',
    requiredPractices: ['REDUCED_SPLIT_NITROGEN', 'INTERCROPPING_SHADE_TREES'],
    thresholds: [
      { metric: 'MAX_EMISSION_INTENSITY_KG_CO2E_PER_KG', value: 2.5 },
      { metric: 'MAX_SYNTHETIC_N_KG_PER_HA', value: 250 },
    ],
    ...overrides,
  };
}

export const decision = (decisionDate = '2027-03-01') => ({ decisionNumber: '123/QĐ-UBND', decisionDate, decisionBody: 'UBND tỉnh Đắk Lắk' });

export const ZONE_FIELDS =
  'id code name crop areaHa households status formingOn establishedOn dissolvedOn boundary version updatedAt deletedAt ' +
  'communes { code } memberOrganisations { id name } enterpriseLinks { contractReference buyer { id kind } } criteriaSet { id setVersion }';

export const CREATE_ZONE = `mutation($input: CreateProductionZoneInput!) {
  createProductionZone(input: $input) { productionZone { ${ZONE_FIELDS} } userErrors { field code message } } }`;

export const UPDATE_ZONE = `mutation($input: UpdateProductionZoneInput!) {
  updateProductionZone(input: $input) { productionZone { ${ZONE_FIELDS} } userErrors { field code message } } }`;

export const DELETE_ZONE = `mutation($input: DeleteRecordInput!) {
  deleteProductionZone(input: $input) { productionZone { ${ZONE_FIELDS} } userErrors { field code message } } }`;

/** A small square around Buôn Ma Thuột, closed. */
export const SQUARE = {
  type: 'Polygon',
  coordinates: [
    [
      [108.0, 12.6],
      [108.1, 12.6],
      [108.1, 12.7],
      [108.0, 12.7],
      [108.0, 12.6],
    ],
  ],
};

export function zoneInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    code: `VSX-${randomUUID().slice(0, 8)}`,
    name: 'Vùng cà phê tập trung',
    crop: 'COFFEE',
    administrativeUnitCodes: [HOME_UNIT],
    areaHa: 250.5,
    households: 180,
    ...overrides,
  };
}
