import { RequestContext } from '../../core/context';
import { UnauthenticatedError } from '../../core/errors/app-errors';
import { userError } from '../../core/errors/user-error';
import { runWrite, writtenRecord } from '../../core/writes/write-pipeline';
import { recordAudit } from '../audit';
import { signAccessToken } from './access-tokens';
import { LoginInput, LogoutInput, RefreshTokenInput, UnlockLoginInput } from './identity.inputs';
import { AuthPayload, LogoutPayload, UserPayload } from './identity.payloads';
import { loginThrottle } from './login-throttle';
import { verifyPassword } from './passwords';
import { sha256 } from './api-key-secrets';
import { RefreshToken } from './refresh-token.entity';
import { consumeRefreshToken, invalidRefreshToken, issueRefreshToken, revokeFamily } from './refresh-tokens';
import { User } from './user.entity';

const asUser = (userId: string) => ({ actorType: 'USER' as const, actorId: userId });

const normalEmail = (email: string) => email.trim().toLowerCase();

const throttleOf = (ctx: RequestContext) => loginThrottle(ctx.runtime.rateLimits, ctx.runtime.auth.login);

export async function login(ctx: RequestContext, input: LoginInput): Promise<AuthPayload> {
  const email = normalEmail(input.email);
  const attempt = await throttleOf(ctx).begin(email, ctx.clientAddress);
  let user: User | null;
  let valid: boolean;
  try {
    user = await ctx.dataSource.getRepository(User).findOneBy({ email });
    valid = await verifyPassword(user?.passwordHash ?? null, input.password);
  } catch (error) {
    await attempt.abandoned().catch(() => undefined); // the original failure is the one to report
    throw error;
  }
  // One message for unknown email, wrong password and deactivated account: nothing leaks.
  if (!user || !valid || !user.active) {
    await attempt.failed();
    throw new UnauthenticatedError('Invalid email or password', 'BAD_CREDENTIALS');
  }
  await attempt.succeeded();
  const session = await runWrite(ctx, {
    operation: 'login',
    entityType: 'User',
    write: async (manager) => {
      await manager.getRepository(User).update({ id: user.id }, { lastLoginAt: new Date() });
      await recordAudit(manager, ctx, { action: 'login', entityType: 'User', entityId: user.id, actor: asUser(user.id) });
      const { token, expiresAt } = signAccessToken(user.id, ctx.runtime.auth);
      const refreshToken = await issueRefreshToken(manager, user.id, ctx.runtime.auth.refreshTokenTtlDays);
      return { accessToken: token, refreshToken, expiresAt, user, userErrors: [] };
    },
  });
  return writtenRecord(session);
}

export async function refresh(ctx: RequestContext, input: RefreshTokenInput): Promise<AuthPayload> {
  const result = await ctx.dataSource.transaction(async (manager) => {
    const rotation = await consumeRefreshToken(manager, input.refreshToken);
    if (!rotation.ok) return rotation;
    const user = await manager.getRepository(User).findOneBy({ id: rotation.userId });
    if (!user?.active) {
      await revokeFamily(manager, rotation.familyId);
      return { ok: false as const, reuse: false };
    }
    await recordAudit(manager, ctx, { action: 'refreshToken', entityType: 'User', entityId: user.id, actor: asUser(user.id) });
    const { token, expiresAt } = signAccessToken(user.id, ctx.runtime.auth);
    const refreshToken = await issueRefreshToken(manager, user.id, ctx.runtime.auth.refreshTokenTtlDays, rotation.familyId);
    return { ok: true as const, payload: { accessToken: token, refreshToken, expiresAt, user, userErrors: [] } };
  });
  // The family revocation on reuse is committed above; only then is the caller refused.
  if (!result.ok) {
    if (result.reuse) ctx.logger.warn('refresh token reused: session revoked');
    throw invalidRefreshToken();
  }
  return result.payload;
}

export async function logout(ctx: RequestContext, input: LogoutInput): Promise<LogoutPayload> {
  const row = await ctx.dataSource.getRepository(RefreshToken).findOneBy({ tokenHash: sha256(input.refreshToken) });
  if (!row) return { loggedOut: false };
  const result = await runWrite(ctx, {
    operation: 'logout',
    entityType: 'User',
    write: async (manager) => {
      const revoked = await revokeFamily(manager, row.familyId);
      if (revoked > 0) await recordAudit(manager, ctx, { action: 'logout', entityType: 'User', entityId: row.userId, actor: asUser(row.userId) });
      return { loggedOut: revoked > 0 };
    },
  });
  return writtenRecord(result);
}

/**
 * ADMIN: clears an email's login failures and waits from every address, and the daily failure
 * count of one address if given (an office that someone inside exhausted). The owner's way back in
 * when they share an address with whoever is guessing.
 */
export async function unlockLogin(ctx: RequestContext, input: UnlockLoginInput): Promise<UserPayload> {
  const email = normalEmail(input.email);
  const user = await ctx.dataSource.getRepository(User).findOneBy({ email });
  if (!user) return { user: null, userErrors: [userError('email', 'NOT_FOUND', 'No user has this email')] };
  // Audited in the transaction that commits only once the counters are cleared.
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'unlockLogin',
    entityType: 'User',
    write: async (manager) => {
      await recordAudit(manager, ctx, {
        action: 'unlockLogin',
        entityType: 'User',
        entityId: user.id,
        after: { loginUnlocked: true, clientAddress: input.clientAddress ?? null },
      });
      await throttleOf(ctx).unlock(email, input.clientAddress);
      return user;
    },
  });
  return { user: record, userErrors };
}
