// Records for the fuzz test to point at, and the valid ("baseline") value of every argument, so that a
// hostile value in one slot reaches the code behind the others instead of stopping at the first check.
import { GraphQLNamedType } from 'graphql';
import { toGlobalId } from 'graphql-relay';
import { Role } from '../../../src/core/auth/roles';
import { ALL_SCOPES } from '../../../src/app';
import { HOME_UNIT, createTestApiKey, createTestUser, unitId } from '../../helpers/principals';
import { TestServer } from '../../helpers/test-server';
import { BaselineRules, OPTIONAL } from './schema-walker';

export type Headers = Record<string, string>;

export interface Callers {
  anonymous: Headers;
  communeOfficer: Headers;
  partnerKey: Headers;
}

export async function createCallers(server: TestServer): Promise<Callers> {
  return {
    anonymous: {},
    communeOfficer: (await createTestUser(server, Role.COMMUNE_OFFICER, { unitCode: HOME_UNIT })).headers,
    partnerKey: (await createTestApiKey(server, { scopes: ALL_SCOPES, administrativeUnitIds: [await unitId(server, HOME_UNIT)] })).headers,
  };
}

async function ok(server: TestServer, query: string, input: Record<string, unknown>, headers: Headers): Promise<void> {
  const response = await server.requestText(query, { input }, headers);
  const payload = response.data && Object.values(response.data)[0];
  const userErrors = (payload as { userErrors?: unknown[] } | null)?.userErrors ?? [];
  if (response.errors?.length || userErrors.length) throw new Error(`fixture failed: ${query}: ${JSON.stringify(response.errors ?? userErrors)}`);
}

/** One record of each kind the API writes, made through the API as its usual writers. */
export async function createRecords(server: TestServer, callers: Callers): Promise<void> {
  const province = (await createTestUser(server, Role.PROVINCE_OFFICER)).headers;
  const home = callers.communeOfficer;
  const m = (name: string, type: string) => `mutation($input: ${type}!) { ${name}(input: $input) { __typename userErrors { code message } } }`;
  await ok(
    server,
    m('createPilotModel', 'CreatePilotModelInput'),
    {
      code: 'FUZZ-PILOT',
      name: 'Mô hình',
      level: 'COMMUNE',
      administrativeUnitCode: HOME_UNIT,
      crop: 'COFFEE',
      hostKind: 'COOPERATIVE',
      hostName: 'HTX',
      areaHa: 10,
      households: 5,
      startDate: '2026-03-01',
      practices: ['BIOCHAR'],
    },
    home,
  );
  await ok(
    server,
    m('recordTrainingEvent', 'RecordTrainingEventInput'),
    {
      kind: 'TRAINING',
      title: 'Tập huấn',
      startDate: '2026-04-10',
      administrativeUnitCode: HOME_UNIT,
      topics: ['LOW_EMISSION_CULTIVATION'],
      participants: { total: 10 },
    },
    home,
  );
  await ok(server, m('createMaterial', 'CreateMaterialInput'), { kind: 'HANDBOOK', title: 'Sổ tay', fileUrl: 'https://example.test/a.pdf' }, province);
  await ok(server, m('createCourse', 'CreateCourseInput'), { code: 'FUZZ-COURSE', title: 'Khóa học', lessons: [{ title: 'Bài 1' }] }, province);
  await ok(
    server,
    m('registerFarmerAccount', 'RegisterFarmerAccountInput'),
    {
      administrativeUnitCode: HOME_UNIT,
      phone: '0912345678',
      consent: { accepted: true, noticeVersion: '2026-01' },
    },
    home,
  );
  const [course] = await server.database.dataSource.query('SELECT id FROM course LIMIT 1');
  const [farmer] = await server.database.dataSource.query('SELECT id FROM farmer_account LIMIT 1');
  await ok(
    server,
    m('enrolInCourse', 'EnrolInCourseInput'),
    { courseId: toGlobalId('Course', course.id), farmerAccountId: toGlobalId('FarmerAccount', farmer.id) },
    home,
  );
  const importRecords = 'mutation($input: ImportActivityRecordsInput!) { importActivityRecords(input: $input) { summary { created } } }';
  await ok(
    server,
    importRecords,
    {
      records: [{ externalId: 'fuzz-1', administrativeUnitCode: HOME_UNIT, year: 2026, scenario: 'ACTUAL', activity: { cropCode: 'MAIZE', areaHa: 3 } }],
    },
    home,
  );
  await ok(server, m('calculateEmissionInventory', 'CalculateEmissionInventoryInput'), { administrativeUnitCode: HOME_UNIT, year: 2026 }, home);
  await ok(server, m('createProgressReport', 'CreateProgressReportInput'), { taskCode: 'I.3', year: 2026, status: 'ON_TRACK' }, home);
  await ok(server, m('createBudgetLine', 'CreateBudgetLineInput'), { taskCode: 'IV.1', year: 2027, fundingSource: 'ODA', proposedVnd: 1000 }, province);
  await ok(
    server,
    m('recordInspection', 'RecordInspectionInput'),
    {
      inspectedOn: '2026-05-04',
      inspectingAgencyCode: 'DAE',
      subjectKind: 'TASK',
      taskCode: 'IV.2',
      findings: 'Đạt',
      followUpActions: [{ description: 'Báo cáo', dueOn: '2026-06-01', responsibleAgencyCode: 'DAE' }],
    },
    province,
  );
  await ok(
    server,
    m('saveCommuneImplementationPlan', 'SaveCommuneImplementationPlanInput'),
    { administrativeUnitCode: HOME_UNIT, title: 'Kế hoạch', status: 'DRAFT' },
    home,
  );
}

/** Table of each node type, for the global IDs of the records above. */
const TABLES: Record<string, string> = {
  PilotModel: 'pilot_model',
  TrainingEvent: 'training_event',
  Material: 'material',
  Course: 'course',
  CourseLesson: 'course_lesson',
  FarmerAccount: 'farmer_account',
  Enrolment: 'course_enrolment',
  ActivityRecord: 'activity_record',
  EmissionInventory: 'emission_inventory',
  ProgressReport: 'progress_report',
  BudgetLine: 'budget_line',
  Inspection: 'inspection',
  FollowUpAction: 'follow_up_action',
  User: '"user"',
  ApiKey: 'api_key',
  Agency: 'agency',
  Task: 'task',
  ProvincialInventory: 'provincial_inventory',
};

/** A global ID per node type: an existing record's, or a well-formed one of none. */
export async function recordIds(server: TestServer): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const [type, table] of Object.entries(TABLES)) {
    const [row] = await server.database.dataSource.query(`SELECT id FROM ${table} ORDER BY id LIMIT 1`);
    ids[type] = toGlobalId(type, row?.id ?? '00000000-0000-4000-8000-000000000000');
  }
  return ids;
}

/** The node type an `id` argument of an operation names, from the operation's name. */
function idTypeOf(operation: string): string {
  const noun = operation.replace(/^(update|delete|submit|approve|return|reopen|verify|revoke|deactivate|resend)/, '');
  const aliases: Record<string, string> = { Inventory: 'ProvincialInventory', User: 'User' };
  return aliases[noun] ?? noun;
}

const ID_FIELDS: Record<string, string> = {
  courseId: 'Course',
  lessonId: 'CourseLesson',
  farmerAccountId: 'FarmerAccount',
  pilotModelId: 'PilotModel',
  trainingEventId: 'TrainingEvent',
  agencyId: 'Agency',
  actorId: 'User',
  entityId: 'User',
  inventoryId: 'ProvincialInventory',
  fromId: 'EmissionInventory',
  toId: 'EmissionInventory',
};

let sequence = 0;
/** Unique values from a counter, not randomness, so a seed replays the same requests. */
const unique = () => (sequence += 1).toString(36).padStart(6, '0');

/** Valid values by field or argument name; unique ones where a second write would collide. */
export function baselineRules(operation: string, ids: Record<string, string>): BaselineRules {
  const byName: Record<string, () => unknown> = {
    administrativeUnitCode: () => HOME_UNIT,
    responsibleUnitCode: () => OPTIONAL,
    responsibleAgencyCode: () => 'DAE',
    administrativeUnitCodes: () => [HOME_UNIT],
    parentCode: () => '66',
    taskCode: () =>
      operation === 'createProgressReport' ? 'I.3' : operation === 'recordInspection' ? 'IV.2' : operation.includes('Budget') ? 'IV.1' : OPTIONAL,
    sectionCode: () => 'IV',
    agencyCode: () => 'DAE',
    reportingAgencyCode: () => OPTIONAL,
    hostAgencyCode: () => OPTIONAL,
    organisingAgencyCode: () => OPTIONAL,
    inspectingAgencyCode: () => 'DAE',
    cropCode: () => 'MAIZE',
    crop: () => 'COFFEE',
    crops: () => ['COFFEE'],
    year: () => 2026,
    activeInYear: () => 2027,
    completedInYear: () => 2026,
    fromYear: () => 2026,
    toYear: () => 2027,
    quarter: () => 0,
    startDate: () => '2026-03-01',
    endDate: () => OPTIONAL,
    publishedOn: () => '2026-03-01',
    inspectedOn: () => '2026-05-04',
    dueOn: () => '2026-06-30',
    adoptedOn: () => OPTIONAL,
    email: () => `fuzz-${unique()}@example.test`,
    password: () => 'correct horse battery staple',
    displayName: () => 'Fuzz',
    factorSet: () => 'IPCC2019',
    base: () => 'IPCC2019',
    region: () => 'SOUTH_EAST_ASIA',
    language: () => 'vi',
    url: () => 'https://example.test/e.pdf',
    fileUrl: () => 'https://example.test/f.pdf',
    contentUrl: () => 'https://example.test/c',
    documentUrl: () => OPTIONAL,
    sha256: () => 'a'.repeat(64),
    checksumSha256: () => 'b'.repeat(64),
    documentSha256: () => OPTIONAL,
    phone: () => `09${String(sequence++ % 1e8).padStart(8, '0')}`,
    idempotencyKey: () => `fuzz-key-${unique()}`,
    externalId: () => `fz-${unique()}`,
    code: () => (operation === 'task' ? 'IV.2' : operation === 'administrativeUnit' ? HOME_UNIT : `FZ${unique().toUpperCase()}`),
    scopes: () => ['plan:read'],
    metric: () => 'RESEARCH_STUDIES',
    noticeVersion: () => '2026-01',
    search: () => 'lua',
    first: () => 5,
    expectedVersion: () => 1,
    areaHa: () => 2,
    households: () => 3,
    total: () => 10,
    value: () => 1,
    proposedVnd: () => 1000,
    practices: () => ['BIOCHAR'],
    topics: () => ['LOW_EMISSION_CULTIVATION'],
    participants: () => (operation === 'recordTrainingEvent' ? { total: 10 } : OPTIONAL),
    media: () => OPTIONAL,
    pilotModelId: () => OPTIONAL,
    rows: () => [{ fullName: 'Nguyễn Văn A', phone: '0912000111' }],
    csv: () => OPTIONAL,
    refreshToken: () => 'not-a-token',
    reason: () => 'Kiểm tra lại',
    findings: () => 'Đạt',
    description: () => 'Mô tả',
    factors: () => [],
    activities: () => [{ cropCode: 'MAIZE', areaHa: 1 }],
    records: () => [
      { externalId: `fz-${unique()}`, administrativeUnitCode: HOME_UNIT, year: 2026, scenario: 'ACTUAL', activity: { cropCode: 'MAIZE', areaHa: 1 } },
    ],
    actualActivityRecordIds: () => OPTIONAL,
    baselineActivityRecordIds: () => OPTIONAL,
    entityType: () => 'User',
    entityId: () => OPTIONAL,
    asOf: () => OPTIONAL,
    updatedSince: () => OPTIONAL,
    after: () => OPTIONAL,
  };
  return {
    leaf(parentName: string, fieldName: string, type: GraphQLNamedType) {
      if (type.name === 'ID') {
        if (fieldName === 'id') return ids[operation === 'node' ? 'Task' : idTypeOf(operation)] ?? ids.Task;
        if (ID_FIELDS[fieldName]) return byName[fieldName]?.() === OPTIONAL ? OPTIONAL : ids[ID_FIELDS[fieldName]];
      }
      if (parentName === 'RecordInspectionInput' && fieldName === 'subjectKind') return 'TASK';
      if (parentName === 'CreatePilotModelInput' && fieldName === 'level') return 'COMMUNE';
      if (parentName === 'RecordTrainingEventInput' && fieldName === 'kind') return 'TRAINING';
      if (parentName === 'CreateUserInput' && fieldName === 'role') return 'VIEWER';
      if (parentName === 'ConsentInput' && fieldName === 'accepted') return true;
      if (parentName === 'RegisterFarmerAccountInput' && fieldName === 'phone') return byName.phone();
      const rule = byName[fieldName];
      return rule ? rule() : undefined;
    },
  };
}
