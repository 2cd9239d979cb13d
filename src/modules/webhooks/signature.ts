import { createHmac } from 'node:crypto';

/** `X-Signature-256`: like GitHub's, `sha256=` and the hex HMAC-SHA256 of the raw body with the secret. */
export const signatureOf = (body: string, secret: string) => `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
