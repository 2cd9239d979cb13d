// npm run bench:soak — ten minutes of mixed reads and writes against our API as in production, to show
// that memory and connections stay flat and that every accepted write is kept.
//
// The API runs as a child process (`node dist/src/main.js`, NODE_ENV=production, migrations and plan
// data on a fresh database, rate limits counted in Redis, metrics on). Eight connections cycle through
// public reads (task list, node, calculator), a province officer's reads (training events) and writes
// (recordTrainingEvent, each with its own idempotency key). Every SAMPLE_SECONDS the script reads the
// API's /metrics (heap used, RSS, pool) and counts the database's connections. At the end it prints the
// series, the heap's lowest point per minute (what survives garbage collection), a verdict, and the
// accepted writes against the rows in the database.
//
// Environment: BENCH_SOAK_DATABASE_URL (postgres://postgres@127.0.0.1:5432/lowemission_soak_bench;
// dropped and recreated), BENCH_SOAK_SECONDS (600), BENCH_REDIS_URL (redis://127.0.0.1:6379/15; `none`
// counts in process), BENCH_API_NODE (the node binary for our API).
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { BENCH_ADMIN, BENCH_OFFICER, recreateDatabase, splitDatabaseUrl } from './peer-database';
import { freePort } from '../test/helpers/free-port';

const DATABASE_URL = process.env.BENCH_SOAK_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/lowemission_soak_bench';
const SECONDS = Number(process.env.BENCH_SOAK_SECONDS) || 600;
const SAMPLE_SECONDS = 2;
const WARMUP_SECONDS = 60;
const CONNECTIONS = 8;
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/15';
const API_NODE = process.env.BENCH_API_NODE || process.execPath;
const ROOT = path.resolve(__dirname, '..');
const METRICS_TOKEN = randomBytes(24).toString('base64url');
const COMMUNE_CODE = '24175';

interface Sample {
  atS: number;
  heapUsedMb: number;
  rssMb: number;
  poolOpen: number;
  dbConnections: number;
}

type InspectorSocket = {
  onopen: (() => void) | null;
  onmessage: ((event: { data: string }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  send(data: string): void;
  close(): void;
};
// Node 20 has a WebSocket client behind --experimental-websocket (the bench:soak script sets it).
const WebSocketClient = (globalThis as unknown as { WebSocket?: new (url: string) => InspectorSocket }).WebSocket;

/** The API's inspector address, from the line Node prints when it starts listening. */
function inspectorUrl(logFile: string): string {
  const match = /Debugger listening on (ws:\/\/\S+)/.exec(fs.readFileSync(logFile, 'utf8'));
  if (!match) throw new Error(`no inspector address in ${logFile}`);
  return match[1];
}

/** A full garbage collection in the API process (HeapProfiler.collectGarbage over the inspector). */
function collectGarbage(url: string): Promise<void> {
  if (!WebSocketClient) throw new Error('run with node --experimental-websocket (npm run bench:soak does)');
  const socket = new WebSocketClient(url);
  return new Promise<void>((resolve, reject) => {
    socket.onerror = (event) => reject(new Error(`inspector: ${String(event)}`));
    socket.onopen = () => socket.send(JSON.stringify({ id: 1, method: 'HeapProfiler.collectGarbage' }));
    socket.onmessage = (event) => {
      if ((JSON.parse(String(event.data)) as { id?: number }).id === 1) resolve();
    };
  }).finally(() => socket.close());
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function startApi(port: number, logFile: string): Promise<ChildProcess> {
  const out = fs.openSync(logFile, 'a');
  // The inspector (loopback, a free port) lets the soak force a full garbage collection before it reads the heap.
  const child = spawn(API_NODE, ['--inspect=127.0.0.1:0', 'dist/src/main.js'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL,
      JWT_SECRET: randomBytes(32).toString('base64url'),
      ADMIN_EMAIL: BENCH_ADMIN.email,
      ADMIN_PASSWORD: BENCH_ADMIN.password,
      METRICS_TOKEN,
      SYNC_TARGETS: 'none',
      ANONYMOUS_REQUESTS_PER_MINUTE: '1000000',
      USER_REQUESTS_PER_MINUTE: '1000000',
      ...(REDIS_URL === 'none' ? {} : { REDIS_URL }),
    },
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode}; log: ${logFile}`);
    const ready = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    }).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return child;
    await sleep(250);
  }
  throw new Error(`API did not answer within 180 s; log: ${logFile}`);
}

async function graphql<T>(url: string, query: string, variables: object, token?: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

async function signIn(url: string, account: { email: string; password: string }): Promise<string> {
  const { login } = await graphql<{ login: { accessToken: string | null; userErrors: unknown[] } }>(
    url,
    'mutation($input: LoginInput!) { login(input: $input) { accessToken userErrors { field code message } } }',
    { input: account },
  );
  if (!login.accessToken) throw new Error(`login ${account.email}: ${JSON.stringify(login.userErrors)}`);
  return login.accessToken;
}

/** The province officer who writes, created through the API by the bootstrap ADMIN. */
async function officerToken(url: string): Promise<string> {
  const admin = await signIn(url, BENCH_ADMIN);
  await graphql(
    url,
    'mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } userErrors { field code message } } }',
    { input: { ...BENCH_OFFICER, displayName: 'Soak province officer', role: 'PROVINCE_OFFICER' } },
    admin,
  );
  return signIn(url, BENCH_OFFICER);
}

function metric(text: string, name: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name} `) || l.startsWith(`${name}{`));
  return line ? Number(line.split(' ').pop()) : NaN;
}

async function sample(baseUrl: string, db: Client, dbName: string, startedAt: number): Promise<Sample> {
  const text = await fetch(`${baseUrl}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } }).then((r) => r.text());
  const { rows } = await db.query<{ n: string }>('SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [dbName]);
  return {
    atS: Math.round((Date.now() - startedAt) / 1000),
    heapUsedMb: metric(text, 'nodejs_heap_size_used_bytes') / 2 ** 20,
    rssMb: metric(text, 'process_resident_memory_bytes') / 2 ** 20,
    poolOpen: metric(text, 'db_pool_open_connections'),
    dbConnections: Number(rows[0].n),
  };
}

interface Minute {
  minute: number;
  heapAfterGcMb?: number;
  heapFloorMb: number;
  heapPeakMb: number;
  rssMb: number;
  poolOpen: number;
  dbConnections: number;
}

/**
 * One row per minute. The heap's lowest point in a minute is what survived garbage collection, the
 * part that could leak; connections are the most seen in the minute.
 */
function perMinute(samples: Sample[]): Minute[] {
  const minutes = new Map<number, Minute>();
  for (const s of samples) {
    const minute = Math.floor(s.atS / 60);
    const m = minutes.get(minute) ?? { minute, heapFloorMb: Infinity, heapPeakMb: 0, rssMb: 0, poolOpen: 0, dbConnections: 0 };
    m.heapFloorMb = Math.min(m.heapFloorMb, s.heapUsedMb);
    m.heapPeakMb = Math.max(m.heapPeakMb, s.heapUsedMb);
    m.rssMb = s.rssMb;
    m.poolOpen = Math.max(m.poolOpen, s.poolOpen);
    m.dbConnections = Math.max(m.dbConnections, s.dbConnections);
    minutes.set(minute, m);
  }
  return [...minutes.values()];
}

const READ_TASKS = '{ tasks(first: 100) { edges { node { id code title leadAgencies { code } } } } }';
const READ_EVENTS = `query($filter: TrainingEventFilter) { trainingEvents(first: 50, filter: $filter) {
  totalCount edges { node { id title startDate participants { total } administrativeUnit { name } } } } }`;
const CALCULATE = `query($input: CalculationInput!) { calculateEmissions(input: $input) { totalCo2eKg lines { category gas co2eKg } } }`;
const RECORD_EVENT = `mutation($input: RecordTrainingEventInput!) {
  recordTrainingEvent(input: $input) { trainingEvent { id } userErrors { field code message } } }`;
const CALCULATION = {
  factorSet: 'IPCC2019',
  gwp: 'AR5',
  climateZone: 'TROPICAL_MOIST',
  activities: [
    { cropCode: 'COFFEE', areaHa: 1.2, syntheticFertilizers: [{ type: 'UREA', productKg: 500 }], perennial: { standAgeYears: 12 }, yieldTonnes: 3.5 },
    { cropCode: 'PEPPER', areaHa: 0.5, syntheticFertilizers: [{ type: 'UREA', productKg: 200 }], perennial: { standAgeYears: 7 }, yieldTonnes: 1.5 },
  ],
};

async function main(): Promise<void> {
  const { name: dbName, adminUrl } = splitDatabaseUrl(DATABASE_URL);
  await recreateDatabase(DATABASE_URL);
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-soak-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const url = `${baseUrl}/graphql`;
  const logFile = path.join(workDir, 'api.log');
  const api = await startApi(port, logFile);
  const db = new Client({ connectionString: adminUrl });
  await db.connect();
  try {
    const token = await officerToken(url);
    const { tasks } = await graphql<{ tasks: { edges: { node: { id: string } }[] } }>(url, READ_TASKS, {});
    const taskId = tasks.edges[0].node.id;
    const json = { 'content-type': 'application/json' };
    const officer = { ...json, authorization: `Bearer ${token}` };
    let writeNumber = 0;
    let accepted = 0;
    let refused = 0;
    const requests = [
      { method: 'POST', path: '/graphql', headers: json, body: JSON.stringify({ query: READ_TASKS }) },
      { method: 'POST', path: '/graphql', headers: json, body: JSON.stringify({ query: `{ node(id: "${taskId}") { id ... on Task { code title } } }` }) },
      { method: 'POST', path: '/graphql', headers: json, body: JSON.stringify({ query: CALCULATE, variables: { input: CALCULATION } }) },
      {
        method: 'POST',
        path: '/graphql',
        headers: officer,
        body: JSON.stringify({ query: READ_EVENTS, variables: { filter: { administrativeUnitCode: COMMUNE_CODE } } }),
      },
      {
        method: 'POST',
        path: '/graphql',
        headers: officer,
        setupRequest: (request: { body?: string }) => {
          writeNumber += 1;
          const input = {
            idempotencyKey: `soak-${process.pid}-${writeNumber}`,
            administrativeUnitCode: COMMUNE_CODE,
            kind: 'TRAINING',
            title: `Soak training ${writeNumber}`,
            startDate: '2027-03-15',
            topics: ['LOW_EMISSION_CULTIVATION'],
            participants: { total: 20, farmers: 18, women: 9 },
          };
          return { ...request, body: JSON.stringify({ query: RECORD_EVENT, variables: { input } }) };
        },
        onResponse: (status: number, body: string) => {
          const ok =
            status === 200 && (JSON.parse(body) as { data?: { recordTrainingEvent?: { trainingEvent?: unknown } } }).data?.recordTrainingEvent?.trainingEvent;
          if (ok) accepted += 1;
          else refused += 1;
        },
      },
    ];

    const inspector = inspectorUrl(logFile);
    const startedAt = Date.now();
    const samples: Sample[] = [];
    const afterGc = new Map<number, number>(); // minute → heap used right after a full collection
    const gcTimer = setInterval(() => {
      const minute = Math.round((Date.now() - startedAt) / 60_000) - 1; // the minute that just ended
      collectGarbage(inspector)
        .then(() => sample(baseUrl, db, dbName, startedAt))
        .then(
          (s) => afterGc.set(minute, s.heapUsedMb),
          (err) => console.error('forced collection failed', err),
        );
    }, 60_000);
    const sampler = setInterval(() => {
      sample(baseUrl, db, dbName, startedAt).then(
        (s) => samples.push(s),
        (err) => console.error('sample failed', err),
      );
    }, SAMPLE_SECONDS * 1000);
    console.log(`soak: ${SECONDS} s, ${CONNECTIONS} connections, API pid ${api.pid}, log ${logFile}`);
    const result = await autocannon({ url: baseUrl, connections: CONNECTIONS, duration: SECONDS, requests } as autocannon.Options);
    clearInterval(sampler);
    clearInterval(gcTimer);
    await sleep(500); // the last scrape in flight
    const underLoad = samples.filter((s) => s.atS >= WARMUP_SECONDS && s.atS < SECONDS);
    await sleep(15_000); // idle: the pool may close idle connections, the heap settles
    const idle = await sample(baseUrl, db, dbName, startedAt);
    await collectGarbage(inspector);
    const idleAfterGc = await sample(baseUrl, db, dbName, startedAt);

    const minutes = perMinute(underLoad).map((m) => ({ ...m, heapAfterGcMb: afterGc.get(m.minute) }));
    console.log('\n| minute | heap after full GC MB | heap floor MB | heap peak MB | RSS MB (end) | pool open (max) | DB connections (max) |');
    console.log('|---:|---:|---:|---:|---:|---:|---:|');
    for (const m of minutes)
      console.log(
        `| ${m.minute} | ${m.heapAfterGcMb?.toFixed(1) ?? '—'} | ${m.heapFloorMb.toFixed(1)} | ${m.heapPeakMb.toFixed(1)} | ${m.rssMb.toFixed(0)} | ${m.poolOpen} | ${m.dbConnections} |`,
      );
    console.log(
      `after 15 s idle: heap ${idle.heapUsedMb.toFixed(1)} MB (${idleAfterGc.heapUsedMb.toFixed(1)} after a full GC), RSS ${idle.rssMb.toFixed(0)} MB, pool open ${idle.poolOpen}, DB connections ${idle.dbConnections}`,
    );
    const [first, last] = [minutes[0], minutes[minutes.length - 1]];
    const collected = minutes.filter((m) => m.heapAfterGcMb !== undefined);
    const [gcFirst, gcLast] = [collected[0]?.heapAfterGcMb ?? NaN, collected[collected.length - 1]?.heapAfterGcMb ?? NaN];
    const growth = gcLast - gcFirst;
    console.log(
      `heap after full GC, first steady minute → last: ${gcFirst.toFixed(1)} → ${gcLast.toFixed(1)} MB (${growth >= 0 ? '+' : ''}${growth.toFixed(1)} MB)`,
    );
    console.log(`DB connections (max), first steady minute → last: ${first.dbConnections} → ${last.dbConnections}`);
    console.log(
      `requests: ${result.requests.total} (${result.requests.average.toFixed(0)}/s), non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts}; p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`,
    );
    const data = new Client({ connectionString: DATABASE_URL });
    await data.connect();
    const { rows } = await data
      .query<{ n: string }>("SELECT count(*) AS n FROM training_event WHERE title LIKE 'Soak training %' AND deleted_at IS NULL")
      .finally(() => data.end());
    // Writes still in flight when the load stopped may have committed without being counted here.
    const stored = Number(rows[0].n);
    const kept = stored >= accepted && stored <= writeNumber;
    console.log(
      `writes: ${writeNumber} sent, ${accepted} accepted, ${refused} refused; rows stored: ${stored} (${kept ? 'every accepted write kept, none doubled' : 'MISMATCH'})`,
    );
    const flat = growth <= Math.max(5, 0.1 * gcFirst);
    const steadyConnections = last.dbConnections <= first.dbConnections;
    console.log(`verdict: heap ${flat ? 'flat' : 'GROWS'}; connections ${steadyConnections ? 'steady' : 'GROW'}`);
    if (!flat || !steadyConnections || !kept) process.exitCode = 1;
  } finally {
    await db.end();
    api.kill('SIGTERM');
  }
  process.exit(process.exitCode ?? 0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
