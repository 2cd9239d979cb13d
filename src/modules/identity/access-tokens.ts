import { KeyObject, createSecretKey, randomUUID } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { AuthConfig } from '../../config';
import { UnauthenticatedError } from '../../core/errors/app-errors';
import { isUuid } from '../../core/relay/global-id';

// Pinned: any other algorithm, including "none", is rejected by verify().
const ALGORITHM = 'HS256';

/**
 * The secret as a KeyObject, made once per secret: given a string, jsonwebtoken first tries to parse
 * it as a public key on every call, and that failed parse (a thrown error) was the dearest step of a
 * signed-in request. A secret KeyObject also restricts the token to HMAC algorithms, as before.
 */
const secretKeys = new Map<string, KeyObject>();
function secretKeyOf(secret: string): KeyObject {
  let key = secretKeys.get(secret);
  if (!key) {
    key = createSecretKey(Buffer.from(secret, 'utf8'));
    secretKeys.set(secret, key);
  }
  return key;
}

export function signAccessToken(userId: string, auth: AuthConfig, now = new Date()): { token: string; expiresAt: Date } {
  const iat = Math.floor(now.getTime() / 1000);
  const exp = iat + auth.accessTokenTtlSeconds;
  const token = jwt.sign({ iat, exp }, secretKeyOf(auth.jwtSecret), {
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
    const payload = jwt.verify(token, secretKeyOf(auth.jwtSecret), {
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
