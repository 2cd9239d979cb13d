import { randomUUID } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { AuthConfig } from '../../config';
import { UnauthenticatedError } from '../../core/errors/app-errors';
import { isUuid } from '../../core/relay/global-id';

// Pinned: any other algorithm, including "none", is rejected by verify().
const ALGORITHM = 'HS256';

export function signAccessToken(userId: string, auth: AuthConfig, now = new Date()): { token: string; expiresAt: Date } {
  const iat = Math.floor(now.getTime() / 1000);
  const exp = iat + auth.accessTokenTtlSeconds;
  const token = jwt.sign({ iat, exp }, auth.jwtSecret, {
    algorithm: ALGORITHM,
    subject: userId,
    issuer: auth.issuer,
    audience: auth.audience,
    jwtid: randomUUID(),
  });
  return { token, expiresAt: new Date(exp * 1000) };
}

/**
 * Returns the user id of a valid token; any fault (signature, alg, exp, iss, aud, subject) is
 * UNAUTHENTICATED. jsonwebtoken checks `exp` only when present, so a token without one is refused
 * here, as is a subject that is not a user id (it would otherwise reach the database as a uuid).
 */
export function verifyAccessToken(token: string, auth: AuthConfig): string {
  try {
    const payload = jwt.verify(token, auth.jwtSecret, {
      algorithms: [ALGORITHM],
      issuer: auth.issuer,
      audience: auth.audience,
    });
    if (typeof payload === 'string' || typeof payload.exp !== 'number') throw new Error('no expiry');
    if (typeof payload.sub !== 'string' || !isUuid(payload.sub)) throw new Error('subject is not a user id');
    return payload.sub;
  } catch {
    throw new UnauthenticatedError('Invalid or expired access token', 'BAD_CREDENTIALS');
  }
}
