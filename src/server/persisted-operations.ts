import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Request, RequestHandler } from 'express';
import { sendJsonError } from './http-errors';

/**
 * Trusted documents. `off`: any document is accepted (automatic persisted queries as usual, and a
 * hash of the SDK's manifest runs without sending its text). `only`: callers without an API key — the
 * province's own web and mobile apps — may run only the SDK's operations, named by their SHA-256
 * hash (`extensions.persistedQuery.sha256Hash`, Apollo's APQ shape); partner systems and the
 * national inventory, with a key, may still send documents.
 */
export type PersistedOperationsMode = 'off' | 'only';

/** The SDK's manifest, generated with its typed documents: hex SHA-256 of the text → the text. */
const MANIFEST = 'sdk/src/generated/persisted-documents.json';

/** Finds the manifest from src/server (ts-node, tests) or dist/src/server (the build). */
export function loadPersistedManifest(file?: string): Map<string, string> | null {
  const candidates = file ? [file] : [path.resolve(__dirname, '../..', MANIFEST), path.resolve(__dirname, '../../..', MANIFEST)];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) return null;
  const entries = Object.entries(JSON.parse(readFileSync(found, 'utf8')) as Record<string, unknown>);
  return new Map(entries.filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

interface PersistedRequest {
  hash: string | undefined;
  query: string | undefined;
}

function persistedRequestOf(req: Request): PersistedRequest | null {
  if (req.method === 'GET') {
    const params = new URL(req.url, 'http://local').searchParams;
    let extensions: unknown;
    try {
      extensions = JSON.parse(params.get('extensions') ?? 'null');
    } catch {
      extensions = null;
    }
    return { hash: hashIn(extensions), query: params.get('query') ?? undefined };
  }
  const body: unknown = req.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
  const { query, extensions } = body as { query?: unknown; extensions?: unknown };
  return { hash: hashIn(extensions), query: typeof query === 'string' ? query : undefined };
}

function hashIn(extensions: unknown): string | undefined {
  const persisted = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | null)?.persistedQuery;
  return typeof persisted?.sha256Hash === 'string' ? persisted.sha256Hash : undefined;
}

/** Puts the manifest's text in the request, so Apollo runs it (and checks the hash) without an APQ round trip. */
function fillQuery(req: Request, text: string): void {
  if (req.method === 'GET') {
    const url = new URL(req.url, 'http://local');
    url.searchParams.set('query', text);
    req.url = `${url.pathname}${url.search}`;
  } else {
    (req.body as { query?: string }).query = text;
  }
}

const NOT_ALLOWED =
  'This server runs only the client SDK’s operations for apps without an API key: send extensions.persistedQuery.sha256Hash ' +
  'of an operation in the SDK’s persisted-documents.json (the SDK client does), or call with a partner API key';

/** The /graphql middleware after authentication and body parsing; the manifest is read once, at start. */
export function persistedOperations(mode: PersistedOperationsMode, manifest = loadPersistedManifest()): RequestHandler {
  if (mode === 'only' && !manifest) throw new Error(`PERSISTED_OPERATIONS=only needs the SDK's manifest (${MANIFEST}); run npm run sdk:generate`);
  const known = manifest ?? new Map<string, string>();
  return (req, res, next) => {
    // Only GET and POST run operations; anything else (a CORS preflight, …) is not this check's to refuse.
    if (req.method !== 'GET' && req.method !== 'POST') return next();
    const request = persistedRequestOf(req);
    const text = request?.hash === undefined ? undefined : known.get(request.hash);
    const trusted = mode === 'off' || req.principal?.kind === 'API_KEY';
    if (!trusted && (text === undefined || (request?.query !== undefined && request.query !== text))) {
      return sendJsonError(res, 400, NOT_ALLOWED, { code: 'PERSISTED_QUERY_NOT_ALLOWED' });
    }
    if (text !== undefined && request?.query === undefined) fillQuery(req, text);
    next();
  };
}
