// Every operation × every kind of caller, against a table written by hand: a change of who may call
// what must change this table too. The table must list every root field of the schema.
import { Role } from '../../src/core/auth/roles';
import { ALL_SCOPES } from '../../src/app';
import { signAccessToken } from '../../src/modules/identity/access-tokens';
import { buildApiSchema } from '../../src/app';
import { HOME_UNIT, bearer, createTestApiKey, createTestUser, TEST_PASSWORD } from '../helpers/principals';
import { TestServer, startTestServer } from '../helpers/test-server';
import { createCertificationBody, createCertificationBodyOfficer } from './value-chain/write-rights.fixtures';

type Caller =
  | 'anonymous'
  | 'ADMIN'
  | 'PROVINCE_OFFICER'
  | 'AGENCY_OFFICER'
  | 'COMMUNE_OFFICER'
  | 'VERIFIER'
  | 'VIEWER'
  | 'FARMER'
  | 'CERTIFICATION_BODY_OFFICER'
  | 'key with scope'
  | 'key without scope'
  | 'expired token'
  | 'revoked key';
type Outcome = 'ALLOWED' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_CREDENTIALS';

const CALLERS: Caller[] = [
  'anonymous',
  'ADMIN',
  'PROVINCE_OFFICER',
  'AGENCY_OFFICER',
  'COMMUNE_OFFICER',
  'VERIFIER',
  'VIEWER',
  'FARMER',
  'CERTIFICATION_BODY_OFFICER',
  'key with scope',
  'key without scope',
  'expired token',
  'revoked key',
];
const EVERYONE = CALLERS.filter((c) => c !== 'expired token' && c !== 'revoked key');
const USERS: Caller[] = ['ADMIN', 'PROVINCE_OFFICER', 'AGENCY_OFFICER', 'COMMUNE_OFFICER', 'VERIFIER', 'VIEWER', 'FARMER', 'CERTIFICATION_BODY_OFFICER'];
const ADMIN: Caller[] = ['ADMIN'];
const PLAN_WRITERS: Caller[] = ['ADMIN', 'PROVINCE_OFFICER', 'AGENCY_OFFICER', 'COMMUNE_OFFICER', 'key with scope'];
const UNIT_WRITERS: Caller[] = ['ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER', 'key with scope'];
const ACTIVITY_READERS: Caller[] = ['ADMIN', 'PROVINCE_OFFICER', 'AGENCY_OFFICER', 'COMMUNE_OFFICER', 'VERIFIER', 'key with scope'];
// ADMIN may call every operation.
const SIGNED_IN: Caller[] = ['ADMIN', 'PROVINCE_OFFICER', 'AGENCY_OFFICER', 'COMMUNE_OFFICER', 'VERIFIER', 'VIEWER', 'key with scope'];
const REPORTERS: Caller[] = ['ADMIN', 'PROVINCE_OFFICER', 'AGENCY_OFFICER', 'COMMUNE_OFFICER', 'key with scope'];
const REVIEWERS: Caller[] = ['ADMIN', 'PROVINCE_OFFICER', 'VERIFIER'];
// Well-formed IDs of records that do not exist: the resolver runs and answers NOT_FOUND when allowed.
const MISSING_INVENTORY = Buffer.from('EmissionInventory:00000000-0000-4000-8000-000000000000').toString('base64');
const MISSING_REPORT = Buffer.from('ProgressReport:00000000-0000-4000-8000-000000000000').toString('base64');
const MISSING_PROVINCIAL = Buffer.from('ProvincialInventory:00000000-0000-4000-8000-000000000000').toString('base64');
const MISSING_BUDGET_LINE = Buffer.from('BudgetLine:00000000-0000-4000-8000-000000000000').toString('base64');
const MISSING_APPROVAL = Buffer.from('PlanReportApproval:00000000-0000-4000-8000-000000000000').toString('base64');
const MISSING_STUDY = Buffer.from('ResearchStudy:00000000-0000-4000-8000-000000000000').toString('base64');
const MISSING_INSPECTION = Buffer.from('Inspection:00000000-0000-4000-8000-000000000000').toString('base64');
const MISSING_FOLLOW_UP = Buffer.from('FollowUpAction:00000000-0000-4000-8000-000000000000').toString('base64');
const MISSING_WEBHOOK = Buffer.from('WebhookSubscription:00000000-0000-4000-8000-000000000000').toString('base64');
const MISSING_WEBHOOK_DELIVERY = Buffer.from('WebhookDelivery:00000000-0000-4000-8000-000000000000').toString('base64');
// Field records: pilots, trainings and materials are read by staff; farmer accounts and enrolments by
// officers, verifiers and the farmer; courses are written province-wide.
const FIELD_READERS: Caller[] = ['ADMIN', 'PROVINCE_OFFICER', 'AGENCY_OFFICER', 'COMMUNE_OFFICER', 'VERIFIER', 'VIEWER', 'key with scope'];
const FIELD_WRITERS: Caller[] = ['ADMIN', 'PROVINCE_OFFICER', 'AGENCY_OFFICER', 'COMMUNE_OFFICER', 'key with scope'];
const COURSE_WRITERS: Caller[] = ['ADMIN', 'PROVINCE_OFFICER', 'AGENCY_OFFICER', 'key with scope'];
const FARMER_READERS: Caller[] = ['ADMIN', 'PROVINCE_OFFICER', 'AGENCY_OFFICER', 'COMMUNE_OFFICER', 'VERIFIER', 'FARMER', 'key with scope'];
const FARMER_WRITERS: Caller[] = ['ADMIN', 'PROVINCE_OFFICER', 'AGENCY_OFFICER', 'COMMUNE_OFFICER', 'FARMER', 'key with scope'];
const missing = (type: string) => Buffer.from(`${type}:00000000-0000-4000-8000-000000000000`).toString('base64');

interface Fixture {
  taskId: string;
  targetUserId: string;
  apiKeyId: string;
  loginEmail: string;
}

interface Operation {
  allowed: Caller[];
  query: string;
  variables?: (f: Fixture, n: number) => Record<string, unknown>;
}

const MATRIX: Record<string, Operation> = {
  'Query.node': { allowed: EVERYONE, query: 'query($id: ID!) { node(id: $id) { id } }', variables: (f) => ({ id: f.taskId }) },
  'Query.sections': { allowed: EVERYONE, query: '{ sections { code } }' },
  'Query.tasks': { allowed: EVERYONE, query: '{ tasks(first: 1) { totalCount } }' },
  'Query.task': { allowed: EVERYONE, query: '{ task(code: "I.1") { code } }' },
  'Query.plan': { allowed: EVERYONE, query: '{ plan { code } }' },
  'Query.agencies': { allowed: EVERYONE, query: '{ agencies(first: 1) { totalCount } }' },
  'Query.administrativeUnits': { allowed: EVERYONE, query: '{ administrativeUnits(first: 1) { totalCount } }' },
  'Query.administrativeUnit': { allowed: EVERYONE, query: '{ administrativeUnit(code: "66") { code } }' },
  'Query.communeImplementationPlans': { allowed: EVERYONE, query: '{ communeImplementationPlans(first: 1) { totalCount } }' },
  'Query.me': { allowed: USERS, query: '{ me { id } }' },
  'Query.users': { allowed: ADMIN, query: '{ users(first: 1) { totalCount } }' },
  'Query.apiKeys': { allowed: ADMIN, query: '{ apiKeys(first: 1) { totalCount } }' },
  'Query.auditLog': { allowed: ADMIN, query: '{ auditLog(first: 1) { totalCount } }' },
  'Mutation.login': {
    allowed: EVERYONE,
    query: 'mutation($input: LoginInput!) { login(input: $input) { user { id } } }',
    variables: (f) => ({ input: { email: f.loginEmail, password: TEST_PASSWORD } }),
  },
  'Mutation.refreshToken': {
    allowed: EVERYONE,
    query: 'mutation { refreshToken(input: { refreshToken: "not-a-token" }) { accessToken } }',
  },
  'Mutation.logout': { allowed: EVERYONE, query: 'mutation { logout(input: { refreshToken: "not-a-token" }) { loggedOut } }' },
  'Mutation.createUser': {
    allowed: ADMIN,
    query: 'mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } userErrors { code } } }',
    variables: (_f, n) => ({ input: { email: `matrix-${n}@example.test`, displayName: 'M', password: 'a long enough password', role: 'VIEWER' } }),
  },
  'Mutation.updateUser': {
    allowed: ADMIN,
    query: 'mutation($input: UpdateUserInput!) { updateUser(input: $input) { user { id } } }',
    variables: (f, n) => ({ input: { id: f.targetUserId, displayName: `Renamed ${n}` } }),
  },
  'Mutation.deactivateUser': {
    allowed: ADMIN,
    query: 'mutation($input: IdInput!) { deactivateUser(input: $input) { user { id } } }',
    variables: (f) => ({ input: { id: f.targetUserId } }),
  },
  'Mutation.unlockLogin': {
    allowed: ADMIN,
    query: 'mutation($input: UnlockLoginInput!) { unlockLogin(input: $input) { user { id } } }',
    variables: (f) => ({ input: { email: f.loginEmail } }),
  },
  'Mutation.createApiKey': {
    allowed: ADMIN,
    query: 'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }',
    variables: () => ({ input: { name: 'matrix', partnerName: 'Matrix', scopes: ['plan:read'] } }),
  },
  'Mutation.revokeApiKey': {
    allowed: ADMIN,
    query: 'mutation($input: IdInput!) { revokeApiKey(input: $input) { apiKey { id } } }',
    variables: (f) => ({ input: { id: f.apiKeyId } }),
  },
  'Mutation.saveCommuneImplementationPlan': {
    allowed: PLAN_WRITERS,
    query: 'mutation($input: SaveCommuneImplementationPlanInput!) { saveCommuneImplementationPlan(input: $input) { communeImplementationPlan { id } } }',
    variables: () => ({ input: { administrativeUnitCode: HOME_UNIT, title: 'Kế hoạch', status: 'DRAFT' } }),
  },
  // National inventory sync: watched by the province.
  'Query.syncTargets': { allowed: ['ADMIN', 'PROVINCE_OFFICER'], query: '{ syncTargets { name } }' },
  'Query.syncJobs': { allowed: ['ADMIN', 'PROVINCE_OFFICER'], query: '{ syncJobs(first: 1) { totalCount } }' },
  // Partner webhooks: a key with webhooks:* manages its own; the province manages any key's.
  'Query.webhookEventTypes': { allowed: ['ADMIN', 'PROVINCE_OFFICER', 'key with scope'], query: '{ webhookEventTypes { name } }' },
  'Query.webhookSubscriptions': { allowed: ['ADMIN', 'PROVINCE_OFFICER', 'key with scope'], query: '{ webhookSubscriptions(first: 1) { totalCount } }' },
  'Query.webhookDeliveries': {
    allowed: ['ADMIN', 'PROVINCE_OFFICER', 'key with scope'],
    query: 'query($id: ID!) { webhookDeliveries(subscriptionId: $id, first: 1) { totalCount } }',
    variables: () => ({ id: MISSING_WEBHOOK }),
  },
  'Mutation.createWebhookSubscription': {
    allowed: ['ADMIN', 'PROVINCE_OFFICER', 'key with scope'],
    query: 'mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { userErrors { code } } }',
    variables: () => ({ input: { url: 'https://8.8.8.8/hook', events: ['no.such.event'], secret: 'matrix-secret-0123456789' } }),
  },
  'Mutation.updateWebhookSubscription': {
    allowed: ['ADMIN', 'PROVINCE_OFFICER', 'key with scope'],
    query: 'mutation($input: UpdateWebhookSubscriptionInput!) { updateWebhookSubscription(input: $input) { userErrors { code } } }',
    variables: () => ({ input: { id: MISSING_WEBHOOK, expectedVersion: 1, active: true } }),
  },
  'Mutation.deleteWebhookSubscription': {
    allowed: ['ADMIN', 'PROVINCE_OFFICER', 'key with scope'],
    query: 'mutation($input: DeleteWebhookSubscriptionInput!) { deleteWebhookSubscription(input: $input) { userErrors { code } } }',
    variables: () => ({ input: { id: MISSING_WEBHOOK, expectedVersion: 1 } }),
  },
  'Mutation.redeliverWebhook': {
    allowed: ['ADMIN', 'PROVINCE_OFFICER', 'key with scope'],
    query: 'mutation($id: ID!) { redeliverWebhook(deliveryId: $id) { userErrors { code } } }',
    variables: () => ({ id: MISSING_WEBHOOK_DELIVERY }),
  },
  // Emissions (MRV): calculator and factor sets are public; activity data is never public.
  'Query.calculateEmissions': {
    allowed: EVERYONE,
    query:
      'query { calculateEmissions(input: { factorSet: "IPCC2019", gwp: AR5, climateZone: TROPICAL_MOIST, activities: [{ cropCode: "MAIZE", areaHa: 1 }] }) { totalCo2eKg } }',
  },
  'Query.factorSets': { allowed: EVERYONE, query: '{ factorSets { code } }' },
  'Query.crops': { allowed: EVERYONE, query: '{ crops { code } }' },
  'Query.activityRecords': { allowed: ACTIVITY_READERS, query: '{ activityRecords(first: 1) { totalCount } }' },
  'Query.emissionInventories': { allowed: EVERYONE, query: '{ emissionInventories(first: 1) { totalCount } }' },
  'Query.emissionInventoryDiff': {
    allowed: EVERYONE,
    query: 'query($a: ID!) { emissionInventoryDiff(fromId: $a, toId: $a) { totalDeltaCo2eKg } }',
    variables: () => ({ a: MISSING_INVENTORY }),
  },
  'Query.provincialInventories': { allowed: EVERYONE, query: '{ provincialInventories(first: 1) { totalCount } }' },
  'Query.annualEmissionReport': { allowed: EVERYONE, query: '{ annualEmissionReport(year: 2026) { year } }' },
  'Query.emissionReduction': { allowed: ACTIVITY_READERS, query: '{ emissionReduction(input: { year: 2026 }) { reductionCo2eKg } }' },
  'Mutation.createFactorSet': {
    allowed: ['ADMIN', 'PROVINCE_OFFICER'],
    query: 'mutation($input: CreateFactorSetInput!) { createFactorSet(input: $input) { userErrors { code } } }',
    variables: (_f, n) => ({ input: { code: `MATRIX_${n}`, name: 'M', description: 'M', base: 'IPCC2019', factors: [] } }),
  },
  'Mutation.importActivityRecords': {
    allowed: UNIT_WRITERS,
    query: 'mutation($input: ImportActivityRecordsInput!) { importActivityRecords(input: $input) { summary { created } } }',
    variables: () => ({
      input: {
        dryRun: true,
        records: [{ externalId: 'm', administrativeUnitCode: HOME_UNIT, year: 2026, scenario: 'ACTUAL', activity: { cropCode: 'MAIZE', areaHa: 1 } }],
      },
    }),
  },
  'Mutation.deleteActivityRecord': {
    allowed: UNIT_WRITERS,
    query: 'mutation($id: ID!) { deleteActivityRecord(input: { id: $id, expectedVersion: 1 }) { userErrors { code } } }',
    variables: () => ({ id: Buffer.from('ActivityRecord:00000000-0000-4000-8000-000000000000').toString('base64') }),
  },
  'Mutation.calculateEmissionInventory': {
    allowed: UNIT_WRITERS,
    query: 'mutation { calculateEmissionInventory(input: { administrativeUnitCode: "24175", year: 2026 }) { userErrors { code } } }',
  },
  'Mutation.submitEmissionInventory': {
    allowed: UNIT_WRITERS,
    query: 'mutation($id: ID!) { submitEmissionInventory(input: { id: $id }) { userErrors { code } } }',
    variables: () => ({ id: MISSING_INVENTORY }),
  },
  'Mutation.verifyEmissionInventory': {
    allowed: REVIEWERS,
    query: 'mutation($id: ID!) { verifyEmissionInventory(input: { id: $id }) { userErrors { code } } }',
    variables: () => ({ id: MISSING_INVENTORY }),
  },
  'Mutation.returnEmissionInventory': {
    allowed: REVIEWERS,
    query: 'mutation($id: ID!) { returnEmissionInventory(input: { id: $id, reason: "check" }) { userErrors { code } } }',
    variables: () => ({ id: MISSING_INVENTORY }),
  },
  'Mutation.reopenEmissionInventory': {
    allowed: ['ADMIN', 'PROVINCE_OFFICER'],
    query: 'mutation($id: ID!) { reopenEmissionInventory(input: { id: $id, reason: "check" }) { userErrors { code } } }',
    variables: () => ({ id: MISSING_INVENTORY }),
  },
  'Query.inventoryTimeSeries': {
    allowed: REVIEWERS,
    query: '{ inventoryTimeSeries(fromYear: 2026, toYear: 2026, factorSet: "IPCC2019") { factorSet } }',
  },
  'Mutation.recalculateInventoryYears': {
    allowed: ['ADMIN', 'PROVINCE_OFFICER'],
    query: 'mutation { recalculateInventoryYears(input: { fromYear: 2026, toYear: 2026, factorSet: "IPCC2006" }) { created } }',
  },
  'Mutation.compileProvincialInventory': {
    allowed: ['ADMIN', 'PROVINCE_OFFICER'],
    query: 'mutation { compileProvincialInventory(input: { year: 2026 }) { userErrors { code } } }',
  },
  'Mutation.verifyProvincialInventory': {
    allowed: REVIEWERS,
    query: 'mutation($id: ID!) { verifyProvincialInventory(input: { id: $id }) { userErrors { code } } }',
    variables: () => ({ id: MISSING_PROVINCIAL }),
  },
  'Mutation.reopenProvincialInventory': {
    allowed: ['ADMIN', 'PROVINCE_OFFICER'],
    query: 'mutation($id: ID!) { reopenProvincialInventory(input: { id: $id, reason: "check" }) { userErrors { code } } }',
    variables: () => ({ id: MISSING_PROVINCIAL }),
  },
  // Plan execution: progress reports, views and the national pull.
  'Query.progressReports': { allowed: SIGNED_IN, query: '{ progressReports(first: 1) { totalCount } }' },
  'Query.planProgress': { allowed: SIGNED_IN, query: '{ planProgress(year: 2026) { year } }' },
  'Query.communeScorecard': { allowed: SIGNED_IN, query: '{ communeScorecard(administrativeUnitCode: "24175", year: 2026) { year } }' },
  'Query.overdueItems': { allowed: ['ADMIN', 'PROVINCE_OFFICER', 'AGENCY_OFFICER', 'VERIFIER'], query: '{ overdueItems { asOf } }' },
  'Query.nationalInventorySubmissions': { allowed: ['ADMIN', 'PROVINCE_OFFICER', 'VERIFIER', 'key with scope'], query: '{ nationalInventorySubmissions }' },
  'Query.nationalSubmissions': {
    allowed: ['ADMIN', 'PROVINCE_OFFICER', 'VERIFIER', 'key with scope'],
    query: '{ nationalSubmissions { format documentSha256 } }',
  },
  'Mutation.createProgressReport': {
    allowed: REPORTERS,
    query: 'mutation { createProgressReport(input: { taskCode: "I.3", year: 2026, status: ON_TRACK }) { userErrors { code } } }',
  },
  'Mutation.updateProgressReport': {
    allowed: REPORTERS,
    query: 'mutation($id: ID!) { updateProgressReport(input: { id: $id, expectedVersion: 1 }) { userErrors { code } } }',
    variables: () => ({ id: MISSING_REPORT }),
  },
  'Mutation.submitProgressReport': {
    allowed: REPORTERS,
    query: 'mutation($id: ID!) { submitProgressReport(input: { id: $id }) { userErrors { code } } }',
    variables: () => ({ id: MISSING_REPORT }),
  },
  'Mutation.approveProgressReport': {
    allowed: ['ADMIN', 'PROVINCE_OFFICER'],
    query: 'mutation($id: ID!) { approveProgressReport(input: { id: $id }) { userErrors { code } } }',
    variables: () => ({ id: MISSING_REPORT }),
  },
  'Mutation.returnProgressReport': {
    allowed: ['ADMIN', 'PROVINCE_OFFICER'],
    query: 'mutation($id: ID!) { returnProgressReport(input: { id: $id, reason: "check" }) { userErrors { code } } }',
    variables: () => ({ id: MISSING_REPORT }),
  },
  'Mutation.reopenProgressReport': {
    allowed: ['ADMIN', 'PROVINCE_OFFICER'],
    query: 'mutation($id: ID!) { reopenProgressReport(input: { id: $id, reason: "check" }) { userErrors { code } } }',
    variables: () => ({ id: MISSING_REPORT }),
  },
  'Mutation.setReportingDeadline': {
    allowed: ['ADMIN', 'PROVINCE_OFFICER'],
    query: 'mutation { setReportingDeadline(input: { year: 2026, dueOn: "2027-01-20" }) { dueOn } }',
  },
  'Mutation.resendInventory': {
    allowed: ['ADMIN'],
    query: 'mutation($id: ID!) { resendInventory(input: { id: $id }) { userErrors { code } } }',
    variables: () => ({ id: MISSING_PROVINCIAL }),
  },
  // Budget (section VII) and inspections (VIII.1). The agency officer is DAE, lead of IV.1; the commune officer's unit is HOME_UNIT.
  'Query.budgetLines': { allowed: [...SIGNED_IN, 'FARMER'], query: '{ budgetLines(first: 1) { totalCount } }' },
  'Query.budgetTotals': { allowed: [...SIGNED_IN, 'FARMER'], query: '{ budgetTotals { year } }' },
  'Mutation.createBudgetLine': {
    allowed: PLAN_WRITERS,
    query: 'mutation($input: CreateBudgetLineInput!) { createBudgetLine(input: $input) { budgetLine { id } userErrors { code } } }',
    variables: (_f, n) => ({
      input: { taskCode: 'IV.1', year: 2026 + (n % 10), fundingSource: 'OTHER', administrativeUnitCode: HOME_UNIT, proposedVnd: 1000 },
    }),
  },
  'Mutation.updateBudgetLine': {
    allowed: PLAN_WRITERS,
    query: 'mutation($input: UpdateBudgetLineInput!) { updateBudgetLine(input: $input) { budgetLine { id } userErrors { code } } }',
    variables: () => ({ input: { id: MISSING_BUDGET_LINE, expectedVersion: 1, proposedVnd: 1 } }),
  },
  'Mutation.deleteBudgetLine': {
    allowed: PLAN_WRITERS,
    query: 'mutation($input: DeleteBudgetLineInput!) { deleteBudgetLine(input: $input) { deletedBudgetLineId userErrors { code } } }',
    variables: () => ({ input: { id: MISSING_BUDGET_LINE, expectedVersion: 1 } }),
  },
  // Plan report approvals (VIII.1): read like progress, written by the province's officers only.
  'Query.planReportApprovals': { allowed: SIGNED_IN, query: '{ planReportApprovals(first: 1) { totalCount } }' },
  'Mutation.createPlanReportApproval': {
    allowed: ['ADMIN', 'PROVINCE_OFFICER'],
    query: 'mutation($input: CreatePlanReportApprovalInput!) { createPlanReportApproval(input: $input) { planReportApproval { id } userErrors { code } } }',
    variables: () => ({
      input: {
        kind: 'ANNUAL_IMPLEMENTATION',
        year: 2026,
        decisionNumber: '1/QĐ-UBND',
        decisionDate: '2026-11-30',
        decisionBody: 'UBND tỉnh',
        fileSha256: 'a'.repeat(64),
      },
    }),
  },
  'Mutation.updatePlanReportApproval': {
    allowed: ['ADMIN', 'PROVINCE_OFFICER'],
    query: 'mutation($input: UpdatePlanReportApprovalInput!) { updatePlanReportApproval(input: $input) { planReportApproval { id } userErrors { code } } }',
    variables: () => ({ input: { id: MISSING_APPROVAL, expectedVersion: 1, decisionNumber: '2/QĐ-UBND' } }),
  },
  'Mutation.deletePlanReportApproval': {
    allowed: ['ADMIN', 'PROVINCE_OFFICER'],
    query: 'mutation($input: DeleteRecordInput!) { deletePlanReportApproval(input: $input) { planReportApproval { id } userErrors { code } } }',
    variables: () => ({ input: { id: MISSING_APPROVAL, expectedVersion: 1 } }),
  },
  // Research studies (III.3, III.4): read like progress; written by province officers and agency officers
  // (the service then keeps agency officers to the leads of III.3 and III.4: the matrix's DAE officer is refused there).
  'Query.researchStudies': { allowed: SIGNED_IN, query: '{ researchStudies(first: 1) { totalCount } }' },
  'Mutation.createResearchStudy': {
    allowed: ['ADMIN', 'PROVINCE_OFFICER', 'AGENCY_OFFICER'],
    query: 'mutation($input: CreateResearchStudyInput!) { createResearchStudy(input: $input) { researchStudy { id } userErrors { code } } }',
    variables: () => ({ input: { kind: 'STUDY', title: 'Matrix', leadAgencyCode: 'DOST', startYear: 2026, endYear: 2026 } }),
  },
  'Mutation.updateResearchStudy': {
    allowed: ['ADMIN', 'PROVINCE_OFFICER', 'AGENCY_OFFICER'],
    query: 'mutation($input: UpdateResearchStudyInput!) { updateResearchStudy(input: $input) { researchStudy { id } userErrors { code } } }',
    variables: () => ({ input: { id: MISSING_STUDY, expectedVersion: 1, title: 'x' } }),
  },
  'Mutation.deleteResearchStudy': {
    allowed: ['ADMIN', 'PROVINCE_OFFICER', 'AGENCY_OFFICER'],
    query: 'mutation($input: DeleteRecordInput!) { deleteResearchStudy(input: $input) { researchStudy { id } userErrors { code } } }',
    variables: () => ({ input: { id: MISSING_STUDY, expectedVersion: 1 } }),
  },
  'Query.inspections': { allowed: SIGNED_IN, query: '{ inspections(first: 1) { totalCount } }' },
  'Mutation.recordInspection': {
    allowed: ['ADMIN', 'PROVINCE_OFFICER', 'AGENCY_OFFICER', 'key with scope'],
    query: 'mutation($input: RecordInspectionInput!) { recordInspection(input: $input) { inspection { id } userErrors { code } } }',
    variables: () => ({ input: { inspectedOn: '2026-02-01', subjectKind: 'TASK', taskCode: 'IV.1', inspectingAgencyCode: 'DAE', findings: 'Matrix' } }),
  },
  'Mutation.updateInspection': {
    allowed: ['ADMIN', 'PROVINCE_OFFICER', 'AGENCY_OFFICER', 'key with scope'],
    query: 'mutation($input: UpdateInspectionInput!) { updateInspection(input: $input) { inspection { id } userErrors { code } } }',
    variables: () => ({ input: { id: MISSING_INSPECTION, expectedVersion: 1, findings: 'Matrix' } }),
  },
  'Mutation.updateFollowUpAction': {
    allowed: ['ADMIN', 'PROVINCE_OFFICER', 'AGENCY_OFFICER', 'key with scope'],
    query: 'mutation($input: UpdateFollowUpActionInput!) { updateFollowUpAction(input: $input) { followUpAction { id } userErrors { code } } }',
    variables: () => ({ input: { id: MISSING_FOLLOW_UP, expectedVersion: 1, status: 'DONE' } }),
  },
  // Field records (pilots, trainings and outreach, materials, online courses).
  'Query.pilotModels': { allowed: FIELD_READERS, query: '{ pilotModels(first: 1) { totalCount } }' },
  'Query.trainingEvents': { allowed: FIELD_READERS, query: '{ trainingEvents(first: 1) { totalCount } }' },
  'Query.fieldRecordCounts': { allowed: FIELD_READERS, query: '{ fieldRecordCounts { trainings { year } } }' },
  'Query.materials': { allowed: EVERYONE, query: '{ materials(first: 1) { totalCount } }' },
  'Query.courses': { allowed: EVERYONE, query: '{ courses(first: 1) { totalCount } }' },
  'Query.farmerAccounts': { allowed: FARMER_READERS, query: '{ farmerAccounts(first: 1) { totalCount } }' },
  'Query.enrolments': { allowed: FARMER_READERS, query: '{ enrolments(first: 1) { totalCount } }' },
  'Mutation.createPilotModel': {
    allowed: FIELD_WRITERS,
    query: 'mutation($input: CreatePilotModelInput!) { createPilotModel(input: $input) { userErrors { code } } }',
    variables: (_f, n) => ({
      input: {
        code: `MATRIX-${n}`,
        name: 'M',
        level: 'COMMUNE',
        administrativeUnitCode: HOME_UNIT,
        crop: 'COFFEE',
        hostKind: 'COOPERATIVE',
        hostName: 'HTX',
        areaHa: 1,
        households: 1,
        startDate: '2026-03-01',
        practices: [],
      },
    }),
  },
  'Mutation.updatePilotModel': {
    allowed: FIELD_WRITERS,
    query: 'mutation($id: ID!) { updatePilotModel(input: { id: $id, expectedVersion: 1, name: "M" }) { userErrors { code } } }',
    variables: () => ({ id: missing('PilotModel') }),
  },
  'Mutation.deletePilotModel': {
    allowed: FIELD_WRITERS,
    query: 'mutation($id: ID!) { deletePilotModel(input: { id: $id, expectedVersion: 1 }) { userErrors { code } } }',
    variables: () => ({ id: missing('PilotModel') }),
  },
  'Mutation.recordTrainingEvent': {
    allowed: FIELD_WRITERS,
    query: 'mutation($input: RecordTrainingEventInput!) { recordTrainingEvent(input: $input) { userErrors { code } } }',
    variables: () => ({
      input: { kind: 'TRAINING', title: 'Tập huấn', startDate: '2026-04-01', administrativeUnitCode: HOME_UNIT, topics: ['OTHER'], participants: { total: 1 } },
    }),
  },
  'Mutation.updateTrainingEvent': {
    allowed: FIELD_WRITERS,
    query: 'mutation($id: ID!) { updateTrainingEvent(input: { id: $id, expectedVersion: 1, title: "T" }) { userErrors { code } } }',
    variables: () => ({ id: missing('TrainingEvent') }),
  },
  'Mutation.deleteTrainingEvent': {
    allowed: FIELD_WRITERS,
    query: 'mutation($id: ID!) { deleteTrainingEvent(input: { id: $id, expectedVersion: 1 }) { userErrors { code } } }',
    variables: () => ({ id: missing('TrainingEvent') }),
  },
  'Mutation.importAttendance': {
    allowed: FIELD_WRITERS,
    query:
      'mutation($id: ID!) { importAttendance(input: { trainingEventId: $id, dryRun: true, rows: [{ externalId: "m", fullName: "M" }] }) { summary { created } } }',
    variables: () => ({ id: missing('TrainingEvent') }),
  },
  'Mutation.createMaterial': {
    allowed: FIELD_WRITERS,
    query: 'mutation($input: CreateMaterialInput!) { createMaterial(input: $input) { userErrors { code } } }',
    variables: () => ({ input: { kind: 'LEAFLET', title: 'Tờ rơi', fileUrl: 'https://example.test/m.pdf', administrativeUnitCode: HOME_UNIT } }),
  },
  'Mutation.updateMaterial': {
    allowed: FIELD_WRITERS,
    query: 'mutation($id: ID!) { updateMaterial(input: { id: $id, expectedVersion: 1, title: "T" }) { userErrors { code } } }',
    variables: () => ({ id: missing('Material') }),
  },
  'Mutation.deleteMaterial': {
    allowed: FIELD_WRITERS,
    query: 'mutation($id: ID!) { deleteMaterial(input: { id: $id, expectedVersion: 1 }) { userErrors { code } } }',
    variables: () => ({ id: missing('Material') }),
  },
  'Mutation.createCourse': {
    allowed: COURSE_WRITERS,
    query: 'mutation($input: CreateCourseInput!) { createCourse(input: $input) { userErrors { code } } }',
    variables: (_f, n) => ({ input: { code: `MATRIX-${n}`, title: 'Khóa học' } }),
  },
  'Mutation.updateCourse': {
    allowed: COURSE_WRITERS,
    query: 'mutation($id: ID!) { updateCourse(input: { id: $id, expectedVersion: 1, title: "T" }) { userErrors { code } } }',
    variables: () => ({ id: missing('Course') }),
  },
  'Mutation.deleteCourse': {
    allowed: COURSE_WRITERS,
    query: 'mutation($id: ID!) { deleteCourse(input: { id: $id, expectedVersion: 1 }) { userErrors { code } } }',
    variables: () => ({ id: missing('Course') }),
  },
  'Mutation.addCourseLesson': {
    allowed: COURSE_WRITERS,
    query: 'mutation($id: ID!) { addCourseLesson(input: { courseId: $id, title: "Bài" }) { userErrors { code } } }',
    variables: () => ({ id: missing('Course') }),
  },
  'Mutation.updateCourseLesson': {
    allowed: COURSE_WRITERS,
    query: 'mutation($id: ID!) { updateCourseLesson(input: { id: $id, expectedVersion: 1, title: "Bài" }) { userErrors { code } } }',
    variables: () => ({ id: missing('CourseLesson') }),
  },
  'Mutation.deleteCourseLesson': {
    allowed: COURSE_WRITERS,
    query: 'mutation($id: ID!) { deleteCourseLesson(input: { id: $id, expectedVersion: 1 }) { userErrors { code } } }',
    variables: () => ({ id: missing('CourseLesson') }),
  },
  'Mutation.registerFarmerAccount': {
    allowed: FARMER_WRITERS,
    query: 'mutation($input: RegisterFarmerAccountInput!) { registerFarmerAccount(input: $input) { userErrors { code } } }',
    variables: (_f, n) => ({
      input: { email: `matrix-farmer-${n}@example.test`, administrativeUnitCode: HOME_UNIT, consent: { accepted: true, noticeVersion: '2026-01' } },
    }),
  },
  'Mutation.deleteFarmerAccount': {
    allowed: FARMER_WRITERS,
    query: 'mutation($id: ID!) { deleteFarmerAccount(input: { id: $id, expectedVersion: 1 }) { userErrors { code } } }',
    variables: () => ({ id: missing('FarmerAccount') }),
  },
  'Mutation.enrolInCourse': {
    allowed: FARMER_WRITERS,
    query: 'mutation($course: ID!, $farmer: ID!) { enrolInCourse(input: { courseId: $course, farmerAccountId: $farmer }) { userErrors { code } } }',
    variables: () => ({ course: missing('Course'), farmer: missing('FarmerAccount') }),
  },
  'Mutation.recordLessonCompletion': {
    allowed: FARMER_WRITERS,
    query: 'mutation($lesson: ID!, $farmer: ID!) { recordLessonCompletion(input: { lessonId: $lesson, farmerAccountId: $farmer }) { userErrors { code } } }',
    variables: () => ({ lesson: missing('CourseLesson'), farmer: missing('FarmerAccount') }),
  },
  // Registers of tasks II.1-II.3 and III.1 (crop planning, infrastructure): read by staff; the agency officer (DAE) leads those tasks.
  'Query.cropPlans': { allowed: FIELD_READERS, query: '{ cropPlans(first: 1) { totalCount } }' },
  'Query.cropConversions': { allowed: FIELD_READERS, query: '{ cropConversions(first: 1) { totalCount } }' },
  'Query.planningReviews': { allowed: FIELD_READERS, query: '{ planningReviews(first: 1) { totalCount } }' },
  'Query.programmeIntegrations': { allowed: FIELD_READERS, query: '{ programmeIntegrations(first: 1) { totalCount } }' },
  'Query.infrastructureWorks': { allowed: FIELD_READERS, query: '{ infrastructureWorks(first: 1) { totalCount } }' },
  'Query.cropPlanComparison': { allowed: ACTIVITY_READERS, query: '{ cropPlanComparison(year: 2026, administrativeUnitCode: "24175") { year } }' },
  ...registerOperations('CropPlan', 'CreateCropPlanInput', (n) => ({
    administrativeUnitCode: HOME_UNIT,
    crop: 'MAIZE',
    year: 2026 + (n % 10),
    plannedAreaHa: 1,
  })),
  ...registerOperations('CropConversion', 'CreateCropConversionInput', () => ({
    administrativeUnitCode: HOME_UNIT,
    year: 2026,
    fromCrop: 'CASSAVA',
    toCrop: 'DURIAN',
    areaHa: 1,
  })),
  ...registerOperations('PlanningReview', 'CreatePlanningReviewInput', () => ({
    planLevel: 'COMMUNE',
    administrativeUnitCode: HOME_UNIT,
    planTitle: 'Quy hoạch',
    planKind: 'CROP_LAND',
    reviewedOn: '2026-01-15',
    findings: 'Matrix',
    proposals: [],
  })),
  ...registerOperations('ProgrammeIntegration', 'CreateProgrammeIntegrationInput', () => ({
    programmeName: 'Chương trình',
    ownerAgencyCode: 'DAE',
    criteria: ['Matrix'],
    startYear: 2026,
    endYear: 2027,
  })),
  ...registerOperations('InfrastructureWork', 'CreateInfrastructureWorkInput', () => ({
    administrativeUnitCode: HOME_UNIT,
    kind: 'ON_FARM_CANAL',
    name: 'Kênh',
    areaServedHa: 1,
    enablesAlternateWettingDrying: true,
    investmentVnd: 1,
  })),
  // Registers: organisations (public register; officers of the seat's commune write).
  'Query.organisations': { allowed: EVERYONE, query: '{ organisations(first: 1) { totalCount nodes { contact { name } } } }' },
  'Mutation.createOrganisation': {
    allowed: FIELD_WRITERS,
    query: 'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { userErrors { code } } }',
    variables: (_f, n) => ({ input: { kind: 'COOPERATIVE', name: `HTX ${n}`, administrativeUnitCode: HOME_UNIT } }),
  },
  'Mutation.updateOrganisation': {
    allowed: FIELD_WRITERS,
    query: 'mutation($id: ID!) { updateOrganisation(input: { id: $id, expectedVersion: 1, name: "M" }) { userErrors { code } } }',
    variables: () => ({ id: missing('Organisation') }),
  },
  'Mutation.deleteOrganisation': {
    allowed: FIELD_WRITERS,
    query: 'mutation($id: ID!) { deleteOrganisation(input: { id: $id, expectedVersion: 1 }) { userErrors { code } } }',
    variables: () => ({ id: missing('Organisation') }),
  },
  // Criteria sets (III.2): public standards, written at the province level.
  'Query.criteriaSets': { allowed: EVERYONE, query: '{ criteriaSets(first: 1) { totalCount } }' },
  'Mutation.createCriteriaSet': {
    allowed: ['ADMIN', 'PROVINCE_OFFICER', 'AGENCY_OFFICER', 'key with scope'],
    query: 'mutation($input: CreateCriteriaSetInput!) { createCriteriaSet(input: $input) { userErrors { code } } }',
    variables: (_f, n) => ({ input: { crop: 'COFFEE', title: `Bộ tiêu chí ${n}` } }),
  },
  'Mutation.updateCriteriaSet': {
    allowed: ['ADMIN', 'PROVINCE_OFFICER', 'AGENCY_OFFICER', 'key with scope'],
    query: 'mutation($id: ID!) { updateCriteriaSet(input: { id: $id, expectedVersion: 1, title: "M" }) { userErrors { code } } }',
    variables: () => ({ id: missing('CriteriaSet') }),
  },
  'Mutation.deleteCriteriaSet': {
    allowed: ['ADMIN', 'PROVINCE_OFFICER', 'AGENCY_OFFICER', 'key with scope'],
    query: 'mutation($id: ID!) { deleteCriteriaSet(input: { id: $id, expectedVersion: 1 }) { userErrors { code } } }',
    variables: () => ({ id: missing('CriteriaSet') }),
  },
  'Mutation.adoptCriteriaSet': {
    allowed: ['ADMIN', 'PROVINCE_OFFICER', 'AGENCY_OFFICER', 'key with scope'],
    query:
      'mutation($id: ID!) { adoptCriteriaSet(input: { id: $id, expectedVersion: 1, decisionNumber: "1/QĐ-UBND", decisionDate: "2027-01-05", decisionBody: "UBND tỉnh" }) { userErrors { code } } }',
    variables: () => ({ id: missing('CriteriaSet') }),
  },
  // Production zones (VI.1): public; officers write zones within their communes.
  'Query.productionZones': { allowed: EVERYONE, query: '{ productionZones(first: 1) { totalCount } }' },
  // Product lots (VI.2): staff read them, unit writers and keys with lots:write write them; anyone verifies a code.
  'Query.productLots': { allowed: FIELD_READERS, query: '{ productLots(first: 1) { totalCount } }' },
  'Query.verifyProductLot': { allowed: EVERYONE, query: '{ verifyProductLot(code: "DL-24175-2027-00000000-0") { code } }' },
  'Mutation.registerProductLot': {
    allowed: FIELD_WRITERS,
    query: 'mutation($input: RegisterProductLotInput!) { registerProductLot(input: $input) { userErrors { code } } }',
    variables: () => ({
      input: {
        product: 'GREEN_COFFEE',
        administrativeUnitCode: HOME_UNIT,
        organisationId: missing('Organisation'),
        harvestFrom: '2026-10-01',
        harvestTo: '2026-10-31',
        quantityKg: 1,
        activityRecordIds: [],
      },
    }),
  },
  'Mutation.updateProductLot': {
    allowed: FIELD_WRITERS,
    query: 'mutation($id: ID!) { updateProductLot(input: { id: $id, expectedVersion: 1, externalId: "M" }) { userErrors { code } } }',
    variables: () => ({ id: missing('ProductLot') }),
  },
  'Mutation.deleteProductLot': {
    allowed: FIELD_WRITERS,
    query: 'mutation($id: ID!) { deleteProductLot(input: { id: $id, expectedVersion: 1 }) { userErrors { code } } }',
    variables: () => ({ id: missing('ProductLot') }),
  },
  'Mutation.recordLotEvent': {
    allowed: FIELD_WRITERS,
    query: 'mutation($id: ID!) { recordLotEvent(input: { lotId: $id, kind: STORED, quantityKg: 1, date: "2026-10-01" }) { userErrors { code } } }',
    variables: () => ({ id: missing('ProductLot') }),
  },
  'Mutation.importProductLots': {
    allowed: FIELD_WRITERS,
    query: 'mutation { importProductLots(input: { lots: [], dryRun: true }) { summary { created } } }',
  },
  'Mutation.createProductionZone': {
    allowed: FIELD_WRITERS,
    query: 'mutation($input: CreateProductionZoneInput!) { createProductionZone(input: $input) { userErrors { code } } }',
    variables: (_f, n) => ({
      input: { code: `MATRIX-ZONE-${n}`, name: 'V', crop: 'COFFEE', administrativeUnitCodes: [HOME_UNIT], areaHa: 1, households: 1 },
    }),
  },
  'Mutation.updateProductionZone': {
    allowed: FIELD_WRITERS,
    query: 'mutation($id: ID!) { updateProductionZone(input: { id: $id, expectedVersion: 1, name: "M" }) { userErrors { code } } }',
    variables: () => ({ id: missing('ProductionZone') }),
  },
  'Mutation.deleteProductionZone': {
    allowed: FIELD_WRITERS,
    query: 'mutation($id: ID!) { deleteProductionZone(input: { id: $id, expectedVersion: 1 }) { userErrors { code } } }',
    variables: () => ({ id: missing('ProductionZone') }),
  },
  // Certifications and the low-emission label (VI.2): public once granted; officers of the holder's communes apply, the province
  // or an officer of the certification body named on it decides.
  'Query.certifications': { allowed: EVERYONE, query: '{ certifications(first: 1) { totalCount } }' },
  'Mutation.applyForCertification': {
    allowed: UNIT_WRITERS,
    query: 'mutation($id: ID!) { applyForCertification(input: { scheme: VIETGAP, organisationId: $id, crops: ["COFFEE"] }) { userErrors { code } } }',
    variables: () => ({ id: missing('Organisation') }),
  },
  'Mutation.decideCertification': {
    allowed: ['ADMIN', 'PROVINCE_OFFICER', 'CERTIFICATION_BODY_OFFICER'],
    query: 'mutation($id: ID!) { decideCertification(input: { id: $id, expectedVersion: 1, status: UNDER_REVIEW, reason: "r" }) { userErrors { code } } }',
    variables: () => ({ id: missing('Certification') }),
  },
  'Query.labelEligibility': {
    allowed: SIGNED_IN,
    query: 'query($id: ID!) { labelEligibility(holderId: $id, cropCode: "COFFEE") { eligible } }',
    variables: () => ({ id: missing('Organisation') }),
  },
  // OCOP products (VI.5): public; officers write their commune's products.
  'Query.ocopProducts': { allowed: EVERYONE, query: '{ ocopProducts(first: 1) { totalCount } }' },
  'Mutation.createOcopProduct': {
    allowed: UNIT_WRITERS,
    query: 'mutation($id: ID!) { createOcopProduct(input: { name: "C", organisationId: $id, starRating: 3, yearRated: 2027 }) { userErrors { code } } }',
    variables: () => ({ id: missing('Organisation') }),
  },
  'Mutation.updateOcopProduct': {
    allowed: UNIT_WRITERS,
    query: 'mutation($id: ID!) { updateOcopProduct(input: { id: $id, expectedVersion: 1, name: "M" }) { userErrors { code } } }',
    variables: () => ({ id: missing('OcopProduct') }),
  },
  'Mutation.deleteOcopProduct': {
    allowed: UNIT_WRITERS,
    query: 'mutation($id: ID!) { deleteOcopProduct(input: { id: $id, expectedVersion: 1 }) { userErrors { code } } }',
    variables: () => ({ id: missing('OcopProduct') }),
  },
  // Trade promotion (VI.3) and carbon credit projects (VI.4): read by officials; written by the province and
  // agency officers (the services narrow them to the lead agency of VI.3 / VI.4); periods verified by the province.
  'Query.tradePromotionEvents': { allowed: SIGNED_IN, query: '{ tradePromotionEvents(first: 1) { totalCount } }' },
  'Query.exportContracts': { allowed: SIGNED_IN, query: '{ exportContracts(first: 1) { totalCount } }' },
  ...officerRegisterOperations('TradePromotionEvent', 'CreateTradePromotionEventInput', () => ({
    name: 'Matrix fair',
    kind: 'FAIR',
    scope: 'DOMESTIC',
    countryCode: 'VN',
    startDate: '2028-03-01',
    endDate: '2028-03-03',
  })),
  ...officerRegisterOperations('ExportContract', 'CreateExportContractInput', () => ({
    organisationId: missing('Organisation'),
    buyerCountryCode: 'JP',
    productCode: 'COFFEE',
    volumeTonnes: 1,
    valueUsd: '1.00',
  })),
  'Query.carbonProjects': { allowed: SIGNED_IN, query: '{ carbonProjects(first: 1) { totalCount } }' },
  'Query.carbonMonitoringPeriods': { allowed: SIGNED_IN, query: '{ carbonMonitoringPeriods(first: 1) { totalCount } }' },
  'Query.creditIssuances': { allowed: SIGNED_IN, query: '{ creditIssuances(first: 1) { totalCount } }' },
  'Query.carbonCreditReport': { allowed: SIGNED_IN, query: '{ carbonCreditReport(year: 2030) { issuedTco2e } }' },
  ...officerRegisterOperations('CarbonProject', 'CreateCarbonProjectInput', () => ({
    name: 'Matrix project',
    standard: 'OTHER',
    communeCodes: [HOME_UNIT],
    areaHa: 1,
    creditingFrom: '2028-01-01',
    creditingTo: '2037-12-31',
    bufferPercent: '10',
  })),
  'Mutation.estimateCarbonMonitoringPeriod': {
    allowed: ['ADMIN', 'PROVINCE_OFFICER', 'AGENCY_OFFICER'],
    query: 'mutation($id: ID!) { estimateCarbonMonitoringPeriod(input: { projectId: $id, fromYear: 2028, toYear: 2028 }) { userErrors { code } } }',
    variables: () => ({ id: missing('CarbonProject') }),
  },
  'Mutation.verifyCarbonMonitoringPeriod': {
    allowed: ['ADMIN', 'PROVINCE_OFFICER'],
    query: 'mutation($id: ID!) { verifyCarbonMonitoringPeriod(input: { id: $id, expectedVersion: 1, verifiedTco2e: "1" }) { userErrors { code } } }',
    variables: () => ({ id: missing('CarbonMonitoringPeriod') }),
  },
  'Mutation.recordCreditIssuance': {
    allowed: ['ADMIN', 'PROVINCE_OFFICER', 'AGENCY_OFFICER'],
    query:
      'mutation($id: ID!) { recordCreditIssuance(input: { projectId: $id, vintage: 2028, quantity: 1, registry: "VERRA", serialStart: "A-1", serialEnd: "A-1", issuedOn: "2026-01-05" }) { userErrors { code } } }',
    variables: () => ({ id: missing('CarbonProject') }),
  },
};

/** create, update and delete of one register type, written by province and agency officers only (the service narrows agencies to the task's lead). */
function officerRegisterOperations(type: string, createInput: string, input: (n: number) => Record<string, unknown>): Record<string, Operation> {
  const operations = registerOperations(type, createInput, input);
  for (const operation of Object.values(operations)) operation.allowed = ['ADMIN', 'PROVINCE_OFFICER', 'AGENCY_OFFICER'];
  return operations;
}

/** create, update and delete of one register type, written by FIELD_WRITERS (the service narrows them by unit and lead agency). */
function registerOperations(type: string, createInput: string, input: (n: number) => Record<string, unknown>): Record<string, Operation> {
  const field = type.charAt(0).toLowerCase() + type.slice(1);
  return {
    [`Mutation.create${type}`]: {
      allowed: FIELD_WRITERS,
      query: `mutation($input: ${createInput}!) { create${type}(input: $input) { ${field} { id } userErrors { code } } }`,
      variables: (_f, n) => ({ input: input(n) }),
    },
    [`Mutation.update${type}`]: {
      allowed: FIELD_WRITERS,
      query: `mutation($id: ID!) { update${type}(input: { id: $id, expectedVersion: 1 }) { userErrors { code } } }`,
      variables: () => ({ id: missing(type) }),
    },
    [`Mutation.delete${type}`]: {
      allowed: FIELD_WRITERS,
      query: `mutation($id: ID!) { delete${type}(input: { id: $id, expectedVersion: 1 }) { userErrors { code } } }`,
      variables: () => ({ id: missing(type) }),
    },
  };
}

let server: TestServer;
let fixture: Fixture;
const headersOf = {} as Record<Caller, Record<string, string>>;

beforeAll(async () => {
  server = await startTestServer();
  headersOf.anonymous = {};
  for (const role of Object.values(Role)) {
    if (role === Role.CERTIFICATION_BODY_OFFICER) continue;
    const binding = role === Role.COMMUNE_OFFICER ? { unitCode: HOME_UNIT } : role === Role.AGENCY_OFFICER ? { agencyCode: 'DAE' } : {};
    headersOf[role] = (await createTestUser(server, role, binding)).headers;
  }
  headersOf.CERTIFICATION_BODY_OFFICER = (await createCertificationBodyOfficer(server, (await createCertificationBody(server)).id)).headers;
  // 'key with scope' holds every scope, so a row lists it when some scope grants the operation.
  headersOf['key with scope'] = (await createTestApiKey(server, { scopes: ALL_SCOPES })).headers;
  headersOf['key without scope'] = (await createTestApiKey(server, { scopes: ['plan:read'] })).headers;
  headersOf['revoked key'] = (await createTestApiKey(server, { scopes: ['implementation-plans:write'], revokedAt: new Date() })).headers;
  const someone = await createTestUser(server, Role.ADMIN);
  headersOf['expired token'] = bearer(signAccessToken(someone.user.id, server.config.auth, new Date(Date.now() - 3_600_000)).token);
  const [task] = await server.database.dataSource.query(`SELECT id FROM task WHERE code = 'III.5'`);
  fixture = {
    taskId: Buffer.from(`Task:${task.id}`).toString('base64'),
    targetUserId: (await createTestUser(server, Role.VIEWER)).user.nodeId,
    apiKeyId: (await createTestApiKey(server, { scopes: ['plan:read'] })).apiKey.nodeId,
    loginEmail: (await createTestUser(server, Role.VIEWER)).user.email,
  };
});
afterAll(async () => {
  await server.stop();
});

function expectedOutcome(operation: Operation, caller: Caller): Outcome {
  if (caller === 'expired token' || caller === 'revoked key') return 'BAD_CREDENTIALS';
  if (operation.allowed.includes(caller)) return 'ALLOWED';
  return caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
}

describe('the access matrix', () => {
  it('covers every root field of the schema', async () => {
    const schema = await buildApiSchema();
    const rootFields = [schema.getQueryType()!, schema.getMutationType()!].flatMap((type) =>
      Object.keys(type.getFields()).map((field) => `${type.name}.${field}`),
    );
    expect(Object.keys(MATRIX).sort()).toEqual(rootFields.sort());
  });

  it('gives every caller exactly the outcome the table says, for every operation', async () => {
    const mismatches: string[] = [];
    let n = 0;
    for (const [name, operation] of Object.entries(MATRIX)) {
      for (const caller of CALLERS) {
        n += 1;
        const response = await server.requestText(operation.query, operation.variables?.(fixture, n), headersOf[caller]);
        const error = response.errors?.[0]?.extensions;
        const actual: Outcome =
          response.status === 401 && error?.reason === 'BAD_CREDENTIALS'
            ? 'BAD_CREDENTIALS'
            : error?.code === 'FORBIDDEN' && error.reason === 'NOT_PERMITTED'
              ? 'FORBIDDEN'
              : error?.code === 'UNAUTHENTICATED' && error.reason === 'LOGIN_REQUIRED'
                ? 'UNAUTHENTICATED'
                : 'ALLOWED';
        const expected = expectedOutcome(operation, caller);
        if (actual !== expected) mismatches.push(`${name} as ${caller}: expected ${expected}, got ${actual} ${JSON.stringify(response.errors ?? '')}`);
        if (actual === 'ALLOWED' && response.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')) {
          mismatches.push(`${name} as ${caller}: internal error ${JSON.stringify(response.errors)}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  }, 600_000); // every operation × every caller over HTTP, one after another: thousands of requests on a busy machine
});
