// Callers bound to organisations: certification body officers and keys of an organisation's own staff.
import { randomUUID } from 'node:crypto';
import { Role } from '../../../src/core/auth/roles';
import { Organisation, OrganisationKind } from '../../../src/modules/organisations';
import { createTestApiKey, createTestUser, unitId } from '../../helpers/principals';
import { TestServer } from '../../helpers/test-server';

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

/** An organisation of kind CERTIFICATION_BODY, stored directly (the register's own tests cover its writes). */
export async function createCertificationBody(server: TestServer, unitCode = '24175'): Promise<{ id: string; rawId: string }> {
  const repo = server.database.dataSource.getRepository(Organisation);
  const body = await repo.save(
    repo.create({
      kind: OrganisationKind.CERTIFICATION_BODY,
      name: `Tổ chức chứng nhận ${randomUUID().slice(0, 6)}`,
      administrativeUnitId: await unitId(server, unitCode),
    }),
  );
  return { id: globalId('Organisation', body.id), rawId: body.id };
}

/** A CERTIFICATION_BODY_OFFICER of `bodyId` (raw or global ID): made as a viewer, then given the role and the body in one statement (the CHECK needs both). */
export async function createCertificationBodyOfficer(server: TestServer, bodyId: string): Promise<{ userId: string; headers: Record<string, string> }> {
  const raw = bodyId.includes('-') ? bodyId : Buffer.from(bodyId, 'base64').toString().split(':')[1];
  const { user, headers } = await createTestUser(server, Role.VIEWER);
  await server.database.dataSource.query(`UPDATE "user" SET role = 'CERTIFICATION_BODY_OFFICER', organisation_id = $2 WHERE id = $1`, [user.id, raw]);
  return { userId: user.id, headers };
}

/** A lots:write key of an organisation's own staff, bound to it and to the commune of its seat. */
export async function createOrganisationKey(server: TestServer, organisationRawId: string, unitCode: string): Promise<Record<string, string>> {
  const { apiKey, headers } = await createTestApiKey(server, { scopes: ['lots:write'], administrativeUnitIds: [await unitId(server, unitCode)] });
  await server.database.dataSource.query('UPDATE api_key SET organisation_id = $2 WHERE id = $1', [apiKey.id, organisationRawId]);
  return headers;
}
