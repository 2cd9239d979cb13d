// Documents and inputs shared by the crop-planning and infrastructure register tests.
import { randomUUID } from 'node:crypto';
import { HOME_UNIT } from '../field-records/fixtures';

const USER_ERRORS = 'userErrors { field code message }';
const COMMON = 'id version updatedAt deletedAt administrativeUnit { code }';

export const PLAN_FIELDS = `${COMMON} crop year plannedAreaHa plannedYieldTonnesPerHa plannedProductionTonnes note`;
export const CONVERSION_FIELDS = `${COMMON} year fromCrop toCrop areaHa status toCropPerennial note`;
export const REVIEW_FIELDS = `${COMMON} planTitle planKind planLevel planReference reviewedOn findings proposals decisionNumber decisionDate decisionBody`;
export const INTEGRATION_FIELDS = `${COMMON} programmeName programmeCode ownerAgency { code } criteria startYear endYear status note`;
export const WORK_FIELDS = `${COMMON} kind name areaServedHa enablesAlternateWettingDrying investmentVnd budgetLineId status completedOn note`;

/** The create, update and delete documents of one register type. */
export function documents(type: string, fields: string) {
  const field = type.charAt(0).toLowerCase() + type.slice(1);
  return {
    create: `mutation($input: Create${type}Input!) { create${type}(input: $input) { ${field} { ${fields} } ${USER_ERRORS} } }`,
    update: `mutation($input: Update${type}Input!) { update${type}(input: $input) { ${field} { ${fields} } ${USER_ERRORS} } }`,
    delete: `mutation($input: DeleteRecordInput!) { delete${type}(input: $input) { ${field} { ${fields} } ${USER_ERRORS} } }`,
  };
}

export const PLAN = documents('CropPlan', PLAN_FIELDS);
export const CONVERSION = documents('CropConversion', CONVERSION_FIELDS);
export const REVIEW = documents('PlanningReview', REVIEW_FIELDS);
export const INTEGRATION = documents('ProgrammeIntegration', INTEGRATION_FIELDS);
export const WORK = documents('InfrastructureWork', WORK_FIELDS);

export const planInput = (overrides: Record<string, unknown> = {}) => ({
  administrativeUnitCode: HOME_UNIT,
  crop: 'COFFEE',
  year: 2027,
  plannedAreaHa: 1250.5,
  plannedYieldTonnesPerHa: 3.2,
  ...overrides,
});

export const conversionInput = (overrides: Record<string, unknown> = {}) => ({
  administrativeUnitCode: HOME_UNIT,
  year: 2027,
  fromCrop: 'CASSAVA',
  toCrop: 'DURIAN',
  areaHa: 12.5,
  ...overrides,
});

export const reviewInput = (overrides: Record<string, unknown> = {}) => ({
  planLevel: 'COMMUNE',
  administrativeUnitCode: HOME_UNIT,
  planTitle: 'Quy hoạch sử dụng đất trồng trọt xã Hòa Phú',
  planKind: 'CROP_LAND',
  reviewedOn: '2026-03-10',
  findings: 'Diện tích lúa nước có thể áp dụng tưới ướt khô xen kẽ',
  proposals: ['Tích hợp AWD cho 200 ha lúa', 'Giảm 20% phân đạm'],
  ...overrides,
});

export const integrationInput = (overrides: Record<string, unknown> = {}) => ({
  programmeName: 'Chương trình chuyển đổi cây trồng tỉnh Đắk Lắk',
  programmeCode: `CT-${randomUUID().slice(0, 8)}`,
  ownerAgencyCode: 'DAE',
  criteria: ['Giảm 20% phân đạm tổng hợp', 'Không đốt phụ phẩm'],
  startYear: 2026,
  endYear: 2030,
  ...overrides,
});

export const workInput = (overrides: Record<string, unknown> = {}) => ({
  administrativeUnitCode: HOME_UNIT,
  kind: 'ON_FARM_CANAL',
  name: 'Kênh mương nội đồng thôn 3',
  areaServedHa: 85,
  enablesAlternateWettingDrying: true,
  investmentVnd: 4_500_000_000,
  ...overrides,
});
