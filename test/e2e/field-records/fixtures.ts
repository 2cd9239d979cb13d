// Shared by the field-record end-to-end tests: callers of every kind, GraphQL over HTTP (the SDK's
// typed documents, or text where a test needs its own selection), input builders.
import { randomUUID } from 'node:crypto';
import {
  CreateMaterialDocument,
  CreateMaterialInput,
  CreatePilotModelDocument,
  CreatePilotModelInput,
  DeletePilotModelDocument,
  DeleteTrainingEventDocument,
  RecordTrainingEventDocument,
  RecordTrainingEventInput,
  UpdatePilotModelDocument,
  UpdateTrainingEventDocument,
} from '@daklak-lowemission/client';
import { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
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

/** An SDK document, or GraphQL text. */
export type Doc = string | TypedDocumentNode<unknown, never>;

/** The text of a document, for callers that send text. */
export const textOf = (document: Doc): string => (typeof document === 'string' ? document : print(document));

function send<T>(server: TestServer, document: Doc, variables: Record<string, unknown>, headers: Headers): Promise<GraphQLResponse<T>> {
  return typeof document === 'string'
    ? server.requestText<T>(document, variables, headers)
    : server.request(document as unknown as TypedDocumentNode<T, Record<string, unknown>>, variables, headers);
}

/** Sends a document and fails the test, showing the errors, when the answer has any. */
export async function ok<T>(server: TestServer, query: Doc, variables: Record<string, unknown>, headers: Headers): Promise<T> {
  const response = await send<T>(server, query, variables, headers);
  if (response.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
  return response.data!;
}

/** The first error's extensions (code, field, reason, ...). */
export async function failure(server: TestServer, query: Doc, variables: Record<string, unknown>, headers: Headers): Promise<Record<string, unknown>> {
  const response = await send<unknown>(server, query, variables, headers);
  if (!response.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(response.data)}`);
  return response.errors[0].extensions ?? {};
}

/** Runs a mutation whose payload is { <record>, userErrors }. */
export async function mutate(
  server: TestServer,
  document: Doc,
  input: Record<string, unknown>,
  headers: Headers,
): Promise<{ record: RecordNode | null; userErrors: UserErr[] }> {
  const data = await ok<Record<string, Record<string, unknown>>>(server, document, { input }, headers);
  const payload = Object.values(data)[0];
  const entry = Object.entries(payload).find(([name]) => name !== 'userErrors');
  return { record: (entry?.[1] ?? null) as RecordNode | null, userErrors: payload.userErrors as UserErr[] };
}

export interface Page {
  nodes: RecordNode[];
  totalCount: number;
  syncWatermark: string;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
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

export const CREATE_PILOT = CreatePilotModelDocument;
export const UPDATE_PILOT = UpdatePilotModelDocument;
export const DELETE_PILOT = DeletePilotModelDocument;

let sequence = 0;

/** Valid by default; a test may override any field with any value (attack inputs included). */
export function pilotInput(overrides: Partial<Record<keyof CreatePilotModelInput, unknown>> = {}): CreatePilotModelInput {
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
  } as CreatePilotModelInput;
}

export const RECORD_EVENT = RecordTrainingEventDocument;
export const UPDATE_EVENT = UpdateTrainingEventDocument;
export const DELETE_EVENT = DeleteTrainingEventDocument;

/** Valid by default; a test may override any field with any value (attack inputs included). */
export function eventInput(overrides: Partial<Record<keyof RecordTrainingEventInput, unknown>> = {}): RecordTrainingEventInput {
  return {
    kind: 'TRAINING',
    title: 'Tập huấn kỹ thuật canh tác cà phê giảm phát thải',
    startDate: '2026-04-10',
    administrativeUnitCode: HOME_UNIT,
    topics: ['LOW_EMISSION_CULTIVATION', 'WATER_NUTRIENT_MANAGEMENT'],
    audiences: ['FARMERS'],
    participants: { total: 40, women: 18, farmers: 35, officials: 3, technicians: 2 },
    ...overrides,
  } as RecordTrainingEventInput;
}

export const CREATE_MATERIAL = CreateMaterialDocument;

/** Valid by default; a test may override any field with any value (attack inputs included). */
export function materialInput(overrides: Partial<Record<keyof CreateMaterialInput, unknown>> = {}): CreateMaterialInput {
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
  } as CreateMaterialInput;
}
