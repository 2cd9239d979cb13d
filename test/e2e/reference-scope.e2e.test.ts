// Every ID or code a write refers to must be in the caller's scope, not only the unit it writes for.
// One row per mutation × referenced field: a commune officer of HOME_UNIT (and a partner key bound to
// it) sends a reference to OTHER_UNIT's data and is refused with a stable code and field, and nothing
// in the database changes. The same reference from its own unit works. Records the caller may not
// read are refused exactly like records that do not exist.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { GraphQLInputObjectType, buildSchema, getNamedType, isInputObjectType } from 'graphql';
import { Role } from '../../src/core/auth/roles';
import { HOME_UNIT, OTHER_UNIT, createTestApiKey, createTestUser, unitId } from '../helpers/principals';
import { GraphQLResponse, TestServer, startTestServer } from '../helpers/test-server';
import { record, riceActivity } from './emissions/fixtures';
import { eventInput, materialInput, pilotInput } from './field-records/fixtures';
import { conversionInput, integrationInput, planInput, reviewInput, workInput } from './registers/crop-planning.fixtures';
import { criteriaInput, decision, organisationInput, zoneInput } from './registers/fixtures';

type Headers = Record<string, string>;
type Input = Record<string, unknown>;
interface Refusal {
  code: string;
  field: string;
  reason?: string;
}

let server: TestServer;
const callers: Record<'province' | 'homeOfficer' | 'otherOfficer' | 'homeKey' | 'viewer', Headers> = {} as never;
/** Global IDs of the fixtures, by name. */
const ids: Record<string, string> = {};

const MISSING = '00000000-0000-4000-8000-000000000000';
const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
const missing = (type: string) => globalId(type, MISSING);

// ── GraphQL documents: just enough selection to see success or refusal ──────────────────────────
const DOCS: Record<string, [inputType: string, selection: string]> = {
  createPilotModel: ['CreatePilotModelInput', 'pilotModel { id } userErrors { field code }'],
  updatePilotModel: ['UpdatePilotModelInput', 'pilotModel { id } userErrors { field code }'],
  deletePilotModel: ['DeleteRecordInput', 'pilotModel { id } userErrors { field code }'],
  recordTrainingEvent: ['RecordTrainingEventInput', 'trainingEvent { id } userErrors { field code }'],
  updateTrainingEvent: ['UpdateTrainingEventInput', 'trainingEvent { id } userErrors { field code }'],
  deleteTrainingEvent: ['DeleteRecordInput', 'trainingEvent { id } userErrors { field code }'],
  importAttendance: ['ImportAttendanceInput', 'summary { created conflicts { field code } } trainingEvent { id }'],
  createMaterial: ['CreateMaterialInput', 'material { id } userErrors { field code }'],
  updateMaterial: ['UpdateMaterialInput', 'material { id } userErrors { field code }'],
  deleteMaterial: ['DeleteRecordInput', 'material { id } userErrors { field code }'],
  registerFarmerAccount: ['RegisterFarmerAccountInput', 'farmerAccount { id } userErrors { field code }'],
  deleteFarmerAccount: ['DeleteRecordInput', 'farmerAccount { id } userErrors { field code }'],
  enrolInCourse: ['EnrolInCourseInput', 'enrolment { id } userErrors { field code }'],
  recordLessonCompletion: ['RecordLessonCompletionInput', 'enrolment { id } userErrors { field code }'],
  importActivityRecords: ['ImportActivityRecordsInput', 'summary { created updated conflicts { rowIndex field code } } records { id }'],
  deleteActivityRecord: ['DeleteActivityRecordInput', 'activityRecord { id } userErrors { field code }'],
  calculateEmissionInventory: ['CalculateEmissionInventoryInput', 'emissionInventory { id } userErrors { field code }'],
  submitEmissionInventory: ['InventoryIdInput', 'emissionInventory { id status } userErrors { field code }'],
  saveCommuneImplementationPlan: ['SaveCommuneImplementationPlanInput', 'communeImplementationPlan { id } userErrors { field code }'],
  createProgressReport: ['CreateProgressReportInput', 'progressReport { id } userErrors { field code }'],
  updateProgressReport: ['UpdateProgressReportInput', 'progressReport { id } userErrors { field code }'],
  submitProgressReport: ['ProgressReportIdInput', 'progressReport { id state } userErrors { field code }'],
  createBudgetLine: ['CreateBudgetLineInput', 'budgetLine { id } userErrors { field code }'],
  updateBudgetLine: ['UpdateBudgetLineInput', 'budgetLine { id } userErrors { field code }'],
  deleteBudgetLine: ['DeleteBudgetLineInput', 'deletedBudgetLineId userErrors { field code }'],
  recordInspection: ['RecordInspectionInput', 'inspection { id } userErrors { field code }'],
  updatePlanReportApproval: ['UpdatePlanReportApprovalInput', 'planReportApproval { id } userErrors { field code }'],
  deletePlanReportApproval: ['DeleteRecordInput', 'planReportApproval { id } userErrors { field code }'],
  createResearchStudy: ['CreateResearchStudyInput', 'researchStudy { id } userErrors { field code }'],
  updateResearchStudy: ['UpdateResearchStudyInput', 'researchStudy { id } userErrors { field code }'],
  deleteResearchStudy: ['DeleteRecordInput', 'researchStudy { id } userErrors { field code }'],
  createTradePromotionEvent: ['CreateTradePromotionEventInput', 'tradePromotionEvent { id } userErrors { field code }'],
  updateTradePromotionEvent: ['UpdateTradePromotionEventInput', 'tradePromotionEvent { id } userErrors { field code }'],
  deleteTradePromotionEvent: ['DeleteRecordInput', 'tradePromotionEvent { id } userErrors { field code }'],
  createExportContract: ['CreateExportContractInput', 'exportContract { id } userErrors { field code }'],
  updateExportContract: ['UpdateExportContractInput', 'exportContract { id } userErrors { field code }'],
  deleteExportContract: ['DeleteRecordInput', 'exportContract { id } userErrors { field code }'],
  createCarbonProject: ['CreateCarbonProjectInput', 'carbonProject { id } userErrors { field code }'],
  updateCarbonProject: ['UpdateCarbonProjectInput', 'carbonProject { id } userErrors { field code }'],
  deleteCarbonProject: ['DeleteRecordInput', 'carbonProject { id } userErrors { field code }'],
  estimateCarbonMonitoringPeriod: ['EstimateCarbonMonitoringPeriodInput', 'carbonMonitoringPeriod { id } userErrors { field code }'],
  verifyCarbonMonitoringPeriod: ['VerifyCarbonMonitoringPeriodInput', 'carbonMonitoringPeriod { id } userErrors { field code }'],
  recordCreditIssuance: ['RecordCreditIssuanceInput', 'creditIssuance { id } userErrors { field code }'],
  createCourse: ['CreateCourseInput', 'course { id lessons { id } } userErrors { field code }'],
  updateCourse: ['UpdateCourseInput', 'course { id } userErrors { field code }'],
  deleteCourse: ['DeleteRecordInput', 'course { id } userErrors { field code }'],
  addCourseLesson: ['AddCourseLessonInput', 'lesson { id } userErrors { field code }'],
  updateCourseLesson: ['UpdateCourseLessonInput', 'lesson { id } userErrors { field code }'],
  deleteCourseLesson: ['DeleteRecordInput', 'lesson { id } userErrors { field code }'],
  updateInspection: ['UpdateInspectionInput', 'inspection { id } userErrors { field code }'],
  updateFollowUpAction: ['UpdateFollowUpActionInput', 'followUpAction { id } userErrors { field code }'],
  approveProgressReport: ['ProgressReportIdInput', 'progressReport { id } userErrors { field code }'],
  returnProgressReport: ['ProgressReportReasonInput', 'progressReport { id } userErrors { field code }'],
  reopenProgressReport: ['ProgressReportReasonInput', 'progressReport { id } userErrors { field code }'],
  verifyEmissionInventory: ['InventoryIdInput', 'emissionInventory { id } userErrors { field code }'],
  returnEmissionInventory: ['InventoryReasonInput', 'emissionInventory { id } userErrors { field code }'],
  reopenEmissionInventory: ['InventoryReasonInput', 'emissionInventory { id } userErrors { field code }'],
  verifyProvincialInventory: ['ProvincialInventoryIdInput', 'provincialInventory { id } userErrors { field code }'],
  reopenProvincialInventory: ['ReopenProvincialInventoryInput', 'provincialInventory { id } userErrors { field code }'],
  resendInventory: ['ResendInventoryInput', 'syncJobs { id } userErrors { field code }'],
  createUser: ['CreateUserInput', 'user { id } userErrors { field code }'],
  updateUser: ['UpdateUserInput', 'user { id } userErrors { field code }'],
  deactivateUser: ['IdInput', 'user { id } userErrors { field code }'],
  createApiKey: ['CreateApiKeyInput', 'apiKey { id } userErrors { field code }'],
  revokeApiKey: ['IdInput', 'apiKey { id } userErrors { field code }'],
  createOrganisation: ['CreateOrganisationInput', 'organisation { id } userErrors { field code }'],
  updateOrganisation: ['UpdateOrganisationInput', 'organisation { id } userErrors { field code }'],
  deleteOrganisation: ['DeleteRecordInput', 'organisation { id } userErrors { field code }'],
  createProductionZone: ['CreateProductionZoneInput', 'productionZone { id } userErrors { field code }'],
  updateProductionZone: ['UpdateProductionZoneInput', 'productionZone { id } userErrors { field code }'],
  deleteProductionZone: ['DeleteRecordInput', 'productionZone { id } userErrors { field code }'],
  createCriteriaSet: ['CreateCriteriaSetInput', 'criteriaSet { id } userErrors { field code }'],
  updateCriteriaSet: ['UpdateCriteriaSetInput', 'criteriaSet { id } userErrors { field code }'],
  deleteCriteriaSet: ['DeleteRecordInput', 'criteriaSet { id } userErrors { field code }'],
  adoptCriteriaSet: ['AdoptCriteriaSetInput', 'criteriaSet { id } userErrors { field code }'],
  createCropPlan: ['CreateCropPlanInput', 'cropPlan { id } userErrors { field code }'],
  updateCropPlan: ['UpdateCropPlanInput', 'cropPlan { id } userErrors { field code }'],
  deleteCropPlan: ['DeleteRecordInput', 'cropPlan { id } userErrors { field code }'],
  createCropConversion: ['CreateCropConversionInput', 'cropConversion { id } userErrors { field code }'],
  updateCropConversion: ['UpdateCropConversionInput', 'cropConversion { id } userErrors { field code }'],
  deleteCropConversion: ['DeleteRecordInput', 'cropConversion { id } userErrors { field code }'],
  createPlanningReview: ['CreatePlanningReviewInput', 'planningReview { id } userErrors { field code }'],
  updatePlanningReview: ['UpdatePlanningReviewInput', 'planningReview { id } userErrors { field code }'],
  deletePlanningReview: ['DeleteRecordInput', 'planningReview { id } userErrors { field code }'],
  createProgrammeIntegration: ['CreateProgrammeIntegrationInput', 'programmeIntegration { id } userErrors { field code }'],
  updateProgrammeIntegration: ['UpdateProgrammeIntegrationInput', 'programmeIntegration { id } userErrors { field code }'],
  deleteProgrammeIntegration: ['DeleteRecordInput', 'programmeIntegration { id } userErrors { field code }'],
  createInfrastructureWork: ['CreateInfrastructureWorkInput', 'infrastructureWork { id } userErrors { field code }'],
  updateInfrastructureWork: ['UpdateInfrastructureWorkInput', 'infrastructureWork { id } userErrors { field code }'],
  deleteInfrastructureWork: ['DeleteRecordInput', 'infrastructureWork { id } userErrors { field code }'],
  applyForCertification: ['ApplyForCertificationInput', 'certification { id } userErrors { field code }'],
  decideCertification: ['DecideCertificationInput', 'certification { id } userErrors { field code }'],
  createOcopProduct: ['CreateOcopProductInput', 'ocopProduct { id } userErrors { field code }'],
  updateOcopProduct: ['UpdateOcopProductInput', 'ocopProduct { id } userErrors { field code }'],
  deleteOcopProduct: ['DeleteRecordInput', 'ocopProduct { id } userErrors { field code }'],
  createWebhookSubscription: ['CreateWebhookSubscriptionInput', 'webhookSubscription { id } userErrors { field code }'],
  updateWebhookSubscription: ['UpdateWebhookSubscriptionInput', 'webhookSubscription { id } userErrors { field code }'],
  deleteWebhookSubscription: ['DeleteWebhookSubscriptionInput', 'webhookSubscription { id } userErrors { field code }'],
  registerProductLot: ['RegisterProductLotInput', 'productLot { id } userErrors { field code }'],
  updateProductLot: ['UpdateProductLotInput', 'productLot { id } userErrors { field code }'],
  deleteProductLot: ['DeleteProductLotInput', 'productLot { id } userErrors { field code }'],
  recordLotEvent: ['RecordLotEventInput', 'event { id } userErrors { field code }'],
  importProductLots: ['ImportProductLotsInput', 'summary { created conflicts { rowIndex field code } } productLots { id }'],
};

async function send(mutation: string, input: Input, headers: Headers): Promise<GraphQLResponse<Record<string, Record<string, unknown>>>> {
  const [inputType, selection] = DOCS[mutation];
  return server.requestText(`mutation($input: ${inputType}!) { ${mutation}(input: $input) { ${selection} } }`, { input }, headers);
}

/** Runs a mutation that must succeed, and returns its payload. */
async function succeed(mutation: string, input: Input, headers: Headers): Promise<Record<string, unknown>> {
  const response = await send(mutation, input, headers);
  if (response.errors?.length) throw new Error(`${mutation}: ${JSON.stringify(response.errors)}`);
  const payload = response.data![mutation];
  if (Array.isArray(payload.userErrors) && payload.userErrors.length) throw new Error(`${mutation}: ${JSON.stringify(payload.userErrors)}`);
  return payload;
}

const idOf = (payload: Record<string, unknown>, field: string) => (payload[field] as { id: string }).id;

/** A digest of every table's rows: equal digests mean nothing was written. Keys record lastUsedAt, so api_key is left out. */
async function databaseDigest(): Promise<Record<string, string>> {
  const ds = server.database.dataSource;
  const tables = (
    await ds.query<{ table_name: string }[]>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'api_key' ORDER BY 1`,
    )
  ).map((t) => t.table_name);
  const sql = tables
    .map((t) => `SELECT '${t}' AS t, count(*)::int AS n, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "${t}" x`)
    .join(' UNION ALL ');
  const rows = await ds.query<{ t: string; n: number; h: string }[]>(sql);
  return Object.fromEntries(rows.map((r) => [r.t, `${r.n}:${r.h}`]));
}

// ── Fixtures ──────────────────────────────────────────────────────────────────────────────────────
const CONSENT = { accepted: true, noticeVersion: '2026-01' };
let sequence = 0;
const next = () => (sequence += 1);
const phone = () => `0913 ${String(100000 + next()).slice(-6)}`;
const flooded = { ...riceActivity, rice: { ...riceActivity.rice, waterRegime: 'CONTINUOUSLY_FLOODED' } };

async function activityRecordIds(): Promise<void> {
  const rows = await server.database.dataSource.query<{ id: string; external_id: string; code: string }[]>(
    `SELECT r.id, r.external_id, u.code FROM activity_record r JOIN administrative_unit u ON u.id = r.administrative_unit_id`,
  );
  for (const row of rows) ids[`${row.code}/${row.external_id}`] = globalId('ActivityRecord', row.id);
}

/** A fresh ACTUAL record of a unit (for withdrawals); returns its global ID and version. */
async function freshRecord(unitCode: string): Promise<{ id: string; expectedVersion: number }> {
  const externalId = `fresh-${next()}`;
  const payload = await succeed('importActivityRecords', { records: [record(externalId, unitCode, riceActivity)] }, callers.province);
  return { id: (payload.records as { id: string }[])[0].id, expectedVersion: 1 };
}

const ownPilot = async () => idOf(await succeed('createPilotModel', pilotInput(), callers.homeOfficer), 'pilotModel');
const ownEvent = async () => idOf(await succeed('recordTrainingEvent', eventInput(), callers.homeOfficer), 'trainingEvent');
const ownMaterial = async () => idOf(await succeed('createMaterial', materialInput(), callers.homeOfficer), 'material');
const ownFarmer = async () =>
  idOf(await succeed('registerFarmerAccount', { administrativeUnitCode: HOME_UNIT, consent: CONSENT, phone: phone() }, callers.homeOfficer), 'farmerAccount');
/** Each call uses its own year, so submitting one never locks the records another case needs. */
let inventoryYear = 2026;
async function ownInventory(): Promise<string> {
  inventoryYear += 1;
  await succeed('importActivityRecords', { records: [record(`inv-${inventoryYear}`, HOME_UNIT, riceActivity, { year: inventoryYear })] }, callers.province);
  return idOf(await succeed('calculateEmissionInventory', { administrativeUnitCode: HOME_UNIT, year: inventoryYear }, callers.province), 'emissionInventory');
}
let reportYear = 2026;
const ownReport = async () =>
  idOf(await succeed('createProgressReport', { taskCode: 'I.3', year: (reportYear += 1), status: 'ON_TRACK' }, callers.homeOfficer), 'progressReport');
let budgetYear = 2026;
const budgetLine = (unitCode: string, year: number) => ({
  taskCode: 'III.3',
  year,
  fundingSource: 'PRIVATE',
  administrativeUnitCode: unitCode,
  proposedVnd: 9,
});
const ownOrganisation = async () => idOf(await succeed('createOrganisation', organisationInput(), callers.homeOfficer), 'organisation');
/** A paddy lot of a unit, from that unit's ACTUAL rice record; any live organisation may produce it. */
const lotOf = (unit: string, overrides: Input = {}): Input => ({
  product: 'PADDY',
  administrativeUnitCode: unit,
  organisationId: ids.otherOrganisation,
  harvestFrom: '2026-10-01',
  harvestTo: '2026-11-15',
  quantityKg: 1000,
  activityRecordIds: [activity(unit, 'act')],
  ...overrides,
});
const ownLot = async () => idOf(await succeed('registerProductLot', lotOf(HOME_UNIT), callers.homeOfficer), 'productLot');
const ownZone = async () => idOf(await succeed('createProductionZone', zoneInput(), callers.homeOfficer), 'productionZone');
/** One live crop plan per commune × crop × year: each own plan takes the next pair. */
const PLAN_CROPS = ['COFFEE', 'PEPPER', 'RICE', 'DURIAN', 'CASSAVA'];
let planSequence = 0;
const freshPlan = (overrides: Input = {}) => {
  const n = (planSequence += 1);
  return planInput({ crop: PLAN_CROPS[n % PLAN_CROPS.length], year: 2026 + (Math.floor(n / PLAN_CROPS.length) % 5), ...overrides });
};
const ownPlan = async () => idOf(await succeed('createCropPlan', freshPlan(), callers.homeOfficer), 'cropPlan');
const ownConversion = async () => idOf(await succeed('createCropConversion', conversionInput(), callers.homeOfficer), 'cropConversion');
const ownReview = async () => idOf(await succeed('createPlanningReview', reviewInput(), callers.homeOfficer), 'planningReview');
const ownWork = async () => idOf(await succeed('createInfrastructureWork', workInput(), callers.homeOfficer), 'infrastructureWork');
const application = (holder: Input) => ({ scheme: 'VIETGAP', crops: ['COFFEE'], ...holder });
const ocopProduct = (overrides: Input) => ({ name: 'Cà phê bột', crop: 'COFFEE', starRating: 4, yearRated: 2026, ...overrides });
const ownOcop = async () =>
  idOf(await succeed('createOcopProduct', ocopProduct({ organisationId: await ownOrganisation() }), callers.homeOfficer), 'ocopProduct');
const ownBudgetLine = async () => idOf(await succeed('createBudgetLine', budgetLine(HOME_UNIT, (budgetYear += 1)), callers.homeOfficer), 'budgetLine');

beforeAll(async () => {
  server = await startTestServer();
  callers.province = (await createTestUser(server, Role.PROVINCE_OFFICER)).headers;
  callers.homeOfficer = (await createTestUser(server, Role.COMMUNE_OFFICER, { unitCode: HOME_UNIT })).headers;
  const otherOfficer = await createTestUser(server, Role.COMMUNE_OFFICER, { unitCode: OTHER_UNIT });
  callers.otherOfficer = otherOfficer.headers;
  ids.otherUser = otherOfficer.user.nodeId;
  callers.viewer = (await createTestUser(server, Role.VIEWER)).headers;
  const homeKey = await createTestApiKey(server, {
    scopes: [
      'activity:write',
      'inventory:write',
      'implementation-plans:write',
      'progress:write',
      'pilots:write',
      'trainings:write',
      'materials:write',
      'courses:write',
      'budget:write',
      'organisations:write',
      'production-zones:write',
      'criteria-sets:write',
      'crop-planning:write',
      'infrastructure:write',
      'certifications:write',
      'ocop:write',
      'lots:write',
    ],
    administrativeUnitIds: [await unitId(server, HOME_UNIT)],
  });
  callers.homeKey = homeKey.headers;
  ids.homeKey = homeKey.apiKey.nodeId;

  const rows = [HOME_UNIT, OTHER_UNIT].flatMap((unit) => [
    record('base', unit, flooded, { scenario: 'BASELINE' }),
    record('base-2', unit, flooded, { scenario: 'BASELINE', season: 'SUMMER_AUTUMN' }),
    record('base-3', unit, flooded, { scenario: 'BASELINE', season: 'AUTUMN_WINTER' }),
    record('act', unit, riceActivity),
    record('withdrawn', unit, riceActivity),
  ]);
  await succeed('importActivityRecords', { records: rows }, callers.province);
  await activityRecordIds();
  const withdrawn = ids[`${HOME_UNIT}/withdrawn`];
  await succeed('deleteActivityRecord', { id: withdrawn, expectedVersion: 1 }, callers.province);
  ids.otherRecordToWithdraw = ids[`${OTHER_UNIT}/act`];

  const other = callers.otherOfficer;
  ids.otherPilot = idOf(await succeed('createPilotModel', pilotInput({ administrativeUnitCode: OTHER_UNIT }), other), 'pilotModel');
  ids.otherEvent = idOf(await succeed('recordTrainingEvent', eventInput({ administrativeUnitCode: OTHER_UNIT }), other), 'trainingEvent');
  ids.otherMaterial = idOf(await succeed('createMaterial', materialInput({ administrativeUnitCode: OTHER_UNIT }), other), 'material');
  ids.otherFarmer = idOf(
    await succeed('registerFarmerAccount', { administrativeUnitCode: OTHER_UNIT, consent: CONSENT, phone: phone() }, other),
    'farmerAccount',
  );
  ids.otherInventory = idOf(await succeed('calculateEmissionInventory', { administrativeUnitCode: OTHER_UNIT, year: 2026 }, other), 'emissionInventory');
  ids.otherReport = idOf(await succeed('createProgressReport', { taskCode: 'I.3', year: 2026, status: 'ON_TRACK' }, other), 'progressReport');
  ids.otherBudgetLine = idOf(await succeed('createBudgetLine', budgetLine(OTHER_UNIT, 2026), other), 'budgetLine');
  ids.otherOrganisation = idOf(await succeed('createOrganisation', organisationInput({ administrativeUnitCode: OTHER_UNIT }), other), 'organisation');
  ids.otherZone = idOf(await succeed('createProductionZone', zoneInput({ administrativeUnitCodes: [OTHER_UNIT] }), other), 'productionZone');
  ids.criteriaSet = idOf(await succeed('createCriteriaSet', criteriaInput(), callers.province), 'criteriaSet');
  ids.otherPlan = idOf(await succeed('createCropPlan', freshPlan({ administrativeUnitCode: OTHER_UNIT }), other), 'cropPlan');
  ids.otherConversion = idOf(await succeed('createCropConversion', conversionInput({ administrativeUnitCode: OTHER_UNIT }), other), 'cropConversion');
  ids.otherReview = idOf(await succeed('createPlanningReview', reviewInput({ administrativeUnitCode: OTHER_UNIT }), other), 'planningReview');
  ids.otherWork = idOf(await succeed('createInfrastructureWork', workInput({ administrativeUnitCode: OTHER_UNIT }), other), 'infrastructureWork');
  ids.otherCertification = idOf(await succeed('applyForCertification', application({ organisationId: ids.otherOrganisation }), other), 'certification');
  ids.otherOcop = idOf(await succeed('createOcopProduct', ocopProduct({ organisationId: ids.otherOrganisation }), other), 'ocopProduct');
  ids.homeWork = await ownWork();
  ids.homeBudgetLine = await ownBudgetLine();
  ids.integration = idOf(await succeed('createProgrammeIntegration', integrationInput(), callers.province), 'programmeIntegration');
  ids.otherLot = idOf(await succeed('registerProductLot', lotOf(OTHER_UNIT), other), 'productLot');
  ids.homeLot = idOf(await succeed('registerProductLot', lotOf(HOME_UNIT), callers.homeOfficer), 'productLot');
  const course = await succeed('createCourse', { code: 'KH-REF', title: 'Cà phê phát thải thấp', lessons: [{ title: 'Bài 1' }] }, callers.province);
  ids.course = idOf(course, 'course');
  ids.lesson = (course.course as { lessons: { id: string }[] }).lessons[0].id;
}, 60_000); // a record of every kind in both communes: a few dozen requests
afterAll(async () => {
  await server.stop();
});

// ── The table: one row per mutation × referenced field ───────────────────────────────────────────
interface Row {
  mutation: string;
  field: string;
  /** The input naming OTHER_UNIT's record (or code) in `field`. */
  foreign: () => Input;
  refused: Refusal;
  /** The same input with a well-formed ID of no record: for references the caller may not read, the answer must not differ. */
  nonexistent?: () => Input;
  /** The same reference from the caller's own unit, which works. */
  own: () => Promise<Input>;
}

const forbidden = (field: string): Refusal => ({ code: 'FORBIDDEN', field, reason: 'OUT_OF_SCOPE' });
const notFound = (field: string): Refusal => ({ code: 'NOT_FOUND', field });
const noSuchRecord = (field: string): Refusal => ({ code: 'BAD_USER_INPUT', field, reason: 'NOT_FOUND' });
/** The global ID of activity record `name` of a unit. */
const activity = (unit: string, name: string) => ids[`${unit}/${name}`];

const ROWS: Row[] = [
  {
    mutation: 'createPilotModel',
    field: 'baselineActivityRecordIds',
    foreign: () => pilotInput({ baselineActivityRecordIds: [activity(HOME_UNIT, 'base'), activity(OTHER_UNIT, 'base')] }),
    nonexistent: () => pilotInput({ baselineActivityRecordIds: [activity(HOME_UNIT, 'base'), missing('ActivityRecord')] }),
    refused: noSuchRecord('input.baselineActivityRecordIds[1]'),
    own: async () => pilotInput({ baselineActivityRecordIds: [activity(HOME_UNIT, 'base')] }),
  },
  {
    mutation: 'createPilotModel',
    field: 'actualActivityRecordIds',
    foreign: () => pilotInput({ actualActivityRecordIds: [activity(OTHER_UNIT, 'act')] }),
    nonexistent: () => pilotInput({ actualActivityRecordIds: [missing('ActivityRecord')] }),
    refused: noSuchRecord('input.actualActivityRecordIds[0]'),
    own: async () => pilotInput({ actualActivityRecordIds: [activity(HOME_UNIT, 'act')] }),
  },
  {
    mutation: 'createPilotModel',
    field: 'administrativeUnitCode',
    foreign: () => pilotInput({ administrativeUnitCode: OTHER_UNIT }),
    refused: forbidden('input.administrativeUnitCode'),
    own: async () => pilotInput({ administrativeUnitCode: HOME_UNIT }),
  },
  {
    mutation: 'updatePilotModel',
    field: 'id',
    foreign: () => ({ id: ids.otherPilot, expectedVersion: 1, name: 'Đổi tên' }),
    refused: forbidden('input.id'),
    own: async () => ({ id: await ownPilot(), expectedVersion: 1, name: 'Đổi tên' }),
  },
  {
    mutation: 'updatePilotModel',
    field: 'baselineActivityRecordIds',
    foreign: () => ({ id: ids.homePilot, expectedVersion: 1, baselineActivityRecordIds: [activity(OTHER_UNIT, 'base')] }),
    nonexistent: () => ({ id: ids.homePilot, expectedVersion: 1, baselineActivityRecordIds: [missing('ActivityRecord')] }),
    refused: noSuchRecord('input.baselineActivityRecordIds[0]'),
    own: async () => ({ id: await ownPilot(), expectedVersion: 1, baselineActivityRecordIds: [activity(HOME_UNIT, 'base')] }),
  },
  {
    mutation: 'updatePilotModel',
    field: 'actualActivityRecordIds',
    foreign: () => ({ id: ids.homePilot, expectedVersion: 1, actualActivityRecordIds: [activity(OTHER_UNIT, 'act')] }),
    nonexistent: () => ({ id: ids.homePilot, expectedVersion: 1, actualActivityRecordIds: [missing('ActivityRecord')] }),
    refused: noSuchRecord('input.actualActivityRecordIds[0]'),
    own: async () => ({ id: await ownPilot(), expectedVersion: 1, actualActivityRecordIds: [activity(HOME_UNIT, 'act')] }),
  },
  {
    mutation: 'deletePilotModel',
    field: 'id',
    foreign: () => ({ id: ids.otherPilot, expectedVersion: 1 }),
    refused: forbidden('input.id'),
    own: async () => ({ id: await ownPilot(), expectedVersion: 1 }),
  },
  {
    mutation: 'recordTrainingEvent',
    field: 'administrativeUnitCode',
    foreign: () => eventInput({ administrativeUnitCode: OTHER_UNIT }),
    refused: forbidden('input.administrativeUnitCode'),
    own: async () => eventInput(),
  },
  {
    mutation: 'updateTrainingEvent',
    field: 'id',
    foreign: () => ({ id: ids.otherEvent, expectedVersion: 1, title: 'Đổi tên' }),
    refused: forbidden('input.id'),
    own: async () => ({ id: await ownEvent(), expectedVersion: 1, title: 'Đổi tên' }),
  },
  {
    mutation: 'deleteTrainingEvent',
    field: 'id',
    foreign: () => ({ id: ids.otherEvent, expectedVersion: 1 }),
    refused: forbidden('input.id'),
    own: async () => ({ id: await ownEvent(), expectedVersion: 1 }),
  },
  {
    mutation: 'importAttendance',
    field: 'trainingEventId',
    foreign: () => ({ trainingEventId: ids.otherEvent, rows: [{ externalId: 'a-1', fullName: 'Nguyễn Văn A' }] }),
    refused: forbidden('input.trainingEventId'),
    own: async () => ({ trainingEventId: await ownEvent(), rows: [{ externalId: 'a-1', fullName: 'Nguyễn Văn A' }] }),
  },
  {
    mutation: 'createMaterial',
    field: 'administrativeUnitCode',
    foreign: () => materialInput({ administrativeUnitCode: OTHER_UNIT }),
    refused: forbidden('input.administrativeUnitCode'),
    own: async () => materialInput(),
  },
  {
    mutation: 'updateMaterial',
    field: 'id',
    foreign: () => ({ id: ids.otherMaterial, expectedVersion: 1, title: 'Đổi tên' }),
    refused: forbidden('input.id'),
    own: async () => ({ id: await ownMaterial(), expectedVersion: 1, title: 'Đổi tên' }),
  },
  {
    mutation: 'deleteMaterial',
    field: 'id',
    foreign: () => ({ id: ids.otherMaterial, expectedVersion: 1 }),
    refused: forbidden('input.id'),
    own: async () => ({ id: await ownMaterial(), expectedVersion: 1 }),
  },
  {
    mutation: 'registerFarmerAccount',
    field: 'administrativeUnitCode',
    foreign: () => ({ administrativeUnitCode: OTHER_UNIT, consent: CONSENT, phone: phone() }),
    refused: forbidden('input.administrativeUnitCode'),
    own: async () => ({ administrativeUnitCode: HOME_UNIT, consent: CONSENT, phone: phone() }),
  },
  {
    mutation: 'deleteFarmerAccount',
    field: 'id',
    foreign: () => ({ id: ids.otherFarmer, expectedVersion: 1 }),
    nonexistent: () => ({ id: missing('FarmerAccount'), expectedVersion: 1 }),
    refused: notFound('input.id'),
    own: async () => ({ id: await ownFarmer(), expectedVersion: 1 }),
  },
  {
    mutation: 'enrolInCourse',
    field: 'farmerAccountId',
    foreign: () => ({ courseId: ids.course, farmerAccountId: ids.otherFarmer }),
    nonexistent: () => ({ courseId: ids.course, farmerAccountId: missing('FarmerAccount') }),
    refused: notFound('input.farmerAccountId'),
    own: async () => ({ courseId: ids.course, farmerAccountId: await ownFarmer() }),
  },
  {
    mutation: 'recordLessonCompletion',
    field: 'farmerAccountId',
    foreign: () => ({ lessonId: ids.lesson, farmerAccountId: ids.otherFarmer }),
    nonexistent: () => ({ lessonId: ids.lesson, farmerAccountId: missing('FarmerAccount') }),
    refused: notFound('input.farmerAccountId'),
    own: async () => ({ lessonId: ids.lesson, farmerAccountId: await ownFarmer() }),
  },
  {
    mutation: 'importActivityRecords',
    field: 'records.administrativeUnitCode',
    foreign: () => ({ records: [record(`x-${next()}`, HOME_UNIT, riceActivity), record(`x-${next()}`, OTHER_UNIT, riceActivity)] }),
    refused: forbidden('input.records[1].administrativeUnitCode'),
    own: async () => ({ records: [record(`x-${next()}`, HOME_UNIT, riceActivity)] }),
  },
  {
    mutation: 'deleteActivityRecord',
    field: 'id',
    foreign: () => ({ id: ids.otherRecordToWithdraw, expectedVersion: 1 }),
    nonexistent: () => ({ id: missing('ActivityRecord'), expectedVersion: 1 }),
    refused: notFound('input.id'),
    own: () => freshRecord(HOME_UNIT),
  },
  {
    mutation: 'calculateEmissionInventory',
    field: 'administrativeUnitCode',
    foreign: () => ({ administrativeUnitCode: OTHER_UNIT, year: 2026 }),
    refused: forbidden('input.administrativeUnitCode'),
    own: async () => ({ administrativeUnitCode: HOME_UNIT, year: 2026 }),
  },
  {
    mutation: 'submitEmissionInventory',
    field: 'id',
    foreign: () => ({ id: ids.otherInventory }),
    nonexistent: () => ({ id: missing('EmissionInventory') }),
    refused: notFound('input.id'),
    own: async () => ({ id: await ownInventory() }),
  },
  {
    mutation: 'saveCommuneImplementationPlan',
    field: 'administrativeUnitCode',
    foreign: () => ({ administrativeUnitCode: OTHER_UNIT, title: 'Kế hoạch', status: 'DRAFT' }),
    refused: forbidden('input.administrativeUnitCode'),
    own: async () => ({ administrativeUnitCode: HOME_UNIT, title: 'Kế hoạch', status: 'DRAFT' }),
  },
  {
    mutation: 'createProgressReport',
    field: 'administrativeUnitCode',
    foreign: () => ({ taskCode: 'I.3', year: 2027, status: 'ON_TRACK', administrativeUnitCode: OTHER_UNIT }),
    refused: forbidden('input.administrativeUnitCode'),
    own: async () => ({ taskCode: 'I.3', year: (reportYear += 1), status: 'ON_TRACK', administrativeUnitCode: HOME_UNIT }),
  },
  {
    mutation: 'createProgressReport',
    field: 'reportingAgencyCode',
    foreign: () => ({ taskCode: 'I.3', year: 2027, status: 'ON_TRACK', reportingAgencyCode: `PC-${OTHER_UNIT}` }),
    refused: forbidden('input.reportingAgencyCode'),
    own: async () => ({ taskCode: 'I.3', year: (reportYear += 1), status: 'ON_TRACK', reportingAgencyCode: `PC-${HOME_UNIT}` }),
  },
  {
    mutation: 'updateProgressReport',
    field: 'id',
    foreign: () => ({ id: ids.otherReport, expectedVersion: 1, narrative: 'x' }),
    nonexistent: () => ({ id: missing('ProgressReport'), expectedVersion: 1, narrative: 'x' }),
    refused: notFound('input.id'),
    own: async () => ({ id: await ownReport(), expectedVersion: 1, narrative: 'x' }),
  },
  {
    mutation: 'submitProgressReport',
    field: 'id',
    foreign: () => ({ id: ids.otherReport }),
    nonexistent: () => ({ id: missing('ProgressReport') }),
    refused: notFound('input.id'),
    own: async () => ({ id: await ownReport() }),
  },
  {
    mutation: 'createBudgetLine',
    field: 'administrativeUnitCode',
    foreign: () => budgetLine(OTHER_UNIT, 2035),
    refused: forbidden('input.administrativeUnitCode'),
    own: async () => budgetLine(HOME_UNIT, (budgetYear += 1)),
  },
  {
    mutation: 'updateBudgetLine',
    field: 'id',
    foreign: () => ({ id: ids.otherBudgetLine, expectedVersion: 1, proposedVnd: 1 }),
    refused: forbidden('input.id'),
    own: async () => ({ id: await ownBudgetLine(), expectedVersion: 1, proposedVnd: 1 }),
  },
  {
    mutation: 'deleteBudgetLine',
    field: 'id',
    foreign: () => ({ id: ids.otherBudgetLine, expectedVersion: 1 }),
    refused: forbidden('input.id'),
    own: async () => ({ id: await ownBudgetLine(), expectedVersion: 1 }),
  },
  {
    mutation: 'createOrganisation',
    field: 'administrativeUnitCode',
    foreign: () => organisationInput({ administrativeUnitCode: OTHER_UNIT }),
    refused: forbidden('input.administrativeUnitCode'),
    own: async () => organisationInput(),
  },
  {
    mutation: 'updateOrganisation',
    field: 'id',
    foreign: () => ({ id: ids.otherOrganisation, expectedVersion: 1, name: 'Đổi tên' }),
    refused: forbidden('input.id'),
    own: async () => ({ id: await ownOrganisation(), expectedVersion: 1, name: 'Đổi tên' }),
  },
  {
    mutation: 'updateOrganisation',
    field: 'administrativeUnitCode',
    foreign: () => ({ id: ids.otherOrganisation, expectedVersion: 1, administrativeUnitCode: OTHER_UNIT }),
    refused: forbidden('input.administrativeUnitCode'),
    own: async () => ({ id: await ownOrganisation(), expectedVersion: 1, administrativeUnitCode: HOME_UNIT }),
  },
  {
    mutation: 'deleteOrganisation',
    field: 'id',
    foreign: () => ({ id: ids.otherOrganisation, expectedVersion: 1 }),
    refused: forbidden('input.id'),
    own: async () => ({ id: await ownOrganisation(), expectedVersion: 1 }),
  },
  {
    mutation: 'createProductionZone',
    field: 'administrativeUnitCodes',
    foreign: () => zoneInput({ administrativeUnitCodes: [HOME_UNIT, OTHER_UNIT] }),
    refused: forbidden('input.administrativeUnitCodes[1]'),
    own: async () => zoneInput(),
  },
  {
    mutation: 'updateProductionZone',
    field: 'id',
    foreign: () => ({ id: ids.otherZone, expectedVersion: 1, name: 'Đổi tên' }),
    refused: forbidden('input.id'),
    own: async () => ({ id: await ownZone(), expectedVersion: 1, name: 'Đổi tên' }),
  },
  {
    mutation: 'updateProductionZone',
    field: 'administrativeUnitCodes',
    foreign: () => ({ id: ids.otherZone, expectedVersion: 1, administrativeUnitCodes: [OTHER_UNIT] }),
    refused: forbidden('input.administrativeUnitCodes[0]'),
    own: async () => ({ id: await ownZone(), expectedVersion: 1, administrativeUnitCodes: [HOME_UNIT] }),
  },
  {
    mutation: 'deleteProductionZone',
    field: 'id',
    foreign: () => ({ id: ids.otherZone, expectedVersion: 1 }),
    refused: forbidden('input.id'),
    own: async () => ({ id: await ownZone(), expectedVersion: 1 }),
  },
  {
    mutation: 'createCropPlan',
    field: 'administrativeUnitCode',
    foreign: () => freshPlan({ administrativeUnitCode: OTHER_UNIT }),
    refused: forbidden('input.administrativeUnitCode'),
    own: async () => freshPlan(),
  },
  {
    mutation: 'updateCropPlan',
    field: 'id',
    foreign: () => ({ id: ids.otherPlan, expectedVersion: 1, plannedAreaHa: 10 }),
    refused: forbidden('input.id'),
    own: async () => ({ id: await ownPlan(), expectedVersion: 1, plannedAreaHa: 10 }),
  },
  {
    mutation: 'deleteCropPlan',
    field: 'id',
    foreign: () => ({ id: ids.otherPlan, expectedVersion: 1 }),
    refused: forbidden('input.id'),
    own: async () => ({ id: await ownPlan(), expectedVersion: 1 }),
  },
  {
    mutation: 'createCropConversion',
    field: 'administrativeUnitCode',
    foreign: () => conversionInput({ administrativeUnitCode: OTHER_UNIT }),
    refused: forbidden('input.administrativeUnitCode'),
    own: async () => conversionInput(),
  },
  {
    mutation: 'updateCropConversion',
    field: 'id',
    foreign: () => ({ id: ids.otherConversion, expectedVersion: 1, areaHa: 3 }),
    refused: forbidden('input.id'),
    own: async () => ({ id: await ownConversion(), expectedVersion: 1, areaHa: 3 }),
  },
  {
    mutation: 'deleteCropConversion',
    field: 'id',
    foreign: () => ({ id: ids.otherConversion, expectedVersion: 1 }),
    refused: forbidden('input.id'),
    own: async () => ({ id: await ownConversion(), expectedVersion: 1 }),
  },
  {
    mutation: 'createPlanningReview',
    field: 'administrativeUnitCode',
    foreign: () => reviewInput({ administrativeUnitCode: OTHER_UNIT }),
    refused: forbidden('input.administrativeUnitCode'),
    own: async () => reviewInput(),
  },
  {
    mutation: 'updatePlanningReview',
    field: 'id',
    foreign: () => ({ id: ids.otherReview, expectedVersion: 1, findings: 'Đổi' }),
    refused: forbidden('input.id'),
    own: async () => ({ id: await ownReview(), expectedVersion: 1, findings: 'Đổi' }),
  },
  {
    mutation: 'deletePlanningReview',
    field: 'id',
    foreign: () => ({ id: ids.otherReview, expectedVersion: 1 }),
    refused: forbidden('input.id'),
    own: async () => ({ id: await ownReview(), expectedVersion: 1 }),
  },
  {
    mutation: 'createInfrastructureWork',
    field: 'administrativeUnitCode',
    foreign: () => workInput({ administrativeUnitCode: OTHER_UNIT }),
    refused: forbidden('input.administrativeUnitCode'),
    own: async () => workInput(),
  },
  {
    mutation: 'createInfrastructureWork',
    field: 'budgetLineId',
    foreign: () => workInput({ budgetLineId: ids.otherBudgetLine }),
    refused: { code: 'BAD_USER_INPUT', field: 'input.budgetLineId', reason: 'OTHER_UNIT' },
    own: async () => workInput({ budgetLineId: ids.homeBudgetLine }),
  },
  {
    mutation: 'updateInfrastructureWork',
    field: 'budgetLineId',
    foreign: () => ({ id: ids.homeWork, expectedVersion: 1, budgetLineId: ids.otherBudgetLine }),
    refused: { code: 'BAD_USER_INPUT', field: 'input.budgetLineId', reason: 'OTHER_UNIT' },
    own: async () => ({ id: await ownWork(), expectedVersion: 1, budgetLineId: ids.homeBudgetLine }),
  },
  {
    mutation: 'updateInfrastructureWork',
    field: 'id',
    foreign: () => ({ id: ids.otherWork, expectedVersion: 1, name: 'Đổi tên' }),
    refused: forbidden('input.id'),
    own: async () => ({ id: await ownWork(), expectedVersion: 1, name: 'Đổi tên' }),
  },
  {
    mutation: 'deleteInfrastructureWork',
    field: 'id',
    foreign: () => ({ id: ids.otherWork, expectedVersion: 1 }),
    refused: forbidden('input.id'),
    own: async () => ({ id: await ownWork(), expectedVersion: 1 }),
  },
  {
    mutation: 'applyForCertification',
    field: 'organisationId',
    foreign: () => application({ organisationId: ids.otherOrganisation }),
    refused: forbidden('input.organisationId'),
    own: async () => application({ organisationId: await ownOrganisation() }),
  },
  {
    mutation: 'applyForCertification',
    field: 'productionZoneId',
    foreign: () => application({ productionZoneId: ids.otherZone }),
    refused: forbidden('input.productionZoneId'),
    own: async () => application({ productionZoneId: await ownZone() }),
  },
  {
    mutation: 'createOcopProduct',
    field: 'organisationId',
    foreign: () => ocopProduct({ organisationId: ids.otherOrganisation }),
    refused: forbidden('input.organisationId'),
    own: async () => ocopProduct({ organisationId: await ownOrganisation() }),
  },
  {
    mutation: 'createOcopProduct',
    field: 'administrativeUnitCode',
    foreign: () => ocopProduct({ organisationId: ids.otherOrganisation, administrativeUnitCode: OTHER_UNIT }),
    refused: forbidden('input.administrativeUnitCode'),
    own: async () => ocopProduct({ organisationId: await ownOrganisation(), administrativeUnitCode: HOME_UNIT }),
  },
  {
    mutation: 'updateOcopProduct',
    field: 'id',
    foreign: () => ({ id: ids.otherOcop, expectedVersion: 1, starRating: 5 }),
    refused: forbidden('input.id'),
    own: async () => ({ id: await ownOcop(), expectedVersion: 1, starRating: 5 }),
  },
  {
    mutation: 'deleteOcopProduct',
    field: 'id',
    foreign: () => ({ id: ids.otherOcop, expectedVersion: 1 }),
    refused: forbidden('input.id'),
    own: async () => ({ id: await ownOcop(), expectedVersion: 1 }),
  },
  {
    mutation: 'registerProductLot',
    field: 'activityRecordIds',
    foreign: () => lotOf(HOME_UNIT, { activityRecordIds: [activity(HOME_UNIT, 'act'), activity(OTHER_UNIT, 'act')] }),
    nonexistent: () => lotOf(HOME_UNIT, { activityRecordIds: [activity(HOME_UNIT, 'act'), missing('ActivityRecord')] }),
    refused: noSuchRecord('input.activityRecordIds[1]'),
    own: async () => lotOf(HOME_UNIT),
  },
  {
    mutation: 'registerProductLot',
    field: 'administrativeUnitCode',
    foreign: () => lotOf(OTHER_UNIT),
    refused: forbidden('input.administrativeUnitCode'),
    own: async () => lotOf(HOME_UNIT),
  },
  {
    mutation: 'updateProductLot',
    field: 'id',
    foreign: () => ({ id: ids.otherLot, expectedVersion: 1, externalId: 'x' }),
    refused: forbidden('input.id'),
    own: async () => ({ id: await ownLot(), expectedVersion: 1, externalId: `x-${next()}` }),
  },
  {
    mutation: 'updateProductLot',
    field: 'activityRecordIds',
    foreign: () => ({ id: ids.homeLot, expectedVersion: 1, activityRecordIds: [activity(OTHER_UNIT, 'act')] }),
    nonexistent: () => ({ id: ids.homeLot, expectedVersion: 1, activityRecordIds: [missing('ActivityRecord')] }),
    refused: noSuchRecord('input.activityRecordIds[0]'),
    own: async () => ({ id: await ownLot(), expectedVersion: 1, activityRecordIds: [activity(HOME_UNIT, 'act')] }),
  },
  {
    mutation: 'deleteProductLot',
    field: 'id',
    foreign: () => ({ id: ids.otherLot, expectedVersion: 1 }),
    refused: forbidden('input.id'),
    own: async () => ({ id: await ownLot(), expectedVersion: 1 }),
  },
  {
    mutation: 'recordLotEvent',
    field: 'lotId',
    foreign: () => ({ lotId: ids.otherLot, kind: 'STORED', quantityKg: 1, date: '2026-11-20' }),
    refused: forbidden('input.lotId'),
    own: async () => ({ lotId: await ownLot(), kind: 'STORED', quantityKg: 1, date: '2026-11-20' }),
  },
  {
    mutation: 'recordLotEvent',
    field: 'mergeLotIds',
    foreign: () => ({ lotId: ids.homeLot, kind: 'MERGED', mergeLotIds: [ids.otherLot], date: '2026-11-20' }),
    refused: forbidden('input.mergeLotIds[0]'),
    own: async () => ({ lotId: await ownLot(), kind: 'MERGED', mergeLotIds: [await ownLot()], date: '2026-11-20' }),
  },
  {
    mutation: 'importProductLots',
    field: 'lots[].administrativeUnitCode',
    foreign: () => ({ lots: [lotOf(HOME_UNIT, { externalId: 'ref-1' }), lotOf(OTHER_UNIT, { externalId: 'ref-2' })], dryRun: false }),
    refused: forbidden('input.lots[1].administrativeUnitCode'),
    own: async () => ({ lots: [lotOf(HOME_UNIT, { externalId: `ref-${next()}` })], dryRun: false }),
  },
];

const CALLERS = ['homeOfficer', 'homeKey'] as const;
const CASES = CALLERS.flatMap((caller) => ROWS.map((row) => [caller, row.mutation, row.field, row] as const));
/** An error with the IDs in its message replaced, to compare refusals of different IDs. */
const shape = (error: { message: string; extensions?: Record<string, unknown> }) => ({
  message: error.message.replace(/[A-Za-z0-9+/=]{20,}/g, '<id>'),
  extensions: error.extensions,
});

describe("references to another commune's data", () => {
  beforeAll(async () => {
    ids.homePilot = await ownPilot();
  });

  it.each(CASES)('%s: %s refuses %s of another commune, and writes nothing', async (caller, mutation, _field, row) => {
    const before = await databaseDigest();
    const response = await send(mutation, row.foreign(), callers[caller]);
    expect(response.errors?.[0]?.extensions).toMatchObject(row.refused);
    expect(response.errors![0].message).not.toMatch(/SELECT|INSERT|UPDATE|\bat .*\.ts/);
    expect(await databaseDigest()).toEqual(before);
    if (row.nonexistent) {
      // What the caller may not read is refused exactly like what does not exist.
      const unknown = await send(mutation, row.nonexistent(), callers[caller]);
      expect(shape(unknown.errors![0])).toEqual(shape(response.errors![0]));
      expect(await databaseDigest()).toEqual(before);
    }
  });

  it.each(CASES)('%s: %s accepts %s of its own commune', async (caller, mutation, _field, row) => {
    const response = await send(mutation, await row.own(), callers[caller]);
    expect(response.errors).toBeUndefined();
    const payload = response.data![mutation];
    expect(payload.userErrors ?? []).toEqual([]);
    if ('summary' in payload) expect((payload.summary as { conflicts: unknown[] }).conflicts).toEqual([]);
  });
});

// ── Mutations with IDs that are not a commune's to call: refused before any ID is looked at ────────
const NOT_PERMITTED = { code: 'FORBIDDEN', reason: 'NOT_PERMITTED' };
/** Courses are province-wide: a key with courses:write bound to a commune passes the declaration, not the scope. */
const COURSE_SCOPE = { homeOfficer: NOT_PERMITTED, homeKey: { code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE' } };
/** Province-level records of a module whose other records communes write: the declaration passes, the unit scope refuses. */
const PROVINCE_ONLY = { homeOfficer: { code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE' }, homeKey: { code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE' } };
const NOT_THEIRS: { mutation: string; fields: string; input: () => Input; refused?: Record<(typeof CALLERS)[number], Record<string, string>> }[] = [
  { mutation: 'createCourse', fields: 'taskCode', input: () => ({ code: 'KH-X', title: 'x', taskCode: 'V.2' }), refused: COURSE_SCOPE },
  { mutation: 'updateCourse', fields: 'id, taskCode', input: () => ({ id: ids.course, expectedVersion: 1, taskCode: 'V.2' }), refused: COURSE_SCOPE },
  { mutation: 'deleteCourse', fields: 'id', input: () => ({ id: ids.course, expectedVersion: 1 }), refused: COURSE_SCOPE },
  { mutation: 'addCourseLesson', fields: 'courseId', input: () => ({ courseId: ids.course, title: 'Bài 2' }), refused: COURSE_SCOPE },
  { mutation: 'updateCourseLesson', fields: 'id', input: () => ({ id: ids.lesson, expectedVersion: 1, title: 'x' }), refused: COURSE_SCOPE },
  { mutation: 'deleteCourseLesson', fields: 'id', input: () => ({ id: ids.lesson, expectedVersion: 1 }), refused: COURSE_SCOPE },
  {
    mutation: 'recordInspection',
    fields: 'pilotModelId, administrativeUnitCode, inspectingAgencyCode, followUpActions.responsible*Code',
    input: () => ({ inspectedOn: '2026-06-06', subjectKind: 'PILOT', pilotModelId: ids.otherPilot, inspectingAgencyCode: 'DAE', findings: 'x' }),
  },
  {
    mutation: 'updateInspection',
    fields: 'id, inspectingAgencyCode',
    input: () => ({ id: missing('Inspection'), expectedVersion: 1, inspectingAgencyCode: 'DAE' }),
  },
  {
    mutation: 'updateFollowUpAction',
    fields: 'id, responsibleUnitCode',
    input: () => ({ id: missing('FollowUpAction'), expectedVersion: 1, responsibleUnitCode: OTHER_UNIT }),
  },
  { mutation: 'approveProgressReport', fields: 'id', input: () => ({ id: ids.otherReport }) },
  { mutation: 'returnProgressReport', fields: 'id', input: () => ({ id: ids.otherReport, reason: 'x' }) },
  { mutation: 'reopenProgressReport', fields: 'id', input: () => ({ id: ids.otherReport, reason: 'x' }) },
  { mutation: 'verifyEmissionInventory', fields: 'id', input: () => ({ id: ids.otherInventory }) },
  { mutation: 'returnEmissionInventory', fields: 'id', input: () => ({ id: ids.otherInventory, reason: 'x' }) },
  { mutation: 'reopenEmissionInventory', fields: 'id', input: () => ({ id: ids.otherInventory, reason: 'x' }) },
  { mutation: 'verifyProvincialInventory', fields: 'id', input: () => ({ id: missing('ProvincialInventory') }) },
  { mutation: 'reopenProvincialInventory', fields: 'id', input: () => ({ id: missing('ProvincialInventory'), reason: 'x' }) },
  { mutation: 'resendInventory', fields: 'id', input: () => ({ id: missing('ProvincialInventory') }) },
  {
    mutation: 'createUser',
    fields: 'agencyId, administrativeUnitCode, organisationId',
    input: () => ({
      email: 'x@example.test',
      displayName: 'x',
      password: 'a long enough password',
      role: 'COMMUNE_OFFICER',
      administrativeUnitCode: OTHER_UNIT,
    }),
  },
  {
    mutation: 'updateUser',
    fields: 'id, agencyId, administrativeUnitCode, organisationId',
    input: () => ({ id: ids.otherUser, administrativeUnitCode: HOME_UNIT }),
  },
  { mutation: 'deactivateUser', fields: 'id', input: () => ({ id: ids.otherUser }) },
  {
    mutation: 'createApiKey',
    fields: 'administrativeUnitCodes, organisationId',
    input: () => ({ name: 'x', partnerName: 'x', scopes: ['activity:write'], administrativeUnitCodes: [OTHER_UNIT] }),
  },
  { mutation: 'revokeApiKey', fields: 'id', input: () => ({ id: ids.homeKey }) },
  // Criteria sets are province-level (III.2): a key with criteria-sets:write bound to a commune passes the declaration, not the scope.
  { mutation: 'createCriteriaSet', fields: 'crop', input: () => criteriaInput(), refused: COURSE_SCOPE },
  { mutation: 'updateCriteriaSet', fields: 'id', input: () => ({ id: ids.criteriaSet, expectedVersion: 1, title: 'x' }), refused: COURSE_SCOPE },
  { mutation: 'deleteCriteriaSet', fields: 'id', input: () => ({ id: ids.criteriaSet, expectedVersion: 1 }), refused: COURSE_SCOPE },
  { mutation: 'adoptCriteriaSet', fields: 'id', input: () => ({ id: ids.criteriaSet, expectedVersion: 1, ...decision() }), refused: COURSE_SCOPE },
  // Province-wide registers: plan report approvals (province officers) and research studies (province and DOST officers).
  { mutation: 'updatePlanReportApproval', fields: 'id', input: () => ({ id: missing('PlanReportApproval'), expectedVersion: 1, decisionNumber: 'x' }) },
  { mutation: 'deletePlanReportApproval', fields: 'id', input: () => ({ id: missing('PlanReportApproval'), expectedVersion: 1 }) },
  {
    mutation: 'createResearchStudy',
    fields: 'leadAgencyCode, pilotModelId, leadOrganisationId',
    input: () => ({ kind: 'EXPERIMENTAL_MODEL', title: 'x', leadAgencyCode: 'DOST', startYear: 2026, endYear: 2026, pilotModelId: ids.otherPilot }),
  },
  {
    mutation: 'updateResearchStudy',
    fields: 'id, leadAgencyCode, pilotModelId, leadOrganisationId',
    input: () => ({ id: missing('ResearchStudy'), expectedVersion: 1, leadAgencyCode: 'DOST' }),
  },
  { mutation: 'deleteResearchStudy', fields: 'id', input: () => ({ id: missing('ResearchStudy'), expectedVersion: 1 }) },
  // Programme integrations are provincial programmes (II.3): a commune officer or key may write crop planning, but not these.
  { mutation: 'createProgrammeIntegration', fields: 'ownerAgencyCode, programmeCode, criteriaSetId', input: () => integrationInput(), refused: PROVINCE_ONLY },
  {
    mutation: 'updateProgrammeIntegration',
    fields: 'id, ownerAgencyCode, programmeCode, criteriaSetId',
    input: () => ({ id: ids.integration, expectedVersion: 1, ownerAgencyCode: 'DAE' }),
    refused: PROVINCE_ONLY,
  },
  { mutation: 'deleteProgrammeIntegration', fields: 'id', input: () => ({ id: ids.integration, expectedVersion: 1 }), refused: PROVINCE_ONLY },
  // Webhook subscriptions belong to partner keys with webhooks:write, managed by them or by province officers.
  {
    mutation: 'createWebhookSubscription',
    fields: 'apiKeyId',
    input: () => ({ apiKeyId: ids.homeKey, url: 'https://8.8.8.8/hooks/x', events: ['record.created'], secret: 'a-secret-of-sixteen-chars' }),
  },
  {
    mutation: 'updateWebhookSubscription',
    fields: 'id',
    input: () => ({ id: missing('WebhookSubscription'), expectedVersion: 1, events: ['record.updated'] }),
  },
  { mutation: 'deleteWebhookSubscription', fields: 'id', input: () => ({ id: missing('WebhookSubscription'), expectedVersion: 1 }) },
  // Trade promotion (VI.3) and carbon credits (VI.4): province and lead-agency officers only; no partner scope writes them.
  {
    mutation: 'createTradePromotionEvent',
    fields: 'countryCode, organisationIds, productCodes',
    input: () => ({
      name: 'x',
      kind: 'FAIR',
      scope: 'DOMESTIC',
      countryCode: 'VN',
      startDate: '2028-01-01',
      endDate: '2028-01-02',
      organisationIds: [ids.otherOrganisation],
    }),
  },
  { mutation: 'updateTradePromotionEvent', fields: 'id', input: () => ({ id: missing('TradePromotionEvent'), expectedVersion: 1, name: 'x' }) },
  { mutation: 'deleteTradePromotionEvent', fields: 'id', input: () => ({ id: missing('TradePromotionEvent'), expectedVersion: 1 }) },
  {
    mutation: 'createExportContract',
    fields: 'organisationId, buyerCountryCode, productCode',
    input: () => ({ organisationId: ids.otherOrganisation, buyerCountryCode: 'JP', productCode: 'COFFEE', volumeTonnes: 1, valueUsd: '1' }),
  },
  { mutation: 'updateExportContract', fields: 'id', input: () => ({ id: missing('ExportContract'), expectedVersion: 1, valueUsd: '2' }) },
  { mutation: 'deleteExportContract', fields: 'id', input: () => ({ id: missing('ExportContract'), expectedVersion: 1 }) },
  {
    mutation: 'createCarbonProject',
    fields: 'communeCodes, organisationIds',
    input: () => ({
      name: 'x',
      standard: 'OTHER',
      communeCodes: [OTHER_UNIT],
      areaHa: 1,
      creditingFrom: '2028-01-01',
      creditingTo: '2030-01-01',
      bufferPercent: '10',
    }),
  },
  {
    mutation: 'updateCarbonProject',
    fields: 'id, communeCodes',
    input: () => ({ id: missing('CarbonProject'), expectedVersion: 1, communeCodes: [OTHER_UNIT] }),
  },
  // Certification decisions (VI.2) are the province's: a commune officer or a key with certifications:write applies, never decides.
  {
    mutation: 'decideCertification',
    fields: 'id',
    input: () => ({ id: ids.otherCertification, expectedVersion: 1, status: 'UNDER_REVIEW', reason: 'x' }),
  },
  { mutation: 'deleteCarbonProject', fields: 'id', input: () => ({ id: missing('CarbonProject'), expectedVersion: 1 }) },
  {
    mutation: 'estimateCarbonMonitoringPeriod',
    fields: 'projectId, activityRecordIds',
    input: () => ({ projectId: missing('CarbonProject'), fromYear: 2028, toYear: 2028, activityRecordIds: [missing('ActivityRecord')] }),
  },
  { mutation: 'verifyCarbonMonitoringPeriod', fields: 'id', input: () => ({ id: missing('CarbonMonitoringPeriod'), expectedVersion: 1, verifiedTco2e: '1' }) },
  {
    mutation: 'recordCreditIssuance',
    fields: 'projectId',
    input: () => ({
      projectId: missing('CarbonProject'),
      vintage: 2028,
      quantity: 1,
      registry: 'VERRA',
      serialStart: 'A-1',
      serialEnd: 'A-1',
      issuedOn: '2026-01-05',
    }),
  },
];
const NOT_THEIRS_CASES = CALLERS.flatMap((caller) => NOT_THEIRS.map((row) => [caller, row.mutation, row.fields, row] as const));

describe('mutations with IDs that only province-level callers may send', () => {
  it.each(NOT_THEIRS_CASES)('%s: %s (%s) is refused, and writes nothing', async (caller, mutation, _fields, row) => {
    const before = await databaseDigest();
    const response = await send(mutation, row.input(), callers[caller]);
    expect(response.errors?.[0]?.extensions).toMatchObject(row.refused?.[caller] ?? NOT_PERMITTED);
    expect(await databaseDigest()).toEqual(before);
  });

  it('cover, with the table of commune mutations, every mutation of the schema whose input carries an ID or a code', () => {
    const schema = buildSchema(readFileSync(join(__dirname, '../../schema/schema.graphql'), 'utf8'));
    const carriesReference = (type: GraphQLInputObjectType, seen: Set<string>): boolean =>
      Object.values(type.getFields()).some((field) => {
        const named = getNamedType(field.type);
        if (isInputObjectType(named)) return !seen.has(named.name) && carriesReference(named, new Set([...seen, named.name]));
        return named.name === 'ID' || /(Id|Ids|Code|Codes)$/.test(field.name);
      });
    const withReferences = Object.values(schema.getMutationType()!.getFields())
      .filter((mutation) =>
        mutation.args.some((arg) => isInputObjectType(getNamedType(arg.type)) && carriesReference(getNamedType(arg.type) as GraphQLInputObjectType, new Set())),
      )
      .map((mutation) => mutation.name);
    const covered = new Set([...ROWS.map((r) => r.mutation), ...NOT_THEIRS.map((r) => r.mutation)]);
    expect(withReferences.filter((name) => !covered.has(name))).toEqual([]);
    expect(withReferences.length).toBeGreaterThan(40);
  });
});

// ── The finding itself: another commune's farm data published through a pilot ─────────────────────
const REDUCTION = `query($id: ID!) { node(id: $id) { ... on PilotModel {
  baselineActivityRecordIds actualActivityRecordIds
  emissionReduction { baselineRecords actualRecords baselineCo2eKg actualCo2eKg reductionCo2eKg } } } }`;
interface Reduction {
  baselineRecords: number;
  actualRecords: number;
  baselineCo2eKg: number;
  actualCo2eKg: number;
  reductionCo2eKg: number;
}
async function reductionOf(pilotId: string, headers: Headers = callers.viewer): Promise<Reduction | null> {
  const response = await server.requestText<{ node: { emissionReduction: Reduction | null } }>(REDUCTION, { id: pilotId }, headers);
  expect(response.errors).toBeUndefined();
  return response.data!.node.emissionReduction;
}
const rawIdOf = (id: string) => Buffer.from(id, 'base64').toString().split(':')[1];

describe("a pilot publishes only its own commune's activity data", () => {
  const linked = (unit: string) => ({ baselineActivityRecordIds: [activity(unit, 'base')], actualActivityRecordIds: [activity(unit, 'act')] });

  it("refuses to link another commune's records on create and on update, for officers and bound keys alike", async () => {
    for (const headers of [callers.homeOfficer, callers.homeKey]) {
      const code = `MH-LEAK-${next()}`;
      const created = await send('createPilotModel', pilotInput({ code, crop: 'RICE', ...linked(OTHER_UNIT) }), headers);
      expect(created.errors![0].extensions).toMatchObject(noSuchRecord('input.baselineActivityRecordIds[0]'));
      const [{ n }] = await server.database.dataSource.query('SELECT count(*)::int AS n FROM pilot_model WHERE code = $1', [code]);
      expect(n).toBe(0);

      const own = idOf(await succeed('createPilotModel', pilotInput({ crop: 'RICE', ...linked(HOME_UNIT) }), headers), 'pilotModel');
      const honest = await reductionOf(own);
      expect(honest).toMatchObject({ baselineRecords: 1, actualRecords: 1 });
      expect(honest!.reductionCo2eKg).toBeGreaterThan(0);
      const swapped = await send('updatePilotModel', { id: own, expectedVersion: 1, actualActivityRecordIds: [activity(OTHER_UNIT, 'act')] }, headers);
      expect(swapped.errors![0].extensions).toMatchObject(noSuchRecord('input.actualActivityRecordIds[0]'));
      expect(await reductionOf(own)).toEqual(honest);
    }
  });

  it('leaves out of the reduction any record of another commune that a commune pilot was linked to before links were checked', async () => {
    const pilot = idOf(await succeed('createPilotModel', pilotInput({ crop: 'RICE', ...linked(HOME_UNIT) }), callers.homeOfficer), 'pilotModel');
    const honest = await reductionOf(pilot);
    const ds = server.database.dataSource;
    // As a link written by an earlier version could have left it: the other commune's ACTUAL record beside its own.
    await ds.query('UPDATE pilot_model SET actual_activity_record_ids = $2 WHERE id = $1', [
      rawIdOf(pilot),
      [rawIdOf(activity(HOME_UNIT, 'act')), rawIdOf(activity(OTHER_UNIT, 'act'))],
    ]);
    expect(await reductionOf(pilot)).toEqual(honest);
    await ds.query('UPDATE pilot_model SET actual_activity_record_ids = $2 WHERE id = $1', [rawIdOf(pilot), [rawIdOf(activity(OTHER_UNIT, 'act'))]]);
    expect(await reductionOf(pilot)).toBeNull();
  });

  it("lets a province officer link records of every commune to a provincial pilot, but a commune pilot only to its own commune's", async () => {
    const both = {
      baselineActivityRecordIds: [activity(HOME_UNIT, 'base'), activity(OTHER_UNIT, 'base')],
      actualActivityRecordIds: [activity(HOME_UNIT, 'act'), activity(OTHER_UNIT, 'act')],
    };
    const provincial = await succeed(
      'createPilotModel',
      pilotInput({ level: 'PROVINCIAL', administrativeUnitCode: null, crop: 'RICE', ...both }),
      callers.province,
    );
    expect(await reductionOf(idOf(provincial, 'pilotModel'))).toMatchObject({ baselineRecords: 2, actualRecords: 2 });

    const elsewhere = await send('createPilotModel', pilotInput({ crop: 'RICE', ...linked(OTHER_UNIT) }), callers.province);
    expect(elsewhere.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.baselineActivityRecordIds[0]', reason: 'OTHER_UNIT' });
    const atHome = await succeed('createPilotModel', pilotInput({ administrativeUnitCode: OTHER_UNIT, crop: 'RICE', ...linked(OTHER_UNIT) }), callers.province);
    expect(await reductionOf(idOf(atHome, 'pilotModel'))).toMatchObject({ baselineRecords: 1, actualRecords: 1 });
  });

  it("accepts a list of links exactly when every one is the commune's own, else names the first that is not (property)", async () => {
    const own = ['base', 'base-2', 'base-3'].map((name) => activity(HOME_UNIT, name));
    const foreign = [...['base', 'base-2', 'base-3'].map((name) => activity(OTHER_UNIT, name)), missing('ActivityRecord')];
    const link = fc.oneof(
      fc.constantFrom(...own).map((id) => ({ id, own: true })),
      fc.constantFrom(...foreign).map((id) => ({ id, own: false })),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(link, { minLength: 1, maxLength: 6 }), async (links) => {
        const code = `MH-PROP-${next()}`;
        const ids = links.map((l) => l.id);
        const response = await send('createPilotModel', pilotInput({ code, baselineActivityRecordIds: ids }), callers.homeOfficer);
        const firstForeign = links.findIndex((l) => !l.own);
        const [{ n }] = await server.database.dataSource.query('SELECT count(*)::int AS n FROM pilot_model WHERE code = $1', [code]);
        if (firstForeign === -1) {
          expect(response.errors).toBeUndefined();
          const stored = await server.database.dataSource.query('SELECT baseline_activity_record_ids AS ids FROM pilot_model WHERE code = $1', [code]);
          expect(stored[0].ids).toEqual([...new Set(ids.map(rawIdOf))]);
        } else {
          expect(response.errors![0].extensions).toMatchObject(noSuchRecord(`input.baselineActivityRecordIds[${firstForeign}]`));
          expect(n).toBe(0);
        }
      }),
      { seed: 20260601, numRuns: 30 },
    );
  }, 60_000);

  it('checks a list of links in one query: three records cost the statements of one', async () => {
    await succeed('createPilotModel', pilotInput({ baselineActivityRecordIds: [activity(HOME_UNIT, 'base')] }), callers.homeOfficer);
    const one = server.lastSqlStatements();
    const three = ['base', 'base-2', 'base-3'].map((name) => activity(HOME_UNIT, name));
    await succeed('createPilotModel', pilotInput({ baselineActivityRecordIds: three }), callers.homeOfficer);
    expect(server.lastSqlStatements()).toBe(one);
  });

  it("refuses a withdrawn record of the caller's own commune as withdrawn, not as unknown", async () => {
    const response = await send('createPilotModel', pilotInput({ actualActivityRecordIds: [activity(HOME_UNIT, 'withdrawn')] }), callers.homeOfficer);
    expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.actualActivityRecordIds[0]', reason: 'DELETED' });
  });
});

// ── References that are deliberately cross-unit ──────────────────────────────────────────────────
describe('public references anyone may cite', () => {
  it("lets a commune cite another commune's People's Committee as host or organiser, and enrol its farmers in a province course", async () => {
    const agency = `PC-${OTHER_UNIT}`;
    await succeed('createPilotModel', pilotInput({ hostKind: 'AGENCY', hostAgencyCode: agency }), callers.homeOfficer);
    await succeed('recordTrainingEvent', eventInput({ organisingAgencyCode: agency }), callers.homeOfficer);
    await succeed('enrolInCourse', { courseId: ids.course, farmerAccountId: await ownFarmer() }, callers.homeOfficer);
  });

  it("lets a commune name another commune's certification body on an application, and another commune's cooperative on a product it puts forward", async () => {
    const body = organisationInput({ kind: 'CERTIFICATION_BODY', crops: [], administrativeUnitCode: OTHER_UNIT });
    const certificationBodyId = idOf(await succeed('createOrganisation', body, callers.province), 'organisation');
    for (const headers of [callers.homeOfficer, callers.homeKey]) {
      await succeed('applyForCertification', application({ organisationId: await ownOrganisation(), certificationBodyId }), headers);
      await succeed('createOcopProduct', ocopProduct({ organisationId: ids.otherOrganisation, administrativeUnitCode: HOME_UNIT }), headers);
    }
  });

  it("lets an inspecting agency inspect any commune's pilot, but only one that exists and is not deleted", async () => {
    const inspection = (pilotModelId: string) => ({
      inspectedOn: '2026-06-06',
      subjectKind: 'PILOT',
      pilotModelId,
      inspectingAgencyCode: 'DAE',
      findings: 'Ghi nhận',
    });
    await succeed('recordInspection', inspection(ids.otherPilot), callers.province);
    const before = await databaseDigest();
    const unknown = await send('recordInspection', inspection(missing('PilotModel')), callers.province);
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.pilotModelId', reason: 'NOT_FOUND' });
    const deleted = await ownPilot();
    await succeed('deletePilotModel', { id: deleted, expectedVersion: 1 }, callers.homeOfficer);
    const afterDelete = await databaseDigest();
    const gone = await send('recordInspection', inspection(deleted), callers.province);
    expect(gone.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.pilotModelId', reason: 'DELETED' });
    expect(await databaseDigest()).toEqual(afterDelete);
    expect(before.inspection).toBe(afterDelete.inspection);
  });
});
