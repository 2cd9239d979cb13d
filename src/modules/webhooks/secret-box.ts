import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

// The HMAC needs the secret in clear, so it cannot be hashed like an API key: it is encrypted with
// AES-256-GCM under a key derived (HKDF) from WEBHOOK_SECRET_KEY. Format: v1.<iv>.<tag>.<ciphertext>.
const VERSION = 'v1';

const keyOf = (secretKey: string) => Buffer.from(hkdfSync('sha256', secretKey, 'daklak-lowemission', 'webhook-subscription-secret', 32));

export function sealSecret(secret: string, secretKey: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(secretKey), iv);
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), sealed.toString('base64url')].join('.');
}

/** The secret in clear, or null when it was sealed with another key (WEBHOOK_SECRET_KEY changed). */
export function openSecret(sealed: string, secretKey: string): string | null {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== VERSION || !iv || !tag || body === undefined) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyOf(secretKey), Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
