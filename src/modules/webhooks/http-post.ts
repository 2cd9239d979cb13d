import http from 'node:http';
import https from 'node:https';
import { LookupAddress } from 'node:dns';

export interface PostResult {
  status: number | null;
  error: string | null;
}

const MAX_RESPONSE_BYTES = 64 * 1024;

/**
 * POSTs to `url`, connecting to `address` (already checked) whatever DNS answers now: the custom
 * lookup hands the socket that address, while TLS still checks the certificate against the host name.
 * Redirects are not followed (a 3xx is a failure); the answer's body is read up to 64 KiB and dropped.
 */
export function postTo(url: URL, address: LookupAddress, body: string, headers: Record<string, string>, timeoutMs: number): Promise<PostResult> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    let settled = false;
    const done = (result: PostResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const request = client.request(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          'user-agent': 'daklak-lowemission-webhooks/1',
          ...headers,
        },
        agent: false,
        lookup: (_host, options, callback) => {
          const all = (options as { all?: boolean }).all;
          if (all) (callback as (err: null, addresses: LookupAddress[]) => void)(null, [address]);
          else (callback as (err: null, address: string, family: number) => void)(null, address.address, address.family);
        },
      },
      (response) => {
        let received = 0;
        response.on('data', (chunk: Buffer) => {
          received += chunk.length;
          if (received > MAX_RESPONSE_BYTES) response.destroy();
        });
        const status = response.statusCode ?? null;
        const ok = status !== null && status >= 200 && status < 300;
        const error = ok ? null : status !== null && status >= 300 && status < 400 ? `HTTP ${status}: redirects are not followed` : `HTTP ${status}`;
        response.on('end', () => done({ status, error }));
        response.on('close', () => done({ status, error }));
        response.on('error', () => done({ status, error }));
      },
    );
    const timer = setTimeout(() => {
      request.destroy();
      done({ status: null, error: `no answer within ${timeoutMs} ms` });
    }, timeoutMs);
    request.on('error', (err: NodeJS.ErrnoException) => done({ status: null, error: `${err.code ?? 'error'}: ${err.message}`.slice(0, 500) }));
    request.end(body);
  });
}
