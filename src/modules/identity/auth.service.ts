import { RequestContext } from '../../core/context';
import { RateLimitedError, UnauthenticatedError } from '../../core/errors/app-errors';
import { recordAudit } from '../audit/audit.service';
import { signAccessToken } from './access-tokens';
import { LoginInput, LogoutInput, RefreshTokenInput } from './identity.inputs';
import { AuthPayload, LogoutPayload } from './identity.payloads';
import { verifyPassword } from './passwords';
import { sha256 } from './api-key-secrets';
import { RefreshToken } from './refresh-token.entity';
import { consumeRefreshToken, invalidRefreshToken, issueRefreshToken, revokeFamily } from './refresh-tokens';
import { User } from './user.entity';

const LOGIN_WINDOW_SECONDS = 15 * 60;

const asUser = (userId: string) => ({ actorType: 'USER' as const, actorId: userId });

/** Per email and per client address, so neither one account nor one address can be hammered. */
async function limitLoginAttempts(ctx: RequestContext, email: string): Promise<void> {
  const { rateLimits, auth } = ctx.runtime;
  const checks = [
    rateLimits.consume('login-email', sha256(email), auth.loginAttemptsPerEmail, LOGIN_WINDOW_SECONDS),
    rateLimits.consume('login-address', ctx.clientAddress ?? 'unknown', auth.loginAttemptsPerAddress, LOGIN_WINDOW_SECONDS),
  ];
  const refused = (await Promise.all(checks)).find((decision) => !decision.allowed);
  if (refused) throw new RateLimitedError(refused.resetSeconds);
}

export async function login(ctx: RequestContext, input: LoginInput): Promise<AuthPayload> {
  const email = input.email.trim().toLowerCase();
  await limitLoginAttempts(ctx, email);
  const user = await ctx.dataSource.getRepository(User).findOneBy({ email });
  const valid = await verifyPassword(user?.passwordHash ?? null, input.password);
  // One message for unknown email, wrong password and deactivated account: nothing leaks.
  if (!user || !valid || !user.active) throw new UnauthenticatedError('Invalid email or password', 'BAD_CREDENTIALS');
  await ctx.runtime.rateLimits.reset('login-email', sha256(email), ctx.runtime.auth.loginAttemptsPerEmail, LOGIN_WINDOW_SECONDS);
  return ctx.dataSource.transaction(async (manager) => {
    await manager.getRepository(User).update({ id: user.id }, { lastLoginAt: new Date() });
    await recordAudit(manager, ctx, { action: 'login', entityType: 'User', entityId: user.id, actor: asUser(user.id) });
    const { token, expiresAt } = signAccessToken(user.id, ctx.runtime.auth);
    const refreshToken = await issueRefreshToken(manager, user.id, ctx.runtime.auth.refreshTokenTtlDays);
    return { accessToken: token, refreshToken, expiresAt, user, userErrors: [] };
  });
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
  return ctx.dataSource.transaction(async (manager) => {
    const revoked = await revokeFamily(manager, row.familyId);
    if (revoked > 0) await recordAudit(manager, ctx, { action: 'logout', entityType: 'User', entityId: row.userId, actor: asUser(row.userId) });
    return { loggedOut: revoked > 0 };
  });
}
