import { randomUUID } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { AuthConfig } from '../../config';
import { UnauthenticatedError } from '../../core/errors/app-errors';

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

/** Returns the user id of a valid token; any fault (signature, alg, exp, iss, aud) is UNAUTHENTICATED. */
export function verifyAccessToken(token: string, auth: AuthConfig): string {
  try {
    const payload = jwt.verify(token, auth.jwtSecret, {
      algorithms: [ALGORITHM],
      issuer: auth.issuer,
      audience: auth.audience,
    });
    if (typeof payload === 'string' || !payload.sub) throw new Error('no subject');
    return payload.sub;
  } catch {
    throw new UnauthenticatedError('Invalid or expired access token', 'BAD_CREDENTIALS');
  }
}
