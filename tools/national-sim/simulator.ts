import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { submissionProblems } from './validate';

/**
 * How the next requests fail: an HTTP status, no answer at all (`timeout`), a late answer (`slow`),
 * a destroyed socket (`drop`), or the crash-after-accept case (`accept-then-drop`: stored, then the
 * socket is destroyed after `delayMs` without an answer).
 */
export const FAILURE_MODES = ['error-500', 'error-503', 'error-401', 'error-422', 'error-429', 'timeout', 'slow', 'drop', 'accept-then-drop'] as const;
export type FailureMode = (typeof FAILURE_MODES)[number];

export interface StoredSubmission {
  ackId: string;
  idempotencyKey: string;
  contentHash: string;
  receivedAt: string;
  inventoryId: string | null;
  version: number | null;
  replacesVersion: number | null;
  document: unknown;
}

/** Every POST the simulator saw, with what it did: tests count deliveries and keys from it. */
export interface RequestRecord {
  at: string;
  idempotencyKey: string | null;
  outcome: 'ACCEPTED' | 'DUPLICATE' | 'REJECTED' | 'UNAUTHORIZED' | `FAILED:${FailureMode}`;
  ackId: string | null;
}

export interface SimulatorOptions {
  port?: number;
  host?: string;
  /** Keep accepted submissions in this JSON file too (loaded at start, rewritten atomically on each accept). */
  storeFile?: string;
  /** When set, POSTs must carry `Authorization: Bearer <token>`. */
  bearerToken?: string;
  /** Answer of `slow` and wait of `accept-then-drop` when the control request gives none. */
  defaultDelayMs?: number;
}

export interface Simulator {
  url: string;
  port: number;
  /** Where adapters POST: `${url}/submissions`. */
  submissionsUrl: string;
  submissions(): StoredSubmission[];
  requests(): RequestRecord[];
  failNext(mode: FailureMode, count: number, delayMs?: number): void;
  reset(): void;
  stop(): Promise<void>;
}

interface PendingFailure {
  mode: FailureMode;
  remaining: number;
  delayMs: number;
}

const MAX_BODY = 20 * 1024 * 1024;

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) req.destroy(new Error('body too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** Unref'd: a pending late answer never keeps a stopped simulator's process alive. */
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

function loadStore(file: string | undefined): StoredSubmission[] {
  if (!file || !fs.existsSync(file)) return [];
  return JSON.parse(fs.readFileSync(file, 'utf8')) as StoredSubmission[];
}

function saveStore(file: string | undefined, submissions: StoredSubmission[]): void {
  if (!file) return;
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  fs.writeFileSync(temp, JSON.stringify(submissions, null, 2));
  fs.renameSync(temp, file);
}

/** Reads the parts of a submission document the simulator lists; anything else is a 422. */
function summarise(text: string): { document: Record<string, unknown>; inventoryId: string; version: number; replacesVersion: number | null } | null {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return null;
  }
  const inventory = (document as { inventory?: Record<string, unknown> } | null)?.inventory;
  if (!inventory || typeof inventory.id !== 'string' || typeof inventory.version !== 'number') return null;
  const replaces = inventory.replacesVersion;
  return {
    document: document as Record<string, unknown>,
    inventoryId: inventory.id,
    version: inventory.version,
    replacesVersion: typeof replaces === 'number' ? replaces : null,
  };
}

/**
 * The national receiver stand-in: accepts POST /submissions (de-duplicated by Idempotency-Key),
 * lists what it holds (GET /submissions, GET /submissions/:ackId, GET /requests) and fails on
 * request (POST /control/failures { mode, count, delayMs }; POST /control/reset).
 */
export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const stored = loadStore(options.storeFile);
  const byKey = new Map(stored.map((s) => [s.idempotencyKey, s]));
  const log: RequestRecord[] = [];
  const failures: PendingFailure[] = [];
  const sockets = new Set<Socket>();
  let sequence = stored.length;

  const record = (idempotencyKey: string | null, outcome: RequestRecord['outcome'], ackId: string | null = null) =>
    log.push({ at: new Date().toISOString(), idempotencyKey, outcome, ackId });

  const nextFailure = (): PendingFailure | null => {
    const failure = failures[0];
    if (!failure) return null;
    failure.remaining -= 1;
    if (failure.remaining <= 0) failures.shift();
    return failure;
  };

  const accept = (key: string, text: string, summary: NonNullable<ReturnType<typeof summarise>>): StoredSubmission => {
    sequence += 1;
    const submission: StoredSubmission = {
      ackId: `NAT-${String(sequence).padStart(6, '0')}-${randomUUID().slice(0, 8)}`,
      idempotencyKey: key,
      contentHash: createHash('sha256').update(text).digest('hex'),
      receivedAt: new Date().toISOString(),
      inventoryId: summary.inventoryId,
      version: summary.version,
      replacesVersion: summary.replacesVersion,
      document: summary.document,
    };
    stored.push(submission);
    byKey.set(key, submission);
    saveStore(options.storeFile, stored);
    return submission;
  };

  /** Stores (or recognises) a submission and answers as a real receiver would: 201, 409 for a known key, 422. */
  const receive = (res: http.ServerResponse, key: string, text: string): void => {
    const summary = summarise(text);
    const existing = byKey.get(key);
    if (existing) {
      const hash = createHash('sha256').update(text).digest('hex');
      if (hash !== existing.contentHash) {
        record(key, 'REJECTED');
        return send(res, 422, { error: 'IDEMPOTENCY_KEY_REUSED', message: 'this Idempotency-Key was used for other content' });
      }
      record(key, 'DUPLICATE', existing.ackId);
      return send(res, 409, { status: 'ALREADY_RECEIVED', ackId: existing.ackId });
    }
    if (!summary) {
      record(key, 'REJECTED');
      return send(res, 422, { error: 'INVALID_SUBMISSION', message: 'the body is not a submission document with inventory.id and inventory.version' });
    }
    const problems = submissionProblems(summary.document);
    if (problems.length > 0) {
      record(key, 'REJECTED');
      return send(res, 422, { error: 'SCHEMA_VIOLATION', message: problems.slice(0, 20).join('; '), problems });
    }
    const submission = accept(key, text, summary);
    record(key, 'ACCEPTED', submission.ackId);
    send(res, 201, { status: 'ACCEPTED', ackId: submission.ackId });
  };

  const handleSubmission = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const text = await readBody(req);
    const key = typeof req.headers['idempotency-key'] === 'string' ? req.headers['idempotency-key'] : null;
    if (options.bearerToken && req.headers.authorization !== `Bearer ${options.bearerToken}`) {
      record(key, 'UNAUTHORIZED');
      return send(res, 401, { error: 'UNAUTHORIZED', message: 'missing or wrong bearer token' });
    }
    const failure = nextFailure();
    if (failure) {
      // A slow answer is a real one, recorded with its outcome once it is given.
      if (failure.mode !== 'slow') record(key, `FAILED:${failure.mode}`);
      switch (failure.mode) {
        case 'timeout':
          return; // never answer; the socket closes when the client gives up (or at stop)
        case 'drop':
          req.socket.destroy();
          return;
        case 'accept-then-drop': {
          const summary = summarise(text);
          if (key && summary && !byKey.has(key)) accept(key, text, summary);
          await sleep(failure.delayMs);
          req.socket.destroy();
          return;
        }
        case 'slow':
          await sleep(failure.delayMs);
          break;
        default: {
          const status = Number(failure.mode.slice('error-'.length));
          const headers: Record<string, string> = status === 429 || status === 503 ? { 'retry-after': '0' } : {};
          return send(res, status, { error: failure.mode, message: `simulated HTTP ${status}` }, headers);
        }
      }
    }
    if (!key) {
      record(null, 'REJECTED');
      return send(res, 400, { error: 'IDEMPOTENCY_KEY_REQUIRED', message: 'send an Idempotency-Key header' });
    }
    receive(res, key, text);
  };

  const handleControl = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const body = JSON.parse((await readBody(req)) || '{}') as { mode?: string; count?: number; delayMs?: number };
    if (req.url === '/control/reset') {
      reset();
      return send(res, 200, { ok: true });
    }
    if (!FAILURE_MODES.includes(body.mode as FailureMode)) return send(res, 400, { error: `mode must be one of ${FAILURE_MODES.join(', ')}` });
    failNext(body.mode as FailureMode, body.count ?? 1, body.delayMs);
    send(res, 200, { failures });
  };

  function failNext(mode: FailureMode, count: number, delayMs?: number): void {
    failures.push({ mode, remaining: count, delayMs: delayMs ?? options.defaultDelayMs ?? 2000 });
  }

  function reset(): void {
    stored.length = 0;
    byKey.clear();
    log.length = 0;
    failures.length = 0;
    saveStore(options.storeFile, stored);
  }

  const server = http.createServer((req, res) => {
    const route = `${req.method} ${(req.url ?? '/').split('?')[0]}`;
    const ackMatch = /^GET \/submissions\/([^/]+)$/.exec(route);
    const handled = (async () => {
      if (route === 'POST /submissions') return handleSubmission(req, res);
      if (route === 'GET /submissions')
        return send(
          res,
          200,
          stored.map(({ document: _document, ...rest }) => rest),
        );
      if (ackMatch) {
        const found = stored.find((s) => s.ackId === decodeURIComponent(ackMatch[1]));
        return found ? send(res, 200, { status: 'RECEIVED', detail: null, ...found }) : send(res, 404, { error: 'NOT_FOUND' });
      }
      if (route === 'GET /requests') return send(res, 200, log);
      if (route === 'GET /control') return send(res, 200, { failures });
      if (route === 'POST /control/failures' || route === 'POST /control/reset') return handleControl(req, res);
      send(res, 404, { error: 'NOT_FOUND' });
    })();
    handled.catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, { error: 'SIMULATOR_ERROR', message: String(error) });
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${options.host ?? '127.0.0.1'}:${port}`;
  return {
    url,
    port,
    submissionsUrl: `${url}/submissions`,
    submissions: () => stored.map((s) => ({ ...s })),
    requests: () => log.map((r) => ({ ...r })),
    failNext,
    reset,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
