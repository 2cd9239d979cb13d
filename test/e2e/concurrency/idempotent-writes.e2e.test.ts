// Every write a client may safely repeat, sent 20 times at once over HTTP: the answers agree, one
// record exists afterwards and one audit event says it was written.
import { Role } from '../../../src/core/auth/roles';
import { createTestApiKey, createTestUser } from '../../helpers/principals';
import { GraphQLResponse, TestServer, startTestServer } from '../../helpers/test-server';
import { IMPORT, record, riceActivity } from '../emissions/fixtures';
import {
  CREATE_MATERIAL,
  CREATE_PILOT,
  Callers,
  DELETE_EVENT,
  DELETE_PILOT,
  Doc,
  HOME_UNIT,
  RECORD_EVENT,
  UPDATE_EVENT,
  UPDATE_PILOT,
  createCallers,
  eventInput,
  key,
  materialInput,
  mutate,
  pilotInput,
  textOf,
  rawId,
} from '../field-records/fixtures';
import {
  CONVERSION,
  INTEGRATION,
  PLAN,
  REVIEW,
  WORK,
  conversionInput,
  integrationInput,
  planInput,
  reviewInput,
  workInput,
} from '../registers/crop-planning.fixtures';
import {
  ADOPT_CRITERIA,
  CREATE_CRITERIA,
  CREATE_ORGANISATION,
  CREATE_ZONE,
  UPDATE_CRITERIA,
  UPDATE_ORGANISATION,
  UPDATE_ZONE,
  criteriaInput,
  decision,
  organisationInput,
  zoneInput,
} from '../registers/fixtures';
import { APPLY, CREATE_OCOP, DECIDE, DELETE_OCOP, UPDATE_OCOP } from '../value-chain/fixtures';
import { holdLock, waitUntil, waitingOnLocks } from './lock-barrier';
import {
  DELETE as DELETE_LOT,
  EVENT as LOT_EVENT,
  LotWorld,
  REGISTER as REGISTER_LOT,
  UPDATE as UPDATE_LOT,
  lotInput,
  lotWorld,
} from '../value-chain/lots.fixtures';

const PARALLEL = 20;

// Many requests at once on a shared machine: give each test room, the barriers fail fast on their own.
jest.setTimeout(60_000);

let server: TestServer;
let callers: Callers;
let dae: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  callers = await createCallers(server);
  dae = (await createTestUser(server, Role.AGENCY_OFFICER, { agencyCode: 'DAE' })).headers;
});
afterAll(async () => {
  await server.stop();
});

type Headers = Record<string, string>;
type Payload = Record<string, unknown> & { userErrors?: { code: string }[] };

const MATERIAL = 'id title version deletedAt';
const UPDATE_MATERIAL = `mutation($input: UpdateMaterialInput!) { updateMaterial(input: $input) { material { ${MATERIAL} } userErrors { code } } }`;
const DELETE_MATERIAL = `mutation($input: DeleteRecordInput!) { deleteMaterial(input: $input) { material { ${MATERIAL} } userErrors { code } } }`;
const COURSE = 'id code title version deletedAt lessons { id title }';
const CREATE_COURSE = `mutation($input: CreateCourseInput!) { createCourse(input: $input) { course { ${COURSE} } userErrors { code } } }`;
const UPDATE_COURSE = `mutation($input: UpdateCourseInput!) { updateCourse(input: $input) { course { ${COURSE} } userErrors { code } } }`;
const DELETE_COURSE = `mutation($input: DeleteRecordInput!) { deleteCourse(input: $input) { course { ${COURSE} } userErrors { code } } }`;
const LESSON = 'id title version deletedAt';
const ADD_LESSON = `mutation($input: AddCourseLessonInput!) { addCourseLesson(input: $input) { lesson { ${LESSON} } userErrors { code } } }`;
const UPDATE_LESSON = `mutation($input: UpdateCourseLessonInput!) { updateCourseLesson(input: $input) { lesson { ${LESSON} } userErrors { code } } }`;
const DELETE_LESSON = `mutation($input: DeleteRecordInput!) { deleteCourseLesson(input: $input) { lesson { ${LESSON} } userErrors { code } } }`;
const FARMER = 'id version deletedAt';
const REGISTER = `mutation($input: RegisterFarmerAccountInput!) { registerFarmerAccount(input: $input) { farmerAccount { ${FARMER} } userErrors { code } } }`;
const DELETE_FARMER = `mutation($input: DeleteRecordInput!) { deleteFarmerAccount(input: $input) { farmerAccount { ${FARMER} } userErrors { code } } }`;
const ENROLMENT = 'id completedLessons';
const ENROL = `mutation($input: EnrolInCourseInput!) { enrolInCourse(input: $input) { enrolment { ${ENROLMENT} } userErrors { code } } }`;
const COMPLETE = `mutation($input: RecordLessonCompletionInput!) { recordLessonCompletion(input: $input) { enrolment { ${ENROLMENT} } userErrors { code } } }`;
const INSPECT = `mutation($input: RecordInspectionInput!) { recordInspection(input: $input) { inspection { id version } userErrors { code } } }`;
const ATTENDANCE = `mutation($input: ImportAttendanceInput!) {
  importAttendance(input: $input) { summary { created updated unchanged conflicts { code } } trainingEvent { id } } }`;
const REMOVE_RECORD = `mutation($input: DeleteActivityRecordInput!) { deleteActivityRecord(input: $input) { activityRecord { id version deletedAt } userErrors { code } } }`;

const CONSENT = { accepted: true, noticeVersion: '2026-01' };
let phones = 500;
const phone = () => `0913 000 ${String((phones += 1)).padStart(3, '0')}`;
const unique = () => key().slice(5, 17);

const SUBSCRIPTION = 'id version';
const CREATE_SUBSCRIPTION = `mutation($input: CreateWebhookSubscriptionInput!) {
  createWebhookSubscription(input: $input) { webhookSubscription { ${SUBSCRIPTION} } userErrors { code } } }`;
const UPDATE_SUBSCRIPTION = `mutation($input: UpdateWebhookSubscriptionInput!) {
  updateWebhookSubscription(input: $input) { webhookSubscription { ${SUBSCRIPTION} } userErrors { code } } }`;
/** A partner key that manages webhooks (made by the case's input, before its headers are asked for). */
let webhookKey: Headers = {};
const webhookInput = async () => {
  webhookKey = (await createTestApiKey(server, { scopes: ['webhooks:write'] })).headers;
  return { url: `https://8.8.8.8/hooks/${unique()}`, events: ['record.created'], secret: 'idempotent-secret-0123456789' };
};

/** Creates a record through the API (no key) and returns its global id. */
const CREATE_APPROVAL = `mutation($input: CreatePlanReportApprovalInput!) { createPlanReportApproval(input: $input) { planReportApproval { id } userErrors { field code } } }`;
const UPDATE_APPROVAL = `mutation($input: UpdatePlanReportApprovalInput!) { updatePlanReportApproval(input: $input) { planReportApproval { id } userErrors { field code } } }`;
const approvalInput = (period: Record<string, unknown>) => ({
  ...period,
  decisionNumber: '1/QĐ-UBND',
  decisionDate: '2026-11-30',
  decisionBody: 'UBND tỉnh Đắk Lắk',
  fileSha256: 'd'.repeat(64),
});
const CREATE_STUDY = `mutation($input: CreateResearchStudyInput!) { createResearchStudy(input: $input) { researchStudy { id } userErrors { field code } } }`;
const UPDATE_STUDY = `mutation($input: UpdateResearchStudyInput!) { updateResearchStudy(input: $input) { researchStudy { id } userErrors { field code } } }`;
const STUDY = { kind: 'STUDY', title: 'Nghiên cứu phân bón', leadAgencyCode: 'DOST', startYear: 2026, endYear: 2027 };

// Trade promotion (VI.3) and carbon credits (VI.4): province-level registers.
const CREATE_FAIR = `mutation($input: CreateTradePromotionEventInput!) { createTradePromotionEvent(input: $input) { tradePromotionEvent { id } userErrors { field code } } }`;
const UPDATE_FAIR = `mutation($input: UpdateTradePromotionEventInput!) { updateTradePromotionEvent(input: $input) { tradePromotionEvent { id } userErrors { field code } } }`;
const FAIR = { name: 'Hội chợ', kind: 'FAIR', scope: 'DOMESTIC', countryCode: 'VN', startDate: '2028-03-01', endDate: '2028-03-02' };
const CREATE_CONTRACT = `mutation($input: CreateExportContractInput!) { createExportContract(input: $input) { exportContract { id } userErrors { field code } } }`;
const UPDATE_CONTRACT = `mutation($input: UpdateExportContractInput!) { updateExportContract(input: $input) { exportContract { id } userErrors { field code } } }`;
const CREATE_ORG = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id } userErrors { field code } } }`;
const contractInput = async () => ({
  organisationId: await created(CREATE_ORG, { kind: 'ENTERPRISE', name: `DN ${unique()}`, administrativeUnitCode: HOME_UNIT }, callers.province),
  buyerCountryCode: 'JP',
  productCode: 'COFFEE',
  volumeTonnes: 10,
  valueUsd: '45000.00',
});
const CREATE_CARBON = `mutation($input: CreateCarbonProjectInput!) { createCarbonProject(input: $input) { carbonProject { id } userErrors { field code } } }`;
const UPDATE_CARBON = `mutation($input: UpdateCarbonProjectInput!) { updateCarbonProject(input: $input) { carbonProject { id } userErrors { field code } } }`;
const ESTIMATE = `mutation($input: EstimateCarbonMonitoringPeriodInput!) { estimateCarbonMonitoringPeriod(input: $input) { carbonMonitoringPeriod { id } userErrors { field code } } }`;
const VERIFY_PERIOD = `mutation($input: VerifyCarbonMonitoringPeriodInput!) { verifyCarbonMonitoringPeriod(input: $input) { carbonMonitoringPeriod { id } userErrors { field code } } }`;
const ISSUE = `mutation($input: RecordCreditIssuanceInput!) { recordCreditIssuance(input: $input) { creditIssuance { id } userErrors { field code } } }`;
const CARBON = {
  name: 'Dự án carbon',
  standard: 'DOMESTIC_VN',
  communeCodes: [HOME_UNIT],
  areaHa: 10,
  creditingFrom: '2031-01-01',
  creditingTo: '2040-12-31',
  bufferPercent: '10',
};
/** A carbon project whose commune has BASELINE and ACTUAL rice records for 2031 (imported once). */
let carbonRecords: Promise<unknown> | null = null;
const carbonProject = async () => {
  carbonRecords ??= server.requestText(
    IMPORT,
    {
      input: {
        records: [
          record(
            'carbon-base',
            HOME_UNIT,
            { ...riceActivity, rice: { ...riceActivity.rice, waterRegime: 'CONTINUOUSLY_FLOODED' } },
            { year: 2031, scenario: 'BASELINE' },
          ),
          record('carbon-act', HOME_UNIT, riceActivity, { year: 2031 }),
        ],
      },
    },
    callers.province,
  );
  await carbonRecords;
  return created(CREATE_CARBON, CARBON, callers.province);
};
const estimatedPeriod = async (projectId: string) => created(ESTIMATE, { projectId, fromYear: 2031, toYear: 2031 }, callers.province);
const verifiedCarbonProject = async () => {
  const projectId = await carbonProject();
  await created(VERIFY_PERIOD, { id: await estimatedPeriod(projectId), expectedVersion: 1, verifiedTco2e: '5' }, callers.province);
  return projectId;
};
let serials = 0;

// Certifications and OCOP products (VI.2, VI.5): a cooperative of the home commune holds them.
const homeCoop = () => created(CREATE_ORGANISATION, organisationInput(), callers.province);
const certificationInput = async () => ({ scheme: 'VIETGAP', organisationId: await homeCoop(), crops: ['COFFEE'], areaHa: 12 });
const ocopInput = async () => ({ name: `Cà phê bột ${unique()}`, crop: 'COFFEE', organisationId: await homeCoop(), starRating: 4, yearRated: 2026 });

async function created(document: Doc, input: Record<string, unknown>, headers: Headers): Promise<string> {
  const { record: node, userErrors } = await mutate(server, document, input, headers);
  if (!node) throw new Error(`could not create: ${JSON.stringify(userErrors)}`);
  return node.id;
}

const newCourse = (lessons = 2) =>
  mutate(
    server,
    CREATE_COURSE,
    { code: `KH-${unique()}`, title: 'Khoá học', lessons: Array.from({ length: lessons }, (_, i) => ({ title: `Bài ${i + 1}` })) },
    callers.province,
  ).then(({ record: node }) => node as unknown as { id: string; lessons: { id: string }[] });
const newFarmer = () => created(REGISTER, { administrativeUnitCode: HOME_UNIT, consent: CONSENT, phone: phone() }, callers.homeOfficer);

/** SQL that must count exactly one row: `$1` is the database id of the answer's record. */
type Count = [sql: string, params?: (id: string, input: Record<string, unknown>) => unknown[]];
const byId: Count[1] = (id) => [id];

interface Case {
  mutation: string;
  document: Doc;
  headers: () => Headers;
  /** The input all duplicates send (with its idempotency key where the mutation takes one). */
  input: () => Promise<Record<string, unknown>>;
  /** The database id every answer must name; by default the payload's record. */
  answerId?: (payload: Payload) => string | null;
  /** Rows that must exist exactly once afterwards, and the audit events that must exist exactly once. */
  row: Count;
  audit: Count;
  /** Duplicates may be refused with a CONFLICT (the write they repeat has changed the record). */
  conflictsAllowed?: boolean;
}

const auditOf = (action: string): Count => [`SELECT count(*)::int AS n FROM audit_event WHERE action = '${action}' AND entity_id = $1`, byId];
const live = (table: string): Count => [`SELECT count(*)::int AS n FROM ${table} WHERE id = $1 AND version = 1 AND deleted_at IS NULL`, byId];
const updatedOnce = (table: string): Count => [`SELECT count(*)::int AS n FROM ${table} WHERE id = $1 AND version = 2`, byId];
const deletedOnce = (table: string): Count => [`SELECT count(*)::int AS n FROM ${table} WHERE id = $1 AND version = 2 AND deleted_at IS NOT NULL`, byId];

let lotFixtures: Promise<LotWorld> | undefined;
/** The organisation, zone and activity records lots are registered with, made once when a lot case first needs them. */
const lots = () => (lotFixtures ??= lotWorld(server));
const newLot = async () => {
  const world = await lots();
  return created(REGISTER_LOT, lotInput(world, { externalId: `lot-${unique()}` }), world.callers.homeOfficer);
};

const CASES: Case[] = [
  {
    mutation: 'registerProductLot',
    document: REGISTER_LOT,
    headers: () => callers.homeOfficer,
    input: async () => lotInput(await lots(), { externalId: `lot-${unique()}`, idempotencyKey: key() }),
    row: ['SELECT count(*)::int AS n FROM product_lot WHERE external_id = $1', (_id, input) => [input.externalId]],
    audit: auditOf('registerProductLot'),
  },
  {
    mutation: 'updateProductLot',
    document: UPDATE_LOT,
    headers: () => callers.homeOfficer,
    input: async () => ({ id: await newLot(), expectedVersion: 1, quantityKg: 1500, idempotencyKey: key() }),
    row: updatedOnce('product_lot'),
    audit: auditOf('updateProductLot'),
  },
  {
    mutation: 'deleteProductLot',
    document: DELETE_LOT,
    headers: () => callers.homeOfficer,
    input: async () => ({ id: await newLot(), expectedVersion: 1, idempotencyKey: key() }),
    row: deletedOnce('product_lot'),
    audit: auditOf('deleteProductLot'),
  },
  {
    mutation: 'recordLotEvent',
    document: LOT_EVENT,
    headers: () => callers.homeOfficer,
    input: async () => ({ lotId: await newLot(), kind: 'SOLD', quantityKg: 100, date: '2026-11-20', idempotencyKey: key() }),
    // One SOLD event on the lot, and the lot's one audit entry for it.
    row: ["SELECT count(*)::int AS n FROM product_lot_event WHERE kind = 'SOLD' AND lot_id = (SELECT lot_id FROM product_lot_event WHERE id = $1)", byId],
    audit: [
      "SELECT count(*)::int AS n FROM audit_event WHERE action = 'recordLotEvent' AND entity_id = (SELECT lot_id FROM product_lot_event WHERE id = $1)",
      byId,
    ],
  },
  {
    mutation: 'createPilotModel',
    document: CREATE_PILOT,
    headers: () => callers.homeOfficer,
    input: async () => pilotInput({ idempotencyKey: key() }),
    row: ['SELECT count(*)::int AS n FROM pilot_model WHERE code = $1', (_id, input) => [input.code]],
    audit: auditOf('createPilotModel'),
  },
  {
    mutation: 'updatePilotModel',
    document: UPDATE_PILOT,
    headers: () => callers.homeOfficer,
    input: async () => ({ id: await created(CREATE_PILOT, pilotInput(), callers.homeOfficer), expectedVersion: 1, name: 'Đổi tên', idempotencyKey: key() }),
    row: updatedOnce('pilot_model'),
    audit: auditOf('updatePilotModel'),
  },
  {
    mutation: 'deletePilotModel',
    document: DELETE_PILOT,
    headers: () => callers.homeOfficer,
    input: async () => ({ id: await created(CREATE_PILOT, pilotInput(), callers.homeOfficer), expectedVersion: 1 }),
    row: deletedOnce('pilot_model'),
    audit: auditOf('deletePilotModel'),
  },
  {
    mutation: 'recordTrainingEvent',
    document: RECORD_EVENT,
    headers: () => callers.homeKey,
    input: async () => eventInput({ title: `Tập huấn ${unique()}`, idempotencyKey: key() }),
    row: ['SELECT count(*)::int AS n FROM training_event WHERE title = $1', (_id, input) => [input.title]],
    audit: auditOf('recordTrainingEvent'),
  },
  {
    mutation: 'updateTrainingEvent',
    document: UPDATE_EVENT,
    headers: () => callers.homeOfficer,
    input: async () => ({ id: await created(RECORD_EVENT, eventInput(), callers.homeOfficer), expectedVersion: 1, title: 'Đổi tên', idempotencyKey: key() }),
    row: updatedOnce('training_event'),
    audit: auditOf('updateTrainingEvent'),
  },
  {
    mutation: 'deleteTrainingEvent',
    document: DELETE_EVENT,
    headers: () => callers.homeOfficer,
    input: async () => ({ id: await created(RECORD_EVENT, eventInput(), callers.homeOfficer), expectedVersion: 1 }),
    row: deletedOnce('training_event'),
    audit: auditOf('deleteTrainingEvent'),
  },
  {
    mutation: 'importAttendance',
    document: ATTENDANCE,
    headers: () => callers.homeOfficer,
    input: async () => ({
      trainingEventId: await created(RECORD_EVENT, eventInput(), callers.homeOfficer),
      rows: [{ externalId: 'HP-1', fullName: 'Nguyễn Thị Lan', phone: phone() }],
    }),
    answerId: (payload) => ((payload.summary as { conflicts: unknown[] }).conflicts.length ? null : rawId((payload.trainingEvent as { id: string }).id)),
    row: ['SELECT count(*)::int AS n FROM training_attendee WHERE training_event_id = $1', byId],
    audit: auditOf('importAttendance'),
  },
  {
    mutation: 'createMaterial',
    document: CREATE_MATERIAL,
    headers: () => callers.homeOfficer,
    input: async () => materialInput({ title: `Tờ rơi ${unique()}`, idempotencyKey: key() }),
    row: ['SELECT count(*)::int AS n FROM material WHERE title = $1', (_id, input) => [input.title]],
    audit: auditOf('createMaterial'),
  },
  {
    mutation: 'updateMaterial',
    document: UPDATE_MATERIAL,
    headers: () => callers.homeOfficer,
    input: async () => ({
      id: await created(CREATE_MATERIAL, materialInput(), callers.homeOfficer),
      expectedVersion: 1,
      title: 'Đổi tên',
      idempotencyKey: key(),
    }),
    row: updatedOnce('material'),
    audit: auditOf('updateMaterial'),
  },
  {
    mutation: 'deleteMaterial',
    document: DELETE_MATERIAL,
    headers: () => callers.homeOfficer,
    input: async () => ({ id: await created(CREATE_MATERIAL, materialInput(), callers.homeOfficer), expectedVersion: 1 }),
    row: deletedOnce('material'),
    audit: auditOf('deleteMaterial'),
  },
  {
    mutation: 'createCourse',
    document: CREATE_COURSE,
    headers: () => callers.province,
    input: async () => ({ code: `KH-${unique()}`, title: 'Khoá học', lessons: [{ title: 'Bài 1' }, { title: 'Bài 2' }], idempotencyKey: key() }),
    row: [
      'SELECT count(*)::int AS n FROM course WHERE code = $1 AND (SELECT count(*) FROM course_lesson l WHERE l.course_id = course.id) = 2',
      (_id, input) => [input.code],
    ],
    audit: auditOf('createCourse'),
  },
  {
    mutation: 'updateCourse',
    document: UPDATE_COURSE,
    headers: () => callers.province,
    input: async () => ({ id: (await newCourse()).id, expectedVersion: 1, title: 'Đổi tên', idempotencyKey: key() }),
    row: updatedOnce('course'),
    audit: auditOf('updateCourse'),
  },
  {
    mutation: 'deleteCourse',
    document: DELETE_COURSE,
    headers: () => callers.province,
    input: async () => ({ id: (await newCourse()).id, expectedVersion: 1 }),
    row: deletedOnce('course'),
    audit: auditOf('deleteCourse'),
  },
  {
    mutation: 'addCourseLesson',
    document: ADD_LESSON,
    headers: () => callers.province,
    input: async () => ({ courseId: (await newCourse()).id, title: `Bài thêm ${unique()}`, idempotencyKey: key() }),
    row: ['SELECT count(*)::int AS n FROM course_lesson WHERE title = $1 AND position = 3', (_id, input) => [input.title]],
    audit: auditOf('addCourseLesson'),
  },
  {
    mutation: 'updateCourseLesson',
    document: UPDATE_LESSON,
    headers: () => callers.province,
    input: async () => ({ id: (await newCourse()).lessons[0].id, expectedVersion: 1, title: 'Bài mở đầu', idempotencyKey: key() }),
    row: updatedOnce('course_lesson'),
    audit: auditOf('updateCourseLesson'),
  },
  {
    mutation: 'deleteCourseLesson',
    document: DELETE_LESSON,
    headers: () => callers.province,
    input: async () => ({ id: (await newCourse()).lessons[0].id, expectedVersion: 1 }),
    row: deletedOnce('course_lesson'),
    audit: auditOf('deleteCourseLesson'),
  },
  {
    mutation: 'registerFarmerAccount',
    document: REGISTER,
    headers: () => callers.homeKey,
    input: async () => ({ administrativeUnitCode: HOME_UNIT, consent: CONSENT, phone: phone(), idempotencyKey: key() }),
    row: live('farmer_account'),
    audit: auditOf('registerFarmerAccount'),
  },
  {
    mutation: 'deleteFarmerAccount',
    document: DELETE_FARMER,
    headers: () => callers.homeOfficer,
    input: async () => ({ id: await newFarmer(), expectedVersion: 1 }),
    row: deletedOnce('farmer_account'),
    audit: auditOf('deleteFarmerAccount'),
  },
  {
    mutation: 'enrolInCourse',
    document: ENROL,
    headers: () => callers.homeOfficer,
    input: async () => ({ courseId: (await newCourse()).id, farmerAccountId: await newFarmer(), idempotencyKey: key() }),
    row: ['SELECT count(*)::int AS n FROM course_enrolment WHERE farmer_account_id = (SELECT farmer_account_id FROM course_enrolment WHERE id = $1)', byId],
    audit: auditOf('enrolInCourse'),
  },
  {
    mutation: 'recordLessonCompletion',
    document: COMPLETE,
    headers: () => callers.homeKey,
    input: async () => ({
      lessonId: (await newCourse()).lessons[0].id,
      farmerAccountId: await newFarmer(),
      completedAt: '2026-07-01T08:00:00Z',
      idempotencyKey: key(),
    }),
    row: ['SELECT count(*)::int AS n FROM lesson_completion WHERE enrolment_id = $1', byId],
    audit: auditOf('recordLessonCompletion'),
  },
  {
    mutation: 'createWebhookSubscription',
    document: CREATE_SUBSCRIPTION,
    headers: () => webhookKey,
    input: async () => ({ ...(await webhookInput()), idempotencyKey: key() }),
    row: ['SELECT count(*)::int AS n FROM webhook_subscription WHERE url = $1', (_id, input) => [input.url]],
    audit: auditOf('createWebhookSubscription'),
  },
  {
    mutation: 'updateWebhookSubscription',
    document: UPDATE_SUBSCRIPTION,
    headers: () => webhookKey,
    input: async () => {
      const id = await created(CREATE_SUBSCRIPTION, await webhookInput(), webhookKey);
      return { id, expectedVersion: 1, events: ['record.updated'], idempotencyKey: key() };
    },
    row: updatedOnce('webhook_subscription'),
    audit: auditOf('updateWebhookSubscription'),
  },
  {
    mutation: 'recordInspection',
    document: INSPECT,
    headers: () => dae,
    input: async () => ({
      inspectedOn: '2026-02-10',
      subjectKind: 'TASK',
      taskCode: 'IV.2',
      inspectingAgencyCode: 'DAE',
      findings: `Kiểm tra ${unique()}`,
      followUpActions: [{ description: 'Bổ sung sổ ghi chép', dueOn: '2026-03-01' }],
      idempotencyKey: key(),
    }),
    row: [
      'SELECT count(*)::int AS n FROM inspection WHERE findings = $1 AND (SELECT count(*) FROM follow_up_action f WHERE f.inspection_id = inspection.id) = 1',
      (_id, input) => [input.findings],
    ],
    audit: auditOf('recordInspection'),
  },
  {
    mutation: 'importActivityRecords',
    document: IMPORT,
    headers: () => callers.homeOfficer,
    input: async () => ({ dryRun: false, records: [record(`rice-${unique()}`, HOME_UNIT, riceActivity)] }),
    // The first answer lists the record it created, the others none (unchanged): they agree on the row.
    answerId: (payload) => {
      const summary = payload.summary as { created: number; unchanged: number; conflicts: unknown[] };
      return summary.conflicts.length === 0 && summary.created + summary.unchanged === 1 ? 'one record' : null;
    },
    row: ['SELECT count(*)::int AS n FROM activity_record WHERE external_id = $1', (_id, input) => [(input.records as { externalId: string }[])[0].externalId]],
    audit: [
      "SELECT count(*)::int AS n FROM audit_event WHERE action = 'importActivityRecords' AND entity_id = (SELECT id FROM activity_record WHERE external_id = $1)",
      (_id, input) => [(input.records as { externalId: string }[])[0].externalId],
    ],
  },
  {
    mutation: 'deleteActivityRecord',
    document: REMOVE_RECORD,
    headers: () => callers.homeOfficer,
    conflictsAllowed: true,
    input: async () => {
      const imported = await server.requestText<{ importActivityRecords: { records: { id: string }[] } }>(
        IMPORT,
        { input: { dryRun: false, records: [record(`rice-${unique()}`, HOME_UNIT, riceActivity, { year: 2027 })] } },
        callers.homeOfficer,
      );
      return { id: imported.data!.importActivityRecords.records[0].id, expectedVersion: 1 };
    },
    row: deletedOnce('activity_record'),
    audit: auditOf('deleteActivityRecord'),
  },
  {
    mutation: 'createPlanReportApproval',
    document: CREATE_APPROVAL,
    headers: () => callers.province,
    input: async () => approvalInput({ kind: 'ANNUAL_IMPLEMENTATION', year: 2026, idempotencyKey: key() }),
    row: live('plan_report_approval'),
    audit: auditOf('createPlanReportApproval'),
  },
  {
    mutation: 'updatePlanReportApproval',
    document: UPDATE_APPROVAL,
    headers: () => callers.province,
    input: async () => ({
      id: await created(CREATE_APPROVAL, approvalInput({ kind: 'PHASE_REVIEW', phase: 1 }), callers.province),
      expectedVersion: 1,
      decisionNumber: '2/QĐ-UBND',
      idempotencyKey: key(),
    }),
    row: updatedOnce('plan_report_approval'),
    audit: auditOf('updatePlanReportApproval'),
  },
  {
    mutation: 'createResearchStudy',
    document: CREATE_STUDY,
    headers: () => callers.province,
    input: async () => ({ ...STUDY, title: `Nghiên cứu ${unique()}`, idempotencyKey: key() }),
    row: live('research_study'),
    audit: auditOf('createResearchStudy'),
  },
  {
    mutation: 'updateResearchStudy',
    document: UPDATE_STUDY,
    headers: () => callers.province,
    input: async () => ({ id: await created(CREATE_STUDY, STUDY, callers.province), expectedVersion: 1, results: 'Kết quả', idempotencyKey: key() }),
    row: updatedOnce('research_study'),
    audit: auditOf('updateResearchStudy'),
  }, // The registers of the plan: every create and update takes a key.
  {
    mutation: 'createOrganisation',
    document: CREATE_ORGANISATION,
    headers: () => callers.province,
    input: async () => organisationInput({ idempotencyKey: key() }),
    row: live('organisation'),
    audit: auditOf('createOrganisation'),
  },
  {
    mutation: 'updateOrganisation',
    document: UPDATE_ORGANISATION,
    headers: () => callers.province,
    input: async () => ({
      id: await created(CREATE_ORGANISATION, organisationInput(), callers.province),
      expectedVersion: 1,
      name: 'HTX Đổi tên',
      idempotencyKey: key(),
    }),
    row: updatedOnce('organisation'),
    audit: auditOf('updateOrganisation'),
  },
  {
    mutation: 'createProductionZone',
    document: CREATE_ZONE,
    headers: () => callers.province,
    input: async () => zoneInput({ idempotencyKey: key() }),
    row: live('production_zone'),
    audit: auditOf('createProductionZone'),
  },
  {
    mutation: 'updateProductionZone',
    document: UPDATE_ZONE,
    headers: () => callers.province,
    input: async () => ({ id: await created(CREATE_ZONE, zoneInput(), callers.province), expectedVersion: 1, households: 200, idempotencyKey: key() }),
    row: updatedOnce('production_zone'),
    audit: auditOf('updateProductionZone'),
  },
  {
    mutation: 'createCriteriaSet',
    document: CREATE_CRITERIA,
    headers: () => callers.province,
    input: async () => criteriaInput({ idempotencyKey: key() }),
    row: live('criteria_set'),
    audit: auditOf('createCriteriaSet'),
  },
  {
    mutation: 'updateCriteriaSet',
    document: UPDATE_CRITERIA,
    headers: () => callers.province,
    input: async () => ({
      id: await created(CREATE_CRITERIA, criteriaInput(), callers.province),
      expectedVersion: 1,
      title: 'Bộ tiêu chí sửa đổi',
      idempotencyKey: key(),
    }),
    row: updatedOnce('criteria_set'),
    audit: auditOf('updateCriteriaSet'),
  },
  {
    mutation: 'adoptCriteriaSet',
    document: ADOPT_CRITERIA,
    headers: () => callers.province,
    input: async () => ({
      id: await created(CREATE_CRITERIA, criteriaInput({ crop: 'PEPPER' }), callers.province),
      expectedVersion: 1,
      ...decision('2026-06-01'),
      idempotencyKey: key(),
    }),
    row: ["SELECT count(*)::int AS n FROM criteria_set WHERE id = $1 AND version = 2 AND status = 'ADOPTED'", byId],
    audit: auditOf('adoptCriteriaSet'),
  },
  {
    mutation: 'createCropPlan',
    document: PLAN.create,
    headers: () => callers.province,
    input: async () => planInput({ crop: 'COFFEE', year: 2027, idempotencyKey: key() }),
    row: live('crop_plan'),
    audit: auditOf('createCropPlan'),
  },
  {
    mutation: 'updateCropPlan',
    document: PLAN.update,
    headers: () => callers.province,
    input: async () => ({
      id: await created(PLAN.create, planInput({ crop: 'PEPPER', year: 2027 }), callers.province),
      expectedVersion: 1,
      plannedAreaHa: 900,
      idempotencyKey: key(),
    }),
    row: updatedOnce('crop_plan'),
    audit: auditOf('updateCropPlan'),
  },
  {
    mutation: 'createCropConversion',
    document: CONVERSION.create,
    headers: () => callers.province,
    input: async () => conversionInput({ idempotencyKey: key() }),
    row: live('crop_conversion'),
    audit: auditOf('createCropConversion'),
  },
  {
    mutation: 'updateCropConversion',
    document: CONVERSION.update,
    headers: () => callers.province,
    input: async () => ({ id: await created(CONVERSION.create, conversionInput(), callers.province), expectedVersion: 1, areaHa: 20, idempotencyKey: key() }),
    row: updatedOnce('crop_conversion'),
    audit: auditOf('updateCropConversion'),
  },
  {
    mutation: 'createPlanningReview',
    document: REVIEW.create,
    headers: () => callers.province,
    input: async () => reviewInput({ idempotencyKey: key() }),
    row: live('planning_review'),
    audit: auditOf('createPlanningReview'),
  },
  {
    mutation: 'updatePlanningReview',
    document: REVIEW.update,
    headers: () => callers.province,
    input: async () => ({
      id: await created(REVIEW.create, reviewInput(), callers.province),
      expectedVersion: 1,
      findings: 'Bổ sung phát hiện',
      idempotencyKey: key(),
    }),
    row: updatedOnce('planning_review'),
    audit: auditOf('updatePlanningReview'),
  },
  {
    mutation: 'createProgrammeIntegration',
    document: INTEGRATION.create,
    headers: () => callers.province,
    input: async () => integrationInput({ idempotencyKey: key() }),
    row: live('programme_integration'),
    audit: auditOf('createProgrammeIntegration'),
  },
  {
    mutation: 'updateProgrammeIntegration',
    document: INTEGRATION.update,
    headers: () => callers.province,
    input: async () => ({
      id: await created(INTEGRATION.create, integrationInput(), callers.province),
      expectedVersion: 1,
      status: 'INTEGRATED',
      idempotencyKey: key(),
    }),
    row: updatedOnce('programme_integration'),
    audit: auditOf('updateProgrammeIntegration'),
  },
  {
    mutation: 'createInfrastructureWork',
    document: WORK.create,
    headers: () => callers.province,
    input: async () => workInput({ idempotencyKey: key() }),
    row: live('infrastructure_work'),
    audit: auditOf('createInfrastructureWork'),
  },
  {
    mutation: 'updateInfrastructureWork',
    document: WORK.update,
    headers: () => callers.province,
    input: async () => ({
      id: await created(WORK.create, workInput(), callers.province),
      expectedVersion: 1,
      name: 'Kênh mương đổi tên',
      idempotencyKey: key(),
    }),
    row: updatedOnce('infrastructure_work'),
    audit: auditOf('updateInfrastructureWork'),
  },
  {
    mutation: 'createTradePromotionEvent',
    document: CREATE_FAIR,
    headers: () => callers.province,
    input: async () => ({ ...FAIR, name: `Hội chợ ${unique()}`, idempotencyKey: key() }),
    row: live('trade_promotion_event'),
    audit: auditOf('createTradePromotionEvent'),
  },
  {
    mutation: 'updateTradePromotionEvent',
    document: UPDATE_FAIR,
    headers: () => callers.province,
    input: async () => ({ id: await created(CREATE_FAIR, FAIR, callers.province), expectedVersion: 1, location: 'Buôn Ma Thuột', idempotencyKey: key() }),
    row: updatedOnce('trade_promotion_event'),
    audit: auditOf('updateTradePromotionEvent'),
  },
  {
    mutation: 'createExportContract',
    document: CREATE_CONTRACT,
    headers: () => callers.province,
    input: async () => ({ ...(await contractInput()), idempotencyKey: key() }),
    row: live('export_contract'),
    audit: auditOf('createExportContract'),
  },
  {
    mutation: 'updateExportContract',
    document: UPDATE_CONTRACT,
    headers: () => callers.province,
    input: async () => ({
      id: await created(CREATE_CONTRACT, await contractInput(), callers.province),
      expectedVersion: 1,
      valueUsd: '1.01',
      idempotencyKey: key(),
    }),
    row: updatedOnce('export_contract'),
    audit: auditOf('updateExportContract'),
  },
  {
    mutation: 'createCarbonProject',
    document: CREATE_CARBON,
    headers: () => callers.province,
    input: async () => ({ ...CARBON, name: `Dự án ${unique()}`, idempotencyKey: key() }),
    row: live('carbon_project'),
    audit: auditOf('createCarbonProject'),
  },
  {
    mutation: 'updateCarbonProject',
    document: UPDATE_CARBON,
    headers: () => callers.province,
    input: async () => ({ id: await created(CREATE_CARBON, CARBON, callers.province), expectedVersion: 1, status: 'PDD_DRAFTED', idempotencyKey: key() }),
    row: updatedOnce('carbon_project'),
    audit: auditOf('updateCarbonProject'),
  },
  {
    mutation: 'estimateCarbonMonitoringPeriod',
    document: ESTIMATE,
    headers: () => callers.province,
    input: async () => ({ projectId: await carbonProject(), fromYear: 2031, toYear: 2031, idempotencyKey: key() }),
    row: live('carbon_monitoring_period'),
    audit: auditOf('estimateCarbonMonitoringPeriod'),
  },
  {
    mutation: 'verifyCarbonMonitoringPeriod',
    document: VERIFY_PERIOD,
    headers: () => callers.province,
    input: async () => ({ id: await estimatedPeriod(await carbonProject()), expectedVersion: 1, verifiedTco2e: '1.5', idempotencyKey: key() }),
    row: updatedOnce('carbon_monitoring_period'),
    audit: auditOf('verifyCarbonMonitoringPeriod'),
  },
  {
    mutation: 'recordCreditIssuance',
    document: ISSUE,
    headers: () => callers.province,
    input: async () => {
      serials += 10;
      return {
        projectId: await verifiedCarbonProject(),
        vintage: 2031,
        quantity: 2,
        registry: 'VN_NATIONAL',
        serialStart: `VN-${serials}`,
        serialEnd: `VN-${serials + 1}`,
        issuedOn: '2026-11-01',
        idempotencyKey: key(),
      };
    },
    row: live('credit_issuance'),
    audit: auditOf('recordCreditIssuance'),
  },
  {
    mutation: 'applyForCertification',
    document: APPLY,
    headers: () => callers.homeOfficer,
    input: async () => ({ ...(await certificationInput()), idempotencyKey: key() }),
    row: live('certification'),
    audit: auditOf('applyForCertification'),
  },
  {
    mutation: 'decideCertification',
    document: DECIDE,
    headers: () => callers.province,
    input: async () => ({
      id: await created(APPLY, await certificationInput(), callers.province),
      expectedVersion: 1,
      status: 'UNDER_REVIEW',
      reason: 'Đủ hồ sơ',
      idempotencyKey: key(),
    }),
    row: ["SELECT count(*)::int AS n FROM certification WHERE id = $1 AND version = 2 AND status = 'UNDER_REVIEW'", byId],
    audit: auditOf('decideCertification'),
  },
  {
    mutation: 'createOcopProduct',
    document: CREATE_OCOP,
    headers: () => callers.homeOfficer,
    input: async () => ({ ...(await ocopInput()), idempotencyKey: key() }),
    row: live('ocop_product'),
    audit: auditOf('createOcopProduct'),
  },
  {
    mutation: 'updateOcopProduct',
    document: UPDATE_OCOP,
    headers: () => callers.homeOfficer,
    input: async () => ({ id: await created(CREATE_OCOP, await ocopInput(), callers.homeOfficer), expectedVersion: 1, starRating: 5, idempotencyKey: key() }),
    row: updatedOnce('ocop_product'),
    audit: auditOf('updateOcopProduct'),
  },
  {
    mutation: 'deleteOcopProduct',
    document: DELETE_OCOP,
    headers: () => callers.homeOfficer,
    input: async () => ({ id: await created(CREATE_OCOP, await ocopInput(), callers.homeOfficer), expectedVersion: 1 }),
    row: deletedOnce('ocop_product'),
    audit: auditOf('deleteOcopProduct'),
  },
];

/** One answer reduced to what duplicates must agree on. */
function answerOf(testCase: Case, response: GraphQLResponse<Record<string, Payload>>): string {
  if (response.errors?.length) {
    const { code, reason } = (response.errors[0].extensions ?? {}) as { code?: string; reason?: string };
    return `error ${code} ${reason ?? ''}`.trim();
  }
  const payload = response.data![testCase.mutation];
  if (payload.userErrors?.length) return `userErrors ${payload.userErrors.map((e) => e.code).join(',')}`;
  const entry = Object.entries(payload).find(([name]) => name !== 'userErrors')?.[1] as { id: string } | null;
  const id = testCase.answerId ? testCase.answerId(payload) : entry ? rawId(entry.id) : null;
  return id ? `id ${id}` : `unexpected ${JSON.stringify(payload)}`;
}

const countOf = async ([sql, params]: Count, id: string, input: Record<string, unknown>) =>
  (await server.database.dataSource.query(sql, params ? params(id, input) : []))[0].n as number;

describe(`${PARALLEL} identical requests at once`, () => {
  it('cover every mutation that takes an idempotencyKey', async () => {
    const schema = await server.requestText<{
      __schema: { mutationType: { fields: { name: string; args: { type: { ofType: { name: string } | null } }[] }[] } };
    }>('{ __schema { mutationType { fields { name args { type { ofType { name } } } } } } }');
    const inputs = await server.requestText<{ __schema: { types: { name: string; inputFields: { name: string }[] | null }[] } }>(
      '{ __schema { types { name inputFields { name } } } }',
    );
    const keyed = new Set(inputs.data!.__schema.types.filter((t) => t.inputFields?.some((f) => f.name === 'idempotencyKey')).map((t) => t.name));
    const mutations = schema.data!.__schema.mutationType.fields.filter((f) => f.args.some((a) => keyed.has(a.type.ofType?.name ?? ''))).map((f) => f.name);
    expect(mutations.length).toBeGreaterThan(0);
    expect(mutations.filter((m) => !CASES.some((c) => c.mutation === m))).toEqual([]);
  });

  it.each(CASES)('$mutation: the answers agree, and one row and one audit event exist', async (testCase) => {
    const input = await testCase.input();
    const responses = await Promise.all(
      Array.from({ length: PARALLEL }, () => server.requestText<Record<string, Payload>>(textOf(testCase.document), { input }, testCase.headers())),
    );
    const answers = responses.map((response) => answerOf(testCase, response));
    const successes = [...new Set(answers.filter((a) => a.startsWith('id ')))];
    const others = answers.filter((a) => !a.startsWith('id '));
    expect(successes).toHaveLength(1);
    if (testCase.conflictsAllowed) expect(others.filter((a) => !a.startsWith('error CONFLICT'))).toEqual([]);
    else expect(others).toEqual([]);
    const id = successes[0].slice(3);
    expect(await countOf(testCase.row, id, input)).toBe(1);
    expect(await countOf(testCase.audit, id, input)).toBe(1);
  });
});

/**
 * Duplicates refused for scope: the first holds its row lock (and key) while it names the unit it
 * refuses, the others wait on that lock holding a connection each; all must get the same FORBIDDEN.
 */
const REFUSED: { mutation: string; document: Doc; input: () => Promise<Record<string, unknown>>; untouched: Count; code?: string }[] = [
  {
    mutation: 'updatePilotModel',
    document: UPDATE_PILOT,
    input: async () => ({ id: await created(CREATE_PILOT, pilotInput(), callers.homeOfficer), expectedVersion: 1, name: 'Đổi tên', idempotencyKey: key() }),
    untouched: live('pilot_model'),
  },
  {
    mutation: 'deleteTrainingEvent',
    document: DELETE_EVENT,
    input: async () => ({ id: await created(RECORD_EVENT, eventInput(), callers.homeOfficer), expectedVersion: 1 }),
    untouched: live('training_event'),
  },
  {
    mutation: 'updateMaterial',
    document: UPDATE_MATERIAL,
    input: async () => ({
      id: await created(CREATE_MATERIAL, materialInput(), callers.homeOfficer),
      expectedVersion: 1,
      title: 'Đổi tên',
      idempotencyKey: key(),
    }),
    untouched: live('material'),
  },
  {
    mutation: 'importAttendance',
    document: ATTENDANCE,
    input: async () => ({
      trainingEventId: await created(RECORD_EVENT, eventInput(), callers.homeOfficer),
      rows: [{ externalId: 'HP-1', fullName: 'Nguyễn Thị Lan' }],
    }),
    untouched: live('training_event'),
  },
  {
    mutation: 'deleteFarmerAccount',
    document: DELETE_FARMER,
    input: async () => ({ id: await newFarmer(), expectedVersion: 1 }),
    untouched: live('farmer_account'),
    code: 'NOT_FOUND', // personal data: another unit's account is refused as unknown
  },
];

describe(`${PARALLEL} identical requests refused for scope`, () => {
  it.each(REFUSED)(
    '$mutation: every answer is the same refusal and nothing is written',
    async ({ document, input: makeInput, untouched, code = 'FORBIDDEN' }) => {
      const input = await makeInput();
      const responses = await Promise.all(Array.from({ length: PARALLEL }, () => server.requestText(textOf(document), { input }, callers.otherOfficer)));
      expect(new Set(responses.map((r) => JSON.stringify(r.errors?.map((e) => e.extensions?.code))))).toEqual(new Set([JSON.stringify([code])]));
      const id = rawId((input.id ?? input.trainingEventId) as string);
      expect(await countOf(untouched, id, input)).toBe(1);
      expect(
        await countOf(
          [
            "SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1 AND action NOT LIKE 'create%' AND action NOT IN ('recordTrainingEvent', 'registerFarmerAccount')",
            byId,
          ],
          id,
          input,
        ),
      ).toBe(0);
    },
  );
});

describe('imports of the same rows at once', () => {
  const importAs = (records: object[]) =>
    server.requestText<{ importActivityRecords: { summary: { created: number; updated: number; unchanged: number; conflicts: unknown[] } } }>(
      IMPORT,
      { input: { dryRun: false, records } },
      callers.homeOfficer,
    );
  const recordsWith = (externalIds: string[]) =>
    server.database.dataSource.query('SELECT external_id, year FROM activity_record WHERE external_id = ANY($1) ORDER BY external_id', [externalIds]);

  it('keep one record per externalId when the same rows arrive twice in parallel', async () => {
    const ids = [`a-${unique()}`, `b-${unique()}`, `c-${unique()}`];
    const rows = ids.map((id) => record(id, HOME_UNIT, riceActivity));
    const [first, second] = await Promise.all([importAs(rows), importAs(rows)]);
    expect([first.errors, second.errors]).toEqual([undefined, undefined]);
    const summaries = [first, second].map((r) => r.data!.importActivityRecords.summary);
    expect(summaries.map((s) => [s.created, s.unchanged, s.conflicts.length]).sort()).toEqual([
      [0, 3, 0],
      [3, 0, 0],
    ]);
    expect((await recordsWith(ids)).map((r: { external_id: string }) => r.external_id)).toEqual([...ids].sort());
  });

  it('keep one record when two imports create the same externalId for different years at the same moment', async () => {
    // The test's own uncommitted insert of the same key stops both imports at their insert; rolling
    // it back lets them race for the key, as two clients sending at the same instant would.
    const externalId = `moving-${unique()}`;
    const seed = await importAs([record(`seed-${unique()}`, HOME_UNIT, riceActivity, { year: 2040 })]);
    expect(seed.errors).toBeUndefined();
    const [template] = await server.database.dataSource.query('SELECT id FROM activity_record WHERE year = 2040 LIMIT 1');
    const holder = await holdLock(
      server,
      `INSERT INTO activity_record SELECT (jsonb_populate_record(NULL::activity_record, to_jsonb(r) || jsonb_build_object('id', gen_random_uuid(), 'external_id', $2::text))).*
         FROM activity_record r WHERE r.id = $1`,
      [template.id, externalId],
    );
    const racing = Promise.all([
      importAs([record(externalId, HOME_UNIT, riceActivity, { year: 2041 })]),
      importAs([record(externalId, HOME_UNIT, riceActivity, { year: 2042 })]),
    ]);
    await waitUntil('both imports to wait at their insert', async () => (await waitingOnLocks(server)) >= 2);
    await holder.release('ROLLBACK');
    const responses = await racing;
    expect(responses.map((r) => r.errors)).toEqual([undefined, undefined]);
    const summaries = responses.map((r) => r.data!.importActivityRecords.summary);
    // One created it, the other then moved it to its own year.
    expect(summaries.map((s) => [s.created, s.updated, s.conflicts.length]).sort()).toEqual([
      [0, 1, 0],
      [1, 0, 0],
    ]);
    const stored = await recordsWith([externalId]);
    expect(stored).toHaveLength(1);
  });
});
