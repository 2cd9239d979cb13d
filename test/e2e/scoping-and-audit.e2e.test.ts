import { Role } from '../../src/core/auth/roles';
import {
  AuditLogDocument,
  CommuneImplementationPlansDocument,
  CreateUserDocument,
  DeactivateUserDocument,
  SaveCommuneImplementationPlanDocument,
} from '../generated/graphql';
import { HOME_UNIT, OTHER_UNIT, createTestUser } from '../helpers/principals';
import { TestServer, startTestServer } from '../helpers/test-server';

let server: TestServer;
let admin: Record<string, string>;
let homeOfficer: Record<string, string>;
let otherOfficer: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  admin = (await createTestUser(server, Role.ADMIN)).headers;
  homeOfficer = (await createTestUser(server, Role.COMMUNE_OFFICER, { unitCode: HOME_UNIT })).headers;
  otherOfficer = (await createTestUser(server, Role.COMMUNE_OFFICER, { unitCode: OTHER_UNIT })).headers;
});
afterAll(async () => {
  await server.stop();
});

const save = (code: string, headers: Record<string, string>, status: 'DRAFT' | 'ADOPTED' = 'DRAFT') =>
  server.request(
    SaveCommuneImplementationPlanDocument,
    {
      input: {
        administrativeUnitCode: code,
        title: `Kế hoạch triển khai ${code}`,
        status,
        ...(status === 'ADOPTED' ? { documentUrl: 'https://example.test/plan.pdf', adoptedOn: '2026-05-10' } : {}),
      },
    },
    headers,
  );
const visibleCodes = async (headers: Record<string, string>) =>
  (await server.request(CommuneImplementationPlansDocument, {}, headers)).data!.communeImplementationPlans.edges.map((e) => [
    e.node.administrativeUnit.code,
    e.node.status,
  ]);

describe('commune scoping', () => {
  it('lets a commune officer write for their own unit only, whatever code they send', async () => {
    expect((await save(HOME_UNIT, homeOfficer)).data!.saveCommuneImplementationPlan.userErrors).toEqual([]);
    const foreign = await save(OTHER_UNIT, homeOfficer);
    expect(foreign.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await visibleCodes(admin)).toEqual([[HOME_UNIT, 'DRAFT']]);
  });

  it('shows drafts to their own commune and the province only; adopted plans to everyone', async () => {
    await save(OTHER_UNIT, otherOfficer);
    expect(await visibleCodes(homeOfficer)).toEqual([[HOME_UNIT, 'DRAFT']]);
    expect(await visibleCodes(otherOfficer)).toEqual([[OTHER_UNIT, 'DRAFT']]);
    expect(await visibleCodes({})).toEqual([]);
    expect((await visibleCodes(admin)).length).toBe(2);
    await save(OTHER_UNIT, otherOfficer, 'ADOPTED');
    expect(await visibleCodes({})).toEqual([[OTHER_UNIT, 'ADOPTED']]);
    expect((await visibleCodes(homeOfficer)).sort()).toEqual(
      [
        [HOME_UNIT, 'DRAFT'],
        [OTHER_UNIT, 'ADOPTED'],
      ].sort(),
    );
  });

  it("hides another commune's draft from node(id:) too", async () => {
    const plans = (await server.request(CommuneImplementationPlansDocument, { filter: { administrativeUnitCode: HOME_UNIT } }, admin)).data!;
    const id = plans.communeImplementationPlans.edges[0].node.id;
    const probe = `{ node(id: "${id}") { id } }`;
    expect((await server.requestText<{ node: unknown }>(probe, undefined, otherOfficer)).data!.node).toBeNull();
    expect((await server.requestText<{ node: { id: string } }>(probe, undefined, homeOfficer)).data!.node).toEqual({ id });
  });

  it('refuses an adopted plan without its document, changing nothing', async () => {
    const result = await server.request(
      SaveCommuneImplementationPlanDocument,
      { input: { administrativeUnitCode: HOME_UNIT, title: 'x', status: 'ADOPTED' } },
      homeOfficer,
    );
    expect(result.data!.saveCommuneImplementationPlan.userErrors).toEqual([expect.objectContaining({ field: ['input', 'status'], code: 'INCOMPLETE' })]);
    expect(await visibleCodes(homeOfficer)).toContainEqual([HOME_UNIT, 'DRAFT']);
  });
});

describe('concurrent saves', () => {
  it('of a first plan for one commune all succeed: one plan, one audit event per save', async () => {
    const code = '24328'; // a commune no other test here writes
    const answers = await Promise.all(Array.from({ length: 6 }, () => save(code, admin)));
    for (const answer of answers) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.saveCommuneImplementationPlan.userErrors).toEqual([]);
    }
    const plans = (await server.request(CommuneImplementationPlansDocument, { filter: { administrativeUnitCode: code } }, admin)).data!;
    expect(plans.communeImplementationPlans.edges).toHaveLength(1);
    const id = plans.communeImplementationPlans.edges[0].node.id;
    const log = await server.request(AuditLogDocument, { filter: { entityType: 'CommuneImplementationPlan', entityId: id } }, admin);
    expect(log.data!.auditLog.edges.map((e) => e.node.action)).toEqual(Array(6).fill('saveCommuneImplementationPlan'));
  });
});

describe('audit trail', () => {
  it('records who changed what, with before/after and no secrets, in the same transaction', async () => {
    const created = await server.request(
      CreateUserDocument,
      {
        input: {
          email: 'new.officer@example.test',
          displayName: 'Officer',
          password: 'a long enough password',
          role: 'COMMUNE_OFFICER',
          administrativeUnitCode: HOME_UNIT,
        },
      },
      { ...admin, 'x-request-id': 'audit-probe-1' },
    );
    const user = created.data!.createUser.user!;
    expect(user).toMatchObject({ role: 'COMMUNE_OFFICER', administrativeUnit: { code: HOME_UNIT } });
    const log = await server.request(AuditLogDocument, { filter: { entityType: 'User', entityId: user.id } }, admin);
    const [event] = log.data!.auditLog.edges.map((e) => e.node);
    expect(event).toMatchObject({ action: 'createUser', actorType: 'USER', entityId: user.id, requestId: 'audit-probe-1' });
    expect(event.changes.email).toEqual({ before: null, after: 'new.officer@example.test' });
    expect(JSON.stringify(event.changes)).not.toMatch(/passwordHash|argon2|a long enough password/);
    expect(event.clientAddress).toBeTruthy();
  });

  it('records deactivation, and the trail itself cannot be edited', async () => {
    const { user } = await createTestUser(server, Role.VIEWER);
    await server.request(DeactivateUserDocument, { input: { id: user.nodeId } }, admin);
    const log = await server.request(AuditLogDocument, { filter: { entityType: 'User', entityId: user.nodeId } }, admin);
    expect(log.data!.auditLog.edges[0].node).toMatchObject({ action: 'deactivateUser', changes: { active: { before: true, after: false } } });
    await expect(server.database.dataSource.query('DELETE FROM audit_event')).rejects.toThrow(/append-only/);
  });

  it('writes nothing, not even an audit event, when a mutation fails', async () => {
    const before = (await server.request(AuditLogDocument, { first: 1 }, admin)).data!.auditLog.totalCount;
    const duplicate = await server.request(
      CreateUserDocument,
      { input: { email: 'new.officer@example.test', displayName: 'Again', password: 'a long enough password', role: 'VIEWER' } },
      admin,
    );
    expect(duplicate.data!.createUser.userErrors).toEqual([expect.objectContaining({ field: ['input', 'email'], code: 'TAKEN' })]);
    expect((await server.request(AuditLogDocument, { first: 1 }, admin)).data!.auditLog.totalCount).toBe(before);
  });

  it('is readable by ADMIN only', async () => {
    const denied = await server.request(AuditLogDocument, { first: 1 }, homeOfficer);
    expect(denied.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await server.request(AuditLogDocument, { first: 1 }, {})).errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
