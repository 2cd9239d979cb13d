// Shared by the field-record end-to-end tests: callers of every kind, GraphQL over HTTP, input builders.
import { randomUUID } from 'node:crypto';
import { fromGlobalId } from 'graphql-relay';
import { Role } from '../../../src/core/auth/roles';
import { GraphQLResponse, TestServer } from '../../helpers/test-server';
import { HOME_UNIT, OTHER_UNIT, createTestApiKey, createTestUser, unitId } from '../../helpers/principals';

export { HOME_UNIT, OTHER_UNIT };

export type Headers = Record<string, string>;

export interface Callers {
  admin: Headers;
  province: Headers;
  homeOfficer: Headers;
  otherOfficer: Headers;
  /** A partner key with every field-record write scope, bound to the home commune. */
  homeKey: Headers;
  viewer: Headers;
}

export const FIELD_SCOPES = ['pilots:write', 'trainings:write', 'materials:write', 'courses:write'];

export async function createCallers(server: TestServer): Promise<Callers> {
  return {
    admin: (await createTestUser(server, Role.ADMIN)).headers,
    province: (await createTestUser(server, Role.PROVINCE_OFFICER)).headers,
    homeOfficer: (await createTestUser(server, Role.COMMUNE_OFFICER, { unitCode: HOME_UNIT })).headers,
    otherOfficer: (await createTestUser(server, Role.COMMUNE_OFFICER, { unitCode: OTHER_UNIT })).headers,
    homeKey: (await createTestApiKey(server, { scopes: FIELD_SCOPES, administrativeUnitIds: [await unitId(server, HOME_UNIT)] })).headers,
    viewer: (await createTestUser(server, Role.VIEWER)).headers,
  };
}

/** A record as the tests read it: the common fields typed, the rest checked with toMatchObject. */
export interface RecordNode {
  id: string;
  version: number;
  updatedAt: string;
  deletedAt: string | null;
  [field: string]: unknown;
}

export interface UserErr {
  field: string[];
  code: string;
  message: string;
}

export interface Page {
  nodes: RecordNode[];
  totalCount: number;
  syncWatermark: string;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Sends a document and fails the test, showing the errors, when the answer has any. */
export async function ok<T>(server: TestServer, query: string, variables: Record<string, unknown>, headers: Headers): Promise<T> {
  const response = await server.requestText<T>(query, variables, headers);
  if (response.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
  return response.data!;
}

/** The first error's extensions (code, field, reason, ...). */
export async function failure(server: TestServer, query: string, variables: Record<string, unknown>, headers: Headers): Promise<Record<string, unknown>> {
  const response: GraphQLResponse<unknown> = await server.requestText(query, variables, headers);
  if (!response.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(response.data)}`);
  return response.errors[0].extensions ?? {};
}

/** Runs a mutation whose payload is { <record>, userErrors }. */
export async function mutate(
  server: TestServer,
  document: string,
  input: Record<string, unknown>,
  headers: Headers,
): Promise<{ record: RecordNode | null; userErrors: UserErr[] }> {
  const data = await ok<Record<string, Record<string, unknown>>>(server, document, { input }, headers);
  const payload = Object.values(data)[0];
  const entry = Object.entries(payload).find(([name]) => name !== 'userErrors');
  return { record: (entry?.[1] ?? null) as RecordNode | null, userErrors: payload.userErrors as UserErr[] };
}

/** Runs a list query named `field` whose selection is `totalCount syncWatermark pageInfo { ... } edges { node { <fields> } }`. */
export async function list(
  server: TestServer,
  field: string,
  args: string,
  fields: string,
  variables: Record<string, unknown>,
  headers: Headers,
): Promise<Page> {
  const query = `query($first: Int, $after: String, $updatedSince: DateTimeISO) {
    ${field}(first: $first, after: $after, updatedSince: $updatedSince${args ? `, ${args}` : ''}) {
      totalCount syncWatermark pageInfo { hasNextPage endCursor } edges { node { ${fields} } } } }`;
  const data = await ok<Record<string, { totalCount: number; syncWatermark: string; pageInfo: Page['pageInfo']; edges: { node: RecordNode }[] }>>(
    server,
    query,
    variables,
    headers,
  );
  const connection = data[field];
  return {
    nodes: connection.edges.map((e) => e.node),
    totalCount: connection.totalCount,
    syncWatermark: connection.syncWatermark,
    pageInfo: connection.pageInfo,
  };
}

export const key = () => `test-${randomUUID()}`;

/** The database id inside a global ID. */
export const rawId = (globalId: string) => fromGlobalId(globalId).id;

export async function count(server: TestServer, table: string, where = 'TRUE', params: unknown[] = []): Promise<number> {
  const [row] = await server.database.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params);
  return row.n;
}

export const PILOT_FIELDS =
  'id code name level crop status areaHa households startDate endDate version updatedAt deletedAt practices administrativeUnit { code } task { code }';

export const CREATE_PILOT = `mutation($input: CreatePilotModelInput!) {
  createPilotModel(input: $input) { pilotModel { ${PILOT_FIELDS} } userErrors { field code message } } }`;

export const UPDATE_PILOT = `mutation($input: UpdatePilotModelInput!) {
  updatePilotModel(input: $input) { pilotModel { ${PILOT_FIELDS} } userErrors { field code message } } }`;

export const DELETE_PILOT = `mutation($input: DeleteRecordInput!) {
  deletePilotModel(input: $input) { pilotModel { ${PILOT_FIELDS} } userErrors { field code message } } }`;

let sequence = 0;

export function pilotInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  sequence += 1;
  return {
    code: `MH-${sequence}-${randomUUID().slice(0, 6)}`,
    name: 'Mô hình cà phê giảm phát thải',
    level: 'COMMUNE',
    administrativeUnitCode: HOME_UNIT,
    crop: 'COFFEE',
    hostKind: 'COOPERATIVE',
    hostName: 'HTX Cà phê Hòa Phú',
    areaHa: 12.5,
    households: 30,
    startDate: '2026-03-01',
    practices: ['REDUCED_SPLIT_NITROGEN', 'INTERCROPPING_SHADE_TREES'],
    ...overrides,
  };
}

export const EVENT_FIELDS =
  'id kind title startDate endDate version updatedAt deletedAt topics audiences participants { total women farmers officials technicians } ' +
  'media { outlet format url } administrativeUnit { code } task { code }';

export const RECORD_EVENT = `mutation($input: RecordTrainingEventInput!) {
  recordTrainingEvent(input: $input) { trainingEvent { ${EVENT_FIELDS} } userErrors { field code message } } }`;

export const UPDATE_EVENT = `mutation($input: UpdateTrainingEventInput!) {
  updateTrainingEvent(input: $input) { trainingEvent { ${EVENT_FIELDS} } userErrors { field code message } } }`;

export const DELETE_EVENT = `mutation($input: DeleteRecordInput!) {
  deleteTrainingEvent(input: $input) { trainingEvent { ${EVENT_FIELDS} } userErrors { field code message } } }`;

export function eventInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'TRAINING',
    title: 'Tập huấn kỹ thuật canh tác cà phê giảm phát thải',
    startDate: '2026-04-10',
    administrativeUnitCode: HOME_UNIT,
    topics: ['LOW_EMISSION_CULTIVATION', 'WATER_NUTRIENT_MANAGEMENT'],
    audiences: ['FARMERS'],
    participants: { total: 40, women: 18, farmers: 35, officials: 3, technicians: 2 },
    ...overrides,
  };
}

export const MATERIAL_FIELDS =
  'id kind title language fileUrl checksumSha256 crops topics targetGroups version updatedAt deletedAt administrativeUnit { code } task { code }';

export const CREATE_MATERIAL = `mutation($input: CreateMaterialInput!) {
  createMaterial(input: $input) { material { ${MATERIAL_FIELDS} } userErrors { field code message } } }`;

export function materialInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'HANDBOOK',
    title: 'Sổ tay canh tác cà phê phát thải thấp',
    language: 'vi',
    targetGroups: ['FARMERS'],
    topics: ['LOW_EMISSION_CULTIVATION'],
    crops: ['COFFEE'],
    fileUrl: 'https://example.test/so-tay-ca-phe.pdf',
    checksumSha256: 'a'.repeat(64),
    publishedOn: '2026-06-01',
    administrativeUnitCode: HOME_UNIT,
    ...overrides,
  };
}
