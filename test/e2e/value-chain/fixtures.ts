// Shared by the value-chain end-to-end tests (certifications, labels, OCOP).
export * from '../registers/fixtures';

export const CERTIFICATION_FIELDS =
  'id scheme schemeName status statusReason statusChangedAt grantedOn validFrom validTo certificateNumber crops areaHa notes version updatedAt deletedAt ' +
  'organisation { id } productionZone { id } certificationBody { id } communes { code }';

export const APPLY = `mutation($input: ApplyForCertificationInput!) {
  applyForCertification(input: $input) { certification { ${CERTIFICATION_FIELDS} } userErrors { field code message } } }`;

export const DECIDE = `mutation($input: DecideCertificationInput!) {
  decideCertification(input: $input) { certification { ${CERTIFICATION_FIELDS} } userErrors { field code message } } }`;

export const ELIGIBILITY = `query($holderId: ID!, $cropCode: String!) {
  labelEligibility(holderId: $holderId, cropCode: $cropCode) {
    holderId crop eligible reason recordsYear criteriaSet { id setVersion }
    criteria { practice metric outcome threshold observed unit recordsCounted evidenceIds evidenceCodes explanation } } }`;

export const OCOP_FIELDS =
  'id name crop starRating yearRated decisionNumber reRatedOn nextReRatingDue lowEmissionCriteriaNote carriesLowEmissionLabel ' +
  'lowEmissionLabel { id scheme validTo } organisation { id } commune { code } version updatedAt deletedAt';

export const CREATE_OCOP = `mutation($input: CreateOcopProductInput!) {
  createOcopProduct(input: $input) { ocopProduct { ${OCOP_FIELDS} } userErrors { field code message } } }`;

export const UPDATE_OCOP = `mutation($input: UpdateOcopProductInput!) {
  updateOcopProduct(input: $input) { ocopProduct { ${OCOP_FIELDS} } userErrors { field code message } } }`;

export const DELETE_OCOP = `mutation($input: DeleteRecordInput!) {
  deleteOcopProduct(input: $input) { ocopProduct { ${OCOP_FIELDS} } userErrors { field code message } } }`;

const dayOffset = (days: number) => new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
/** Vietnam's today, and days around it: a grant in the tests is valid today. */
export const TODAY = dayOffset(0);
export const LAST_YEAR = dayOffset(-365);
export const IN_TWO_YEARS = dayOffset(730);

export const grant = (id: string, expectedVersion: number, extra: Record<string, unknown> = {}) => ({
  id,
  expectedVersion,
  status: 'GRANTED',
  reason: 'Đạt yêu cầu thẩm định',
  validFrom: LAST_YEAR,
  validTo: IN_TWO_YEARS,
  ...extra,
});
