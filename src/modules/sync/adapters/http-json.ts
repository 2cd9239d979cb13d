import {
  AdapterConfigError,
  AdapterSettings,
  AdapterContext,
  DeliveryFailure,
  DeliveryReceipt,
  ReceiverStatus,
  Submission,
  defineAdapter,
  settings,
} from '../adapter';
import { SubmissionVersion, buildJsonSubmission, submissionVersionOf } from './json-submission';

export interface HttpJsonAdapterConfig {
  url: string;
  /** Header name and value carrying the credential, if any (never shown). */
  credential: { header: string; value: string } | null;
  format: SubmissionVersion;
}

const KNOWN = ['format', 'url', 'bearerToken', 'bearerTokenEnv', 'apiKey', 'apiKeyEnv', 'apiKeyHeader'];
const MAX_REASON = 500;

/** A secret given inline or, better, by the name of the environment variable holding it. */
function secret(values: AdapterSettings, context: AdapterContext, key: string): string | undefined {
  const inline = settings.optionalString(values, key);
  const envName = settings.optionalString(values, `${key}Env`);
  if (inline && envName) throw new AdapterConfigError(`give "${key}" or "${key}Env", not both`);
  if (!envName) return inline;
  const value = context.env[envName];
  if (!value) throw new AdapterConfigError(`"${key}Env" names ${envName}, which is not set`);
  return value;
}

function credentialOf(values: AdapterSettings, context: AdapterContext): HttpJsonAdapterConfig['credential'] {
  const bearer = secret(values, context, 'bearerToken');
  const apiKey = secret(values, context, 'apiKey');
  if (bearer && apiKey) throw new AdapterConfigError('give a bearer token or an API key, not both');
  if (bearer) return { header: 'authorization', value: `Bearer ${bearer}` };
  if (apiKey) {
    const header = settings.string(values, 'apiKeyHeader', 'X-API-Key');
    if (!/^[A-Za-z0-9-]+$/.test(header)) throw new AdapterConfigError('"apiKeyHeader" must be an HTTP header name');
    return { header, value: apiKey };
  }
  if (values.apiKeyHeader !== undefined) throw new AdapterConfigError('"apiKeyHeader" needs "apiKey" or "apiKeyEnv"');
  return null;
}

function retryAfterMs(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}

function parseJson(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const ackIdOf = (body: Record<string, unknown> | null): string | null => {
  const value = body?.ackId ?? body?.id;
  return typeof value === 'string' && value !== '' ? value : null;
};

/** The receiver's reason, short enough for a log line and the SyncJob's lastError. */
function reasonOf(status: number, text: string, body: Record<string, unknown> | null): string {
  const given = body?.message ?? body?.error ?? text;
  const reason = typeof given === 'string' ? given : JSON.stringify(given);
  return `HTTP ${status}${reason ? `: ${reason.slice(0, MAX_REASON)}` : ''}`;
}

/** Maps an answer to an acknowledgement or a classified failure (the rules are in the README). */
export function classifyResponse(status: number, text: string, retryAfter: string | null): DeliveryReceipt {
  const body = parseJson(text);
  const ackId = ackIdOf(body);
  if (status >= 200 && status < 300) {
    if (ackId) return { ackId };
    throw new DeliveryFailure('PERMANENT', `HTTP ${status} without an acknowledgement id`);
  }
  // "Already received" for this idempotency key: the first delivery got through, keep its ack.
  if (status === 409 && ackId) return { ackId };
  const reason = reasonOf(status, text, body);
  if (status === 401 || status === 403) throw new DeliveryFailure('AUTH', reason);
  if (status === 408 || status === 425 || status === 429 || status >= 500) throw new DeliveryFailure('TEMPORARY', reason, retryAfterMs(retryAfter));
  throw new DeliveryFailure('PERMANENT', reason);
}

function transportFailure(error: unknown, signal: AbortSignal): DeliveryFailure {
  if (signal.aborted) {
    const reason = signal.reason instanceof Error ? signal.reason.message : String(signal.reason);
    return new DeliveryFailure('TEMPORARY', `no answer: ${reason}`);
  }
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return new DeliveryFailure('TEMPORARY', `network error: ${cause?.code ?? cause?.message ?? (error as Error).message}`);
}

async function send(config: HttpJsonAdapterConfig, submission: Submission, idempotencyKey: string, signal: AbortSignal): Promise<DeliveryReceipt> {
  const headers: Record<string, string> = {
    'content-type': submission.contentType,
    accept: 'application/json',
    'idempotency-key': idempotencyKey,
    'x-content-sha256': submission.contentHash,
  };
  if (config.credential) headers[config.credential.header] = config.credential.value;
  let response: Response;
  let text: string;
  try {
    // A redirect would turn the POST into a GET; show it instead of following it.
    response = await fetch(config.url, { method: 'POST', headers, body: submission.body, signal, redirect: 'manual' });
    text = await response.text();
  } catch (error) {
    throw transportFailure(error, signal);
  }
  if (response.status >= 300 && response.status < 400) {
    throw new DeliveryFailure('PERMANENT', `HTTP ${response.status} redirect to ${response.headers.get('location')}: configure the final URL`);
  }
  return classifyResponse(response.status, text, response.headers.get('retry-after'));
}

async function poll(config: HttpJsonAdapterConfig, ackId: string, signal: AbortSignal): Promise<ReceiverStatus> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (config.credential) headers[config.credential.header] = config.credential.value;
  const response = await fetch(`${config.url.replace(/\/+$/, '')}/${encodeURIComponent(ackId)}`, { headers, signal });
  const body = parseJson(await response.text());
  if (!response.ok) return { state: response.status === 404 ? 'UNKNOWN' : 'ERROR', detail: `HTTP ${response.status}` };
  const state = body?.status;
  return { state: typeof state === 'string' ? state : 'RECEIVED', detail: typeof body?.detail === 'string' ? body.detail : null };
}

/** `http-json`: POSTs the JSON document with an Idempotency-Key header and a bearer token or API key. */
export const httpJsonAdapter = defineAdapter<HttpJsonAdapterConfig>({
  name: 'http-json',
  validateConfig(values, context) {
    settings.only(values, KNOWN);
    const url = settings.string(values, 'url');
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new AdapterConfigError(`"url" is not a URL: ${url}`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new AdapterConfigError('"url" must be http or https');
    if (parsed.username || parsed.password) throw new AdapterConfigError('"url" must not hold credentials; use bearerTokenEnv or apiKeyEnv');
    return { url: parsed.toString(), credential: credentialOf(values, context), format: submissionVersionOf(values) };
  },
  create(config) {
    return {
      description: `POST ${config.url}${config.credential ? ` (${config.credential.header === 'authorization' ? 'bearer token' : config.credential.header})` : ''}`,
      buildSubmission: (source) => buildJsonSubmission(source, config.format),
      deliver: (submission, idempotencyKey, signal) => send(config, submission, idempotencyKey, signal),
      pollStatus: (ackId, signal) => poll(config, ackId, signal),
    };
  },
});
