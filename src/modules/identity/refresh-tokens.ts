import { randomBytes, randomUUID } from 'node:crypto';
import { EntityManager, IsNull } from 'typeorm';
import { UnauthenticatedError } from '../../core/errors/app-errors';
import { sha256 } from './api-key-secrets';
import { RefreshToken } from './refresh-token.entity';

/** Issues a refresh token in `familyId` (a new family = a new login session). */
export async function issueRefreshToken(manager: EntityManager, userId: string, ttlDays: number, familyId: string = randomUUID()): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await manager.getRepository(RefreshToken).insert({
    userId,
    familyId,
    tokenHash: sha256(token),
    expiresAt: new Date(Date.now() + ttlDays * 86_400_000),
  });
  return token;
}

export async function revokeFamily(manager: EntityManager, familyId: string): Promise<number> {
  const result = await manager.getRepository(RefreshToken).update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  return result.affected ?? 0;
}

export async function revokeAllOfUser(manager: EntityManager, userId: string): Promise<void> {
  await manager.getRepository(RefreshToken).update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
}

export type RotationResult = { ok: true; userId: string; familyId: string } | { ok: false; reuse: boolean };

/**
 * Uses up a refresh token (row-locked, so two concurrent uses cannot both succeed). A token that
 * was already used or revoked means it leaked: the caller must revoke the family and commit that.
 */
export async function consumeRefreshToken(manager: EntityManager, token: string): Promise<RotationResult> {
  const row = await manager
    .getRepository(RefreshToken)
    .createQueryBuilder('t')
    .setLock('pessimistic_write')
    .where('t.token_hash = :hash', { hash: sha256(token) })
    .getOne();
  if (!row) return { ok: false, reuse: false };
  if (row.usedAt || row.revokedAt) {
    await revokeFamily(manager, row.familyId);
    return { ok: false, reuse: true };
  }
  if (row.expiresAt <= new Date()) return { ok: false, reuse: false };
  await manager.getRepository(RefreshToken).update({ id: row.id }, { usedAt: new Date() });
  return { ok: true, userId: row.userId, familyId: row.familyId };
}

export const invalidRefreshToken = () => new UnauthenticatedError('Invalid, expired or revoked refresh token', 'BAD_CREDENTIALS');
