// Every operation × every kind of caller, against a table written by hand: a change of who may call
// what must change this table too. The table must list every root field of the schema.
import { Role } from '../../src/core/auth/roles';
import { ALL_SCOPES } from '../../src/core/auth/scopes';
import { signAccessToken } from '../../src/modules/identity/access-tokens';
import { buildApiSchema } from '../../src/server/schema';
import { HOME_UNIT, bearer, createTestApiKey, createTestUser, TEST_PASSWORD } from '../helpers/principals';
import { TestServer, startTestServer } from '../helpers/test-server';

type Caller =
  | 'anonymous' | 'ADMIN' | 'PROVINCE_OFFICER' | 'AGENCY_OFFICER' | 'COMMUNE_OFFICER' | 'VERIFIER' | 'VIEWER'
  | 'key with scope' | 'key without scope' | 'expired token' | 'revoked key';
type Outcome = 'ALLOWED' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_CREDENTIALS';

const CALLERS: Caller[] = [
  'anonymous', 'ADMIN', 'PROVINCE_OFFICER', 'AGENCY_OFFICER', 'COMMUNE_OFFICER', 'VERIFIER', 'VIEWER',
  'key with scope', 'key without scope', 'expired token', 'revoked key',
];
const EVERYONE = CALLERS.filter((c) => c !== 'expired token' && c !== 'revoked key');
const USERS: Caller[] = ['ADMIN', 'PROVINCE_OFFICER', 'AGENCY_OFFICER', 'COMMUNE_OFFICER', 'VERIFIER', 'VIEWER'];
const ADMIN: Caller[] = ['ADMIN'];
const PLAN_WRITERS: Caller[] = ['ADMIN', 'PROVINCE_OFFICER', 'AGENCY_OFFICER', 'COMMUNE_OFFICER', 'key with scope'];

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
};

let server: TestServer;
let fixture: Fixture;
const headersOf = {} as Record<Caller, Record<string, string>>;

beforeAll(async () => {
  server = await startTestServer({ env: { LOGIN_ATTEMPTS_PER_EMAIL: '1000' } });
  headersOf.anonymous = {};
  for (const role of Object.values(Role)) {
    const binding = role === Role.COMMUNE_OFFICER ? { unitCode: HOME_UNIT } : role === Role.AGENCY_OFFICER ? { agencyCode: 'DAE' } : {};
    headersOf[role] = (await createTestUser(server, role, binding)).headers;
  }
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
  });
});
