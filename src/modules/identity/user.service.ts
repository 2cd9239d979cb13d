import { EntityManager } from 'typeorm';
import { Role } from '../../core/auth/roles';
import { RequestContext } from '../../core/context';
import { NotFoundError } from '../../core/errors/app-errors';
import { UserError, userError } from '../../core/errors/user-error';
import { ConnectionResult } from '../../core/relay/connection';
import { decodeGlobalId } from '../../core/relay/global-id';
import { PageArgs, paginate } from '../../core/relay/pagination';
import { WriteRejected, rejectWrite } from '../../core/writes/record-writes';
import { runWrite } from '../../core/writes/write-pipeline';
import { recordAudit } from '../audit';
import { AdministrativeUnit, AdministrativeUnitKind } from '../geography';
import { Agency } from '../agencies';
import { Organisation, OrganisationKind } from '../organisations';
import { CreateUserInput, UpdateUserInput } from './identity.inputs';
import { UserPayload } from './identity.payloads';
import { hashPassword } from './passwords';
import { revokeAllOfUser } from './refresh-tokens';
import { User } from './user.entity';

type Binding = { agencyId: string | null; administrativeUnitId: string | null; organisationId: string | null };

/** The certification body a CERTIFICATION_BODY_OFFICER acts for: a live organisation of kind CERTIFICATION_BODY. */
async function certificationBody(manager: EntityManager, globalId: string): Promise<string | UserError> {
  const id = decodeGlobalId(globalId, 'Organisation', 'input.organisationId');
  const organisation = await manager.getRepository(Organisation).findOneBy({ id });
  if (!organisation || organisation.deletedAt) return userError('organisationId', 'NOT_FOUND', 'No such organisation');
  if (organisation.kind !== OrganisationKind.CERTIFICATION_BODY) {
    return userError('organisationId', 'NOT_A_CERTIFICATION_BODY', 'The organisation must be of kind CERTIFICATION_BODY');
  }
  return organisation.id;
}

/**
 * Checks the role's binding (agency for AGENCY_OFFICER, commune for COMMUNE_OFFICER, certification
 * body for CERTIFICATION_BODY_OFFICER) and resolves it.
 */
async function resolveBinding(
  manager: EntityManager,
  role: Role,
  agencyGlobalId: string | null | undefined,
  unitCode: string | null | undefined,
  organisationGlobalId: string | null | undefined,
): Promise<Binding | UserError> {
  let organisationId: string | null = null;
  if (organisationGlobalId) {
    const body = await certificationBody(manager, organisationGlobalId);
    if (typeof body !== 'string') return body;
    organisationId = body;
  }
  let agencyId: string | null = null;
  let administrativeUnitId: string | null = null;
  if (agencyGlobalId) {
    agencyId = decodeGlobalId(agencyGlobalId, 'Agency', 'input.agencyId');
    if (!(await manager.getRepository(Agency).existsBy({ id: agencyId }))) return userError('agencyId', 'NOT_FOUND', 'No such agency');
  }
  if (unitCode) {
    const unit = await manager.getRepository(AdministrativeUnit).findOneBy({ code: unitCode });
    if (!unit || unit.kind === AdministrativeUnitKind.PROVINCE) {
      return userError('administrativeUnitCode', 'NOT_FOUND', `No commune or ward has code ${unitCode}`);
    }
    administrativeUnitId = unit.id;
  }
  if (role === Role.AGENCY_OFFICER && !agencyId) return userError('agencyId', 'REQUIRED', 'An agency officer needs agencyId');
  if (role === Role.COMMUNE_OFFICER && !administrativeUnitId) {
    return userError('administrativeUnitCode', 'REQUIRED', 'A commune officer needs administrativeUnitCode');
  }
  if (role === Role.CERTIFICATION_BODY_OFFICER && !organisationId) {
    return userError('organisationId', 'REQUIRED', 'A certification body officer needs organisationId');
  }
  // A binding that the role does not use would silently widen or confuse scope later: drop it.
  return {
    agencyId: role === Role.AGENCY_OFFICER ? agencyId : null,
    administrativeUnitId: role === Role.COMMUNE_OFFICER ? administrativeUnitId : null,
    organisationId: role === Role.CERTIFICATION_BODY_OFFICER ? organisationId : null,
  };
}

export async function createUser(ctx: RequestContext, input: CreateUserInput): Promise<UserPayload> {
  const email = input.email.trim().toLowerCase();
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'createUser',
    entityType: 'User',
    write: async (manager) => {
      const users = manager.getRepository(User);
      if (await users.existsBy({ email })) rejectWrite('email', 'TAKEN', 'A user with this email exists');
      const binding = await resolveBinding(manager, input.role, input.agencyId, input.administrativeUnitCode, input.organisationId);
      if ('code' in binding) throw new WriteRejected([binding]);
      const user = await users.save(
        users.create({ email, displayName: input.displayName.trim(), role: input.role, passwordHash: await hashPassword(input.password), ...binding }),
      );
      await recordAudit(manager, ctx, { action: 'createUser', entityType: 'User', entityId: user.id, after: { ...user } });
      return user;
    },
  });
  return { user: record, userErrors };
}

/** The user to change, locked; an unknown one is a NOT_FOUND userError. */
async function lockUser(manager: EntityManager, id: string): Promise<User> {
  const user = await manager.getRepository(User).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  return user ?? rejectWrite('id', 'NOT_FOUND', 'No such user');
}

export async function updateUser(ctx: RequestContext, input: UpdateUserInput): Promise<UserPayload> {
  const id = decodeGlobalId(input.id, 'User', 'input.id');
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'updateUser',
    entityType: 'User',
    write: async (manager) => {
      const users = manager.getRepository(User);
      const before = await lockUser(manager, id);
      const role = input.role ?? before.role;
      const keepsBinding =
        input.agencyId === undefined && input.administrativeUnitCode === undefined && input.organisationId === undefined && role === before.role;
      const binding = keepsBinding
        ? { agencyId: before.agencyId, administrativeUnitId: before.administrativeUnitId, organisationId: before.organisationId }
        : await resolveBinding(manager, role, input.agencyId, input.administrativeUnitCode, input.organisationId);
      if ('code' in binding) throw new WriteRejected([binding]);
      const after = users.merge(users.create({ ...before }), {
        role,
        ...binding,
        ...(input.displayName ? { displayName: input.displayName.trim() } : {}),
        ...(input.password ? { passwordHash: await hashPassword(input.password) } : {}),
      });
      const user = await users.save(after);
      // A new password or role ends existing sessions, so old refresh tokens cannot outlive the change.
      if (input.password || role !== before.role || binding.organisationId !== before.organisationId) await revokeAllOfUser(manager, id);
      await recordAudit(manager, ctx, {
        action: 'updateUser',
        entityType: 'User',
        entityId: id,
        before: { ...before, passwordChanged: false },
        after: { ...user, passwordChanged: Boolean(input.password) },
      });
      return user;
    },
  });
  return { user: record, userErrors };
}

export async function deactivateUser(ctx: RequestContext, globalId: string): Promise<UserPayload> {
  const id = decodeGlobalId(globalId, 'User', 'input.id');
  if (ctx.principal.kind === 'USER' && ctx.principal.userId === id) {
    return { user: null, userErrors: [userError('id', 'SELF', 'You cannot deactivate yourself')] };
  }
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'deactivateUser',
    entityType: 'User',
    write: async (manager) => {
      const users = manager.getRepository(User);
      const before = await lockUser(manager, id);
      const user = await users.save(users.merge(users.create({ ...before }), { active: false }));
      await revokeAllOfUser(manager, id);
      await recordAudit(manager, ctx, { action: 'deactivateUser', entityType: 'User', entityId: id, before: { ...before }, after: { ...user } });
      return user;
    },
  });
  return { user: record, userErrors };
}

export function listUsers(ctx: RequestContext, page: PageArgs): Promise<ConnectionResult<User>> {
  return paginate(ctx.dataSource.getRepository(User).createQueryBuilder('u'), page, 'u.email', (u) => u.email);
}

export async function findCurrentUser(ctx: RequestContext): Promise<User | null> {
  if (ctx.principal.kind !== 'USER') return null;
  const user = await ctx.dataSource.getRepository(User).findOneBy({ id: ctx.principal.userId });
  if (!user) throw new NotFoundError('User', ctx.principal.userId);
  return user;
}
