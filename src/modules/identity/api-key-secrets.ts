import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

// Format: lek_<prefix>_<secret>. The prefix finds the row; only the secret's hash is stored.
const KEY_FORMAT = /^lek_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export function generateApiKey(): { prefix: string; secret: string; fullKey: string } {
  const prefix = randomBytes(9).toString('base64url').replace(/[-_]/g, 'x').slice(0, 12);
  const secret = randomBytes(32).toString('base64url');
  return { prefix, secret, fullKey: `lek_${prefix}_${secret}` };
}

export function parseApiKey(fullKey: string): { prefix: string; secret: string } | null {
  const match = KEY_FORMAT.exec(fullKey.trim());
  return match ? { prefix: match[1], secret: match[2] } : null;
}

/** Constant-time comparison of a presented secret with the stored hash. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const presented = Buffer.from(sha256(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}
