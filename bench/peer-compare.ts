// npm run bench:peer — our API against PostGraphile 5 over the same province-scale data (npm run
// bench:seed first), with the same data read through `pg` alone as the floor.
//
// Our API runs as in production: a child process `node dist/src/main.js` (npm run bench:peer builds
// it first) with NODE_ENV=production, authentication, query depth and cost limits, rate limits
// (counters in Redis, BENCH_REDIS_URL) and its JSON request log, written to a file. Only the per-minute
// budgets are raised so that one benchmark address is not refused: anonymous callers 1,000,000 a minute,
// the partner key 100,000 (the most a key may have). The partner key is created for each run through
// the API's createApiKey mutation, as the bench ADMIN (bench:seed made it), and revoked at the end.
// PostGraphile runs as a child process too, on the Node 22 binary bench/peer installs (cd bench/peer &&
// npm ci), with its quick-start settings: no auth, no limits, no request log.
//
// For each read shape: one checked request to each server (the answers must be the same rows), a
// warm-up, then alternating rounds ours / PostGraphile / ours / PostGraphile (autocannon, 8
// connections, BENCH_SECONDS each, default 5), then the floors, run in this process with 8 concurrent
// callers over a pool of 8 connections:
//   - raw SQL: a hand-written query for the same data (one statement, JSON built by PostgreSQL where
//     there is nesting), rows JSON-serialised; for the calculator, the pure engine in-process;
//   - our SQL: the very statements our API sends for one request (captured from an in-process copy of
//     the API), replayed one after the other; for planProgress this is the floor (no hand-written SQL).
// For `typename` and `tasks` it also measures the stack alone (bench/stack-ceiling-server.ts): Apollo
// Server 5 and type-graphql with the same answer from memory and no per-request work of ours, once
// through express 5 as our API mounts it and once on bare node:http. What a request costs there, every
// request of our API costs at least: its ratio to PostGraphile is the most our API could reach.
// The ratios are our req/s divided by the peer's and by raw SQL's: 0.25× means a quarter of the throughput.
//
// Environment: BENCH_DATABASE_URL, BENCH_SECONDS (5), BENCH_WARMUP_SECONDS (2), BENCH_SHAPES (comma-
// separated keys, default all), BENCH_REDIS_URL (redis://127.0.0.1:6379/15; `none` counts in process),
// BENCH_API_NODE (the node binary for our API, default this one), BENCH_KEEP_LOGS=1 keeps the servers' logs,
// BENCH_SHOW_SQL=1 prints the statements captured for each shape.
import 'reflect-metadata';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { fromGlobalId, toGlobalId } from 'graphql-relay';
import { Client, Pool, PoolClient } from 'pg';
import { loadConfig } from '../src/config';
import { DEFAULT_PAGE_SIZE } from '../src/core/relay/pagination';
import { ActivityData, builtInFactorSet, calculateEmissions } from '../src/modules/emissions/engine';
import { createLogger } from '../src/server/logger';
import { createRateLimitStore } from '../src/server/rate-limit/rate-limit-store';
import { createApi } from '../src/app';
import { BENCH_ADMIN, BENCH_DATABASE_URL, countRows } from './peer-database';
import { freePort } from '../test/helpers/free-port';

const SECONDS = Number(process.env.BENCH_SECONDS) || 5;
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS) || 2;
const CONNECTIONS = 8;
const ONLY = process.env.BENCH_SHAPES ? process.env.BENCH_SHAPES.split(',').map((s) => s.trim()) : null;
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/15';
const API_NODE = process.env.BENCH_API_NODE || process.execPath;
const ROOT = path.resolve(__dirname, '..');
const PEER_DIR = path.join(ROOT, 'bench', 'peer');
const PEER_NODE = path.join(PEER_DIR, 'node_modules', '.bin', 'node');
const YEAR = 2030;
const COMMUNE_CODE = '24175';
/** The stack alone (bench/stack-ceiling-server.ts), measured beside our API for the shapes with `ceiling`. */
const CEILING_STACKS = [
  { stack: 'express5', name: 'Apollo+express' },
  { stack: 'node-http', name: 'Apollo+node' },
] as const;

// Our API's settings, shared by the child process and the in-process copy that captures its SQL.
const JWT_SECRET = randomBytes(32).toString('base64url');
const API_ENV: Record<string, string> = {
  NODE_ENV: 'production',
  JWT_SECRET,
  ADMIN_EMAIL: BENCH_ADMIN.email,
  ADMIN_PASSWORD: BENCH_ADMIN.password,
  ANONYMOUS_REQUESTS_PER_MINUTE: '1000000',
  USER_REQUESTS_PER_MINUTE: '1000000',
  ...(REDIS_URL === 'none' ? {} : { REDIS_URL }),
};

// ---------------------------------------------------------------------------------------------------
// Child processes

interface Server {
  name: string;
  child: ChildProcess;
  url: string;
  logFile: string;
}

const servers: Server[] = [];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function tail(file: string, lines = 15): string {
  return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

async function startServer(name: string, command: string, args: string[], cwd: string, env: Record<string, string>, logFile: string): Promise<Server> {
  const port = await freePort();
  const out = fs.openSync(logFile, 'a');
  const child = spawn(command, args, {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env, PORT: String(port) },
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  const server: Server = { name, child, url: `http://127.0.0.1:${port}/graphql`, logFile };
  servers.push(server);
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${tail(logFile)}`);
    const ready = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    }).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return server;
    await sleep(250);
  }
  throw new Error(`${name} did not answer within 180 s:\n${tail(logFile)}`);
}

async function stopServer(server: Server): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

process.on('exit', () => {
  for (const server of servers) if (server.child.exitCode === null) server.child.kill('SIGKILL');
});

function rssMb(server: Server): number {
  const status = fs.readFileSync(`/proc/${server.child.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) / 1024;
}

/** The SQL statements our API logged for its latest GraphQL operation. */
function lastLoggedStatements(logFile: string): number | null {
  const lines = fs.readFileSync(logFile, 'utf8').trimEnd().split('\n').reverse();
  for (const line of lines) {
    if (!line.includes('"graphql operation"')) continue;
    try {
      return (JSON.parse(line) as { sqlStatements: number | null }).sqlStatements;
    } catch {
      return null;
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------
// GraphQL over HTTP

interface Request {
  query: string;
  variables?: Record<string, unknown>;
  headers?: Record<string, string>;
}

interface Answer {
  status: number;
  bytes: number;
  data: Record<string, unknown> | null;
  errors: unknown[] | null;
}

async function post(url: string, request: Request): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...request.headers },
    body: JSON.stringify({ query: request.query, variables: request.variables }),
  });
  const text = await response.text();
  const body = JSON.parse(text) as { data?: Record<string, unknown>; errors?: unknown[] };
  return { status: response.status, bytes: Buffer.byteLength(text), data: body.data ?? null, errors: body.errors ?? null };
}

async function data<T>(url: string, request: Request): Promise<T> {
  const answer = await post(url, request);
  if (answer.status !== 200 || answer.errors) throw new Error(`${url}: HTTP ${answer.status} ${JSON.stringify(answer.errors)}`);
  return answer.data as T;
}

// ---------------------------------------------------------------------------------------------------
// Measuring

interface Round {
  rps: number;
  p50: number;
  p99: number;
  failures: number;
}

async function loadServer(url: string, request: Request, seconds: number): Promise<Round> {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...request.headers },
    body: JSON.stringify({ query: request.query, variables: request.variables }),
    connections: CONNECTIONS,
    duration: seconds,
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, failures: result.non2xx + result.errors + result.timeouts };
}

/** CONNECTIONS callers, each on its own connection, running `op` back to back for `seconds`. */
async function loadFloor(pool: Pool, op: (client: PoolClient) => Promise<void>, seconds: number): Promise<Round> {
  const latencies: number[] = [];
  let failures = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      const client = await pool.connect();
      try {
        while (performance.now() < deadline) {
          const t = performance.now();
          try {
            await op(client);
            latencies.push(performance.now() - t);
          } catch {
            failures += 1;
          }
        }
      } finally {
        client.release();
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return { rps: latencies.length / ((performance.now() - started) / 1000), p50: at(0.5), p99: at(0.99), failures };
}

const mean = (rounds: Round[]): Round => ({
  rps: rounds.reduce((s, r) => s + r.rps, 0) / rounds.length,
  p50: rounds.reduce((s, r) => s + r.p50, 0) / rounds.length,
  p99: rounds.reduce((s, r) => s + r.p99, 0) / rounds.length,
  failures: rounds.reduce((s, r) => s + r.failures, 0),
});

// ---------------------------------------------------------------------------------------------------
// Capturing the SQL our API sends for one request (an in-process copy of the API, same settings)

interface Statement {
  text: string;
  values: unknown[] | undefined;
}

type QueryFn = (this: Client, ...args: unknown[]) => unknown;
const clientPrototype = Client.prototype as unknown as { query: QueryFn };
const originalQuery = clientPrototype.query;
let capturing: Statement[] | null = null;
clientPrototype.query = function (this: Client, ...args: unknown[]) {
  if (capturing) {
    const [first, second] = args;
    const config = typeof first === 'string' ? { text: first, values: Array.isArray(second) ? second : undefined } : (first as Statement);
    capturing.push({ text: config.text, values: config.values });
  }
  return originalQuery.apply(this, args);
};

async function startCaptureCopy() {
  const config = loadConfig({ ...API_ENV, SYNC_TARGETS: 'none', REDIS_URL: '' });
  const api = createApi(config, {});
  const dataSource = api.createDataSource(BENCH_DATABASE_URL, 2);
  await dataSource.initialize();
  const rateLimits = createRateLimitStore({});
  const app = await api.createApp({
    dataSource,
    logger: createLogger('silent'),
    runtime: api.runtime(rateLimits),
    exposeErrorDetails: false,
    limits: { ...config.limits, defaultPageSize: DEFAULT_PAGE_SIZE },
  });
  const port = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}/graphql`;
  return {
    async capture(request: Request): Promise<Statement[]> {
      capturing = [];
      try {
        await data(url, request);
        return capturing;
      } finally {
        capturing = null;
      }
    },
    async stop() {
      await app.stop();
      await rateLimits.close();
      await dataSource.destroy();
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// The shapes

interface Shape {
  key: string;
  title: string;
  ours: Request;
  peer: Request | null;
  /** The floor: hand-written SQL, or the engine; null when our captured SQL is the floor. */
  floor: { label: string; op: (client: PoolClient) => Promise<void> } | null;
  /** Whether our captured SQL is replayed (shapes that read the database). */
  replay: boolean;
  /** Whether the stack alone (bench/stack-ceiling-server.ts) answers `ours` too. */
  ceiling?: true;
  /** Why the rows may differ, when they can. */
  difference?: string;
  /** Row identities in each answer, to check that both servers answer with the same data. */
  rows: { ours: (data: never) => string[]; peer: (data: never) => string[] };
}

interface Context {
  partnerKey: string;
  /** The bench ADMIN's access token (a signed-in officer's request reads the user on every request). */
  accessToken: string;
  communeId: string;
  inventoryId: string;
  peerInventoryNodeId: string;
  feedSince: string;
  peerFeedCursor: string | null;
}

/** Our global IDs are base64("Type:uuid"); PostGraphile's base64('["Type","uuid"]'). */
const ourUuid = (id: string) => fromGlobalId(id).id;
const peerUuid = (id: string) => (JSON.parse(Buffer.from(id, 'base64').toString('utf8')) as string[])[1];
type Edges<T> = { edges: { node: T }[] };
type Nodes<T> = { nodes: T[] };

const sql =
  (text: string, values: unknown[] = []) =>
  async (client: PoolClient): Promise<void> => {
    JSON.stringify((await client.query(text, values)).rows);
  };

// Activities of a cooperative's calculator session: one of each crop of the catalogue, rice as in
// bench/emissions.bench.ts (every category).
const RICE: ActivityData = {
  cropCode: 'RICE',
  areaHa: 2,
  syntheticFertilizers: [{ type: 'UREA', productKg: 300 }],
  organicNitrogenKg: 20,
  rice: {
    waterRegime: 'MULTIPLE_DRAINAGE',
    preSeason: 'NON_FLOODED_SHORT',
    cultivationDays: 100,
    organicAmendments: [{ type: 'STRAW_SHORT', tonnesPerHa: 2 }],
  },
  residueBurning: { dryMatterTonnesPerHa: 5, fractionBurned: 0.3 },
  energy: { dieselLitres: 40, dieselUse: 'OFF_ROAD', electricityKwh: 300 },
  yieldTonnes: 12,
};
const CROP_MIX: ActivityData[] = [
  RICE,
  { cropCode: 'MAIZE', areaHa: 1.5, syntheticFertilizers: [{ type: 'UREA', productKg: 400 }], residueNitrogenKg: 30, yieldTonnes: 8 },
  { cropCode: 'CASSAVA', areaHa: 1, syntheticFertilizers: [{ type: 'OTHER', productKg: 400, nitrogenFraction: 0.16 }], yieldTonnes: 20 },
  {
    cropCode: 'SUGARCANE',
    areaHa: 2,
    syntheticFertilizers: [{ type: 'UREA', productKg: 700 }],
    residueBurning: { dryMatterTonnesPerHa: 8, fractionBurned: 0.5 },
    yieldTonnes: 120,
  },
  {
    cropCode: 'COFFEE',
    areaHa: 1.2,
    syntheticFertilizers: [{ type: 'UREA', productKg: 500 }],
    lime: [{ type: 'LIMESTONE', amountKg: 500 }],
    perennial: { standAgeYears: 12 },
    energy: { dieselLitres: 50, dieselUse: 'STATIONARY', electricityKwh: 1000 },
    yieldTonnes: 3.5,
  },
  {
    cropCode: 'PEPPER',
    areaHa: 0.5,
    syntheticFertilizers: [{ type: 'UREA', productKg: 200 }],
    organicNitrogenKg: 30,
    perennial: { standAgeYears: 7 },
    yieldTonnes: 1.5,
  },
  { cropCode: 'DURIAN', areaHa: 1, syntheticFertilizers: [{ type: 'AMMONIUM_BASED', productKg: 700 }], perennial: { standAgeYears: 5 }, yieldTonnes: 14 },
  { cropCode: 'OTHER_ANNUAL', areaHa: 0.8, syntheticFertilizers: [{ type: 'UREA', productKg: 150 }], yieldTonnes: 7 },
  { cropCode: 'OTHER_PERENNIAL', areaHa: 2, syntheticFertilizers: [{ type: 'UREA', productKg: 400 }], perennial: { standAgeYears: 20, removedAreaHa: 0.1 } },
];
const calculationInput = (n: number) => ({
  factorSet: 'IPCC2019',
  gwp: 'AR5',
  climateZone: 'TROPICAL_MOIST',
  activities: n === 1 ? [RICE] : Array.from({ length: n }, (_, i) => CROP_MIX[i % CROP_MIX.length]),
});
const CALCULATE = `query Calculate($input: CalculationInput!) {
  calculateEmissions(input: $input) { totalCo2eKg emissionsCo2eKg removalsCo2eKg indirectEnergyCo2eKg lines { category gas kind co2eKg activityIndex } }
}`;
const IPCC2019 = builtInFactorSet('IPCC2019');

function calculatorShape(n: number): Shape {
  const input = calculationInput(n);
  return {
    key: `calc-${n}`,
    title: `calculateEmissions, ${n} ${n === 1 ? 'activity' : 'activities'} (public; no peer: the floor is the engine in-process)`,
    ours: { query: CALCULATE, variables: { input } },
    peer: null,
    floor: {
      label: 'engine',
      op: async () => {
        const result = calculateEmissions({
          factorSet: IPCC2019,
          gwpSet: 'AR5',
          climateZone: 'TROPICAL_MOIST',
          activities: input.activities,
        });
        JSON.stringify({
          ...result,
          lines: result.lines.map((l) => ({ category: l.category, gas: l.gas, kind: l.kind, co2eKg: l.co2eKg, activityIndex: l.activityIndex })),
        });
      },
    },
    replay: false,
    rows: {
      ours: (d: { calculateEmissions: { lines: unknown[] } }) => d.calculateEmissions.lines.map((_, i) => String(i)),
      peer: () => [],
    },
  };
}

function shapes(ctx: Context): Shape[] {
  const partner = { 'x-api-key': ctx.partnerKey };
  type Task = { code: string; leadAgencies?: { code: string }[]; targets?: { metric: string }[] };
  type PeerTask = { code: string; taskAgenciesByTaskId?: Nodes<{ agencyByAgencyId: { code: string } }>; targetsByTaskId?: Nodes<{ metric: string }> };
  const taskRows = (t: Task) => [
    t.code,
    ...(t.leadAgencies ?? []).map((a) => `${t.code}/lead/${a.code}`),
    ...(t.targets ?? []).map((g) => `${t.code}/target/${g.metric}`),
  ];
  const peerTaskRows = (t: PeerTask) => [
    t.code,
    ...(t.taskAgenciesByTaskId?.nodes ?? []).map((a) => `${t.code}/lead/${a.agencyByAgencyId.code}`),
    ...(t.targetsByTaskId?.nodes ?? []).map((g) => `${t.code}/target/${g.metric}`),
  ];
  return [
    {
      key: 'typename',
      title: 'fixed cost of a request: { __typename } (public; no data, no floor)',
      ours: { query: '{ __typename }' },
      peer: { query: '{ __typename }' },
      ceiling: true,
      floor: null,
      replay: false,
      rows: { ours: () => [], peer: () => [] },
    },
    {
      key: 'typename-signed-in',
      title: 'fixed cost of a signed-in request: { __typename } with a bearer token (token checked, user read)',
      ours: { query: '{ __typename }', headers: { authorization: `Bearer ${ctx.accessToken}` } },
      peer: { query: '{ __typename }' },
      floor: null,
      replay: false,
      rows: { ours: () => [], peer: () => [] },
    },
    {
      key: 'tasks',
      title: 'public list: tasks(first: 100) { code title }',
      ours: { query: '{ tasks(first: 100) { edges { node { code title } } } }' },
      peer: { query: '{ allTasks(first: 100, orderBy: [ORDINAL_ASC]) { nodes { code title } } }' },
      ceiling: true,
      floor: { label: 'raw SQL', op: sql('SELECT code, title FROM task ORDER BY ordinal LIMIT 100') },
      replay: true,
      rows: {
        ours: (d: { tasks: Edges<Task> }) => d.tasks.edges.map((e) => e.node.code),
        peer: (d: { allTasks: Nodes<PeerTask> }) => d.allTasks.nodes.map((n) => n.code),
      },
    },
    {
      key: 'tasks-nested',
      title: 'nested list: tasks(first: 100) with lead agencies and targets',
      ours: {
        query: '{ tasks(first: 100) { edges { node { code title leadAgencies { code name } targets { metric unit minValue maxValue per } } } } }',
      },
      peer: {
        query: `{ allTasks(first: 100, orderBy: [ORDINAL_ASC]) { nodes { code title
          taskAgenciesByTaskId(condition: { role: LEAD }) { nodes { agencyByAgencyId { code name } } }
          targetsByTaskId { nodes { metric unit minValue maxValue per } } } } }`,
      },
      floor: {
        label: 'raw SQL',
        op: sql(`SELECT t.code, t.title,
            (SELECT coalesce(json_agg(json_build_object('code', a.code, 'name', a.name) ORDER BY ta.position), '[]')
               FROM task_agency ta JOIN agency a ON a.id = ta.agency_id WHERE ta.task_id = t.id AND ta.role = 'LEAD') AS lead_agencies,
            (SELECT coalesce(json_agg(json_build_object('metric', g.metric, 'unit', g.unit, 'minValue', g.min_value, 'maxValue', g.max_value, 'per', g.per)
                    ORDER BY g.metric), '[]') FROM target g WHERE g.task_id = t.id) AS targets
          FROM task t ORDER BY t.ordinal LIMIT 100`),
      },
      replay: true,
      rows: {
        ours: (d: { tasks: Edges<Task> }) => d.tasks.edges.flatMap((e) => taskRows(e.node)),
        peer: (d: { allTasks: Nodes<PeerTask> }) => d.allTasks.nodes.flatMap(peerTaskRows),
      },
    },
    {
      key: 'commune-events',
      title: `commune list as a partner key: trainingEvents(first: 100, filter: { administrativeUnitCode: "${COMMUNE_CODE}" }) with the unit's name`,
      ours: {
        query: `query CommuneEvents($code: String!) { trainingEvents(first: 100, filter: { administrativeUnitCode: $code }) {
          edges { node { id title kind startDate administrativeUnit { name } } } } }`,
        variables: { code: COMMUNE_CODE },
        headers: partner,
      },
      peer: {
        query: `query CommuneEvents($unit: UUID!) { allTrainingEvents(first: 100, condition: { administrativeUnitId: $unit }, orderBy: [START_DATE_DESC, PRIMARY_KEY_DESC]) {
          nodes { id title kind startDate administrativeUnitByAdministrativeUnitId { name } } } }`,
        variables: { unit: ctx.communeId },
      },
      floor: {
        label: 'raw SQL',
        op: sql(
          `SELECT e.id, e.title, e.kind, e.start_date, u.name FROM training_event e JOIN administrative_unit u ON u.id = e.administrative_unit_id
            WHERE u.code = $1 AND e.deleted_at IS NULL ORDER BY e.start_date DESC, e.id DESC LIMIT 100`,
          [COMMUNE_CODE],
        ),
      },
      replay: true,
      difference: 'PostGraphile lists tombstones too: amber offers conditions on indexed columns only, and deleted_at has no index',
      rows: {
        ours: (d: { trainingEvents: Edges<{ id: string }> }) => d.trainingEvents.edges.map((e) => ourUuid(e.node.id)),
        peer: (d: { allTrainingEvents: Nodes<{ id: string }> }) => d.allTrainingEvents.nodes.map((n) => peerUuid(n.id)),
      },
    },
    {
      key: 'change-feed',
      title: 'offline change feed as a partner key: trainingEvents(updatedSince: <mid-feed>, first: 100)',
      ours: {
        query: `query Sync($since: DateTimeISO!) { trainingEvents(first: 100, updatedSince: $since) {
          syncWatermark pageInfo { hasNextPage endCursor } edges { node { id version deletedAt title startDate participants { total women } } } } }`,
        variables: { since: ctx.feedSince },
        headers: partner,
      },
      peer: {
        // PostGraphile's conditions are equalities: the same page is the one after the cursor of the
        // last change before the instant, in updated_at order.
        query: `query Sync($after: Cursor) { allTrainingEvents(first: 100, after: $after, orderBy: [UPDATED_AT_ASC, PRIMARY_KEY_ASC]) {
          pageInfo { hasNextPage endCursor } nodes { id version deletedAt title startDate participantsTotal participantsWomen } } }`,
        variables: { after: ctx.peerFeedCursor },
      },
      floor: {
        label: 'raw SQL',
        op: sql(
          `SELECT id, version, deleted_at, title, start_date, participants_total, participants_women, updated_at
             FROM training_event WHERE updated_at >= $1 ORDER BY updated_at, id LIMIT 101`,
          [ctx.feedSince],
        ),
      },
      replay: true,
      rows: {
        ours: (d: { trainingEvents: Edges<{ id: string }> }) => d.trainingEvents.edges.map((e) => ourUuid(e.node.id)),
        peer: (d: { allTrainingEvents: Nodes<{ id: string }> }) => d.allTrainingEvents.nodes.map((n) => peerUuid(n.id)),
      },
    },
    {
      key: 'node',
      title: `node(id) of a verified commune inventory (public)`,
      ours: {
        query: 'query Node($id: ID!) { node(id: $id) { id ... on EmissionInventory { year version status totalCo2eKg } } }',
        variables: { id: toGlobalId('EmissionInventory', ctx.inventoryId) },
      },
      peer: {
        query: 'query Node($id: ID!) { node(id: $id) { id ... on EmissionInventory { year version status totalCo2EKg } } }',
        variables: { id: ctx.peerInventoryNodeId },
      },
      floor: { label: 'raw SQL', op: sql('SELECT id, year, version, status, total_co2e_kg FROM emission_inventory WHERE id = $1', [ctx.inventoryId]) },
      replay: true,
      rows: {
        ours: (d: { node: { id: string } | null }) => (d.node ? [ourUuid(d.node.id)] : []),
        peer: (d: { node: { id: string } | null }) => (d.node ? [peerUuid(d.node.id)] : []),
      },
    },
    calculatorShape(1),
    calculatorShape(100),
    {
      key: 'plan-progress',
      title: `planProgress(year: ${YEAR}) as a partner key (no peer: the floor is our own SQL replayed)`,
      ours: {
        query: `query Progress($year: Int!) { planProgress(year: $year) { year sections { code tasks {
          task { code } status budget { approvedVnd disbursedVnd } missingReports { code }
          targets { target { metric } actual goal comparison source fromYear toYear } } } } }`,
        variables: { year: YEAR },
        headers: partner,
      },
      peer: null,
      floor: null,
      replay: true,
      rows: {
        ours: (d: { planProgress: { sections: { tasks: { task: { code: string } }[] }[] } }) =>
          d.planProgress.sections.flatMap((s) => s.tasks.map((t) => t.task.code)),
        peer: () => [],
      },
    },
    {
      key: 'provincial-inventory',
      title: `provincial inventory of ${YEAR} with its lines by category (public)`,
      ours: {
        query: `query Provincial($year: Int!) { provincialInventories(first: 1, filter: { year: $year, status: VERIFIED }) {
          edges { node { year version totalCo2eKg lines { category categoryName gas kind massKg co2eKg } } } } }`,
        variables: { year: YEAR },
      },
      peer: {
        query: `query Provincial($year: Int!) { allProvincialInventories(first: 1, condition: { year: $year }) {
          nodes { year version totalCo2EKg provincialInventoryLinesByInventoryId(orderBy: [LINE_NO_ASC]) { nodes { category categoryName gas kind massKg co2EKg } } } } }`,
        variables: { year: YEAR },
      },
      floor: {
        label: 'raw SQL',
        op: sql(
          `SELECT p.year, p.version, p.total_co2e_kg,
             (SELECT json_agg(json_build_object('category', l.category, 'categoryName', l.category_name, 'gas', l.gas, 'kind', l.kind,
                     'massKg', l.mass_kg, 'co2eKg', l.co2e_kg) ORDER BY l.line_no)
                FROM provincial_inventory_line l WHERE l.inventory_id = p.id) AS lines
           FROM provincial_inventory p WHERE p.year = $1 AND p.status = 'VERIFIED'`,
          [YEAR],
        ),
      },
      replay: true,
      rows: {
        ours: (d: { provincialInventories: Edges<{ lines: { category: string; gas: string; kind: string }[] }> }) =>
          d.provincialInventories.edges.flatMap((e) => e.node.lines.map((l) => `${l.category}/${l.gas}/${l.kind}`)),
        peer: (d: { allProvincialInventories: Nodes<{ provincialInventoryLinesByInventoryId: Nodes<{ category: string; gas: string; kind: string }> }> }) =>
          d.allProvincialInventories.nodes.flatMap((n) => n.provincialInventoryLinesByInventoryId.nodes.map((l) => `${l.category}/${l.gas}/${l.kind}`)),
      },
    },
  ];
}

// ---------------------------------------------------------------------------------------------------

interface Result {
  shape: Shape;
  ours: Round;
  oursRounds: Round[];
  peer: Round | null;
  peerRounds: Round[];
  /** The stack alone, through express 5 and on node:http (shapes with `ceiling`). */
  ceilings: { name: string; round: Round }[];
  floor: Round | null;
  replayed: Round | null;
  /** SQL statements per request: as our server logged them, and as captured from the in-process copy. */
  statements: number | null;
  captured: number | null;
  ourBytes: number;
  peerBytes: number | null;
  sameRows: string;
  ourRss: number;
  peerRss: number;
}

const fmt = (value: number | undefined | null, digits = 0) => (value === undefined || value === null || Number.isNaN(value) ? '—' : value.toFixed(digits));
const ratio = (a: number, b: number | undefined | null) => (b ? `${(a / b).toFixed(2)}×` : '—');

function compareRows(ours: string[], peer: string[]): string {
  const a = new Set(ours);
  const b = new Set(peer);
  const onlyOurs = [...a].filter((x) => !b.has(x)).length;
  const onlyPeer = [...b].filter((x) => !a.has(x)).length;
  if (onlyOurs === 0 && onlyPeer === 0) return `same ${a.size} rows`;
  return `${a.size} vs ${b.size} rows, ${onlyOurs} only in ours, ${onlyPeer} only in PostGraphile`;
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(ROOT, 'dist/src/main.js'))) throw new Error('dist/src/main.js is missing: run npm run build (npm run bench:peer does)');
  if (!fs.existsSync(PEER_NODE)) throw new Error('bench/peer is not installed: run (cd bench/peer && npm ci)');
  const db = new Client({ connectionString: BENCH_DATABASE_URL });
  await db.connect().catch((error: Error) => {
    throw new Error(`cannot open the bench database (${error.message}): run npm run bench:seed first`);
  });
  const counts: Record<string, number> = await countRows(db).catch(() => ({}));
  if (!counts.emission_inventory) throw new Error('the bench database has no inventories: run npm run bench:seed first');

  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lowemission-bench-peer-'));
  const version = (binary: string) => execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
  const peerVersion = (JSON.parse(fs.readFileSync(path.join(PEER_DIR, 'node_modules/postgraphile/package.json'), 'utf8')) as { version: string }).version;
  const pgVersion = (await db.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version;
  console.log(`bench:peer ${new Date().toISOString()}`);
  console.log(
    `machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log(
    `our API: Node ${version(API_NODE)} (dist/src/main.js, NODE_ENV=production, rate-limit counters ${REDIS_URL === 'none' ? 'in process' : `in ${REDIS_URL}`})`,
  );
  console.log(
    `PostGraphile ${peerVersion} (amber preset): Node ${version(PEER_NODE)}; PostgreSQL ${pgVersion}; the floors: Node ${process.version} (this process)`,
  );
  console.log(
    `data: ${Object.entries(counts)
      .map(([t, n]) => `${t} ${n}`)
      .join(', ')}`,
  );
  console.log(`${CONNECTIONS} connections, ${WARMUP_SECONDS} s warm-up, ${SECONDS} s rounds, ours and PostGraphile alternating; logs in ${workDir}`);

  const ours = await startServer(
    'our API',
    API_NODE,
    [path.join(ROOT, 'dist/src/main.js')],
    ROOT,
    {
      ...API_ENV,
      DATABASE_URL: BENCH_DATABASE_URL,
      DATA_DIR: path.join(workDir, 'api-data'),
    },
    path.join(workDir, 'api.log'),
  );
  const peer = await startServer(
    'PostGraphile',
    PEER_NODE,
    [path.join(PEER_DIR, 'postgraphile-server.mjs')],
    PEER_DIR,
    {
      DATABASE_URL: BENCH_DATABASE_URL,
      GRAPHILE_ENV: 'production',
    },
    path.join(workDir, 'postgraphile.log'),
  );
  const ceilings = await Promise.all(
    CEILING_STACKS.map(({ stack, name }) =>
      startServer(
        name,
        process.execPath,
        ['-r', 'ts-node/register/transpile-only', path.join(ROOT, 'bench/stack-ceiling-server.ts')],
        ROOT,
        { DATABASE_URL: BENCH_DATABASE_URL, STACK: stack, NODE_ENV: 'production' },
        path.join(workDir, `ceiling-${stack}.log`),
      ),
    ),
  );
  console.log(`RSS at start: our API ${fmt(rssMb(ours))} MB, PostGraphile ${fmt(rssMb(peer))} MB\n`);
  const capture = await startCaptureCopy();
  const pool = new Pool({ connectionString: BENCH_DATABASE_URL, max: CONNECTIONS });

  // A partner key for this run, through the API, as the bench ADMIN.
  const { login } = await data<{ login: { accessToken: string } }>(ours.url, {
    query: 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
    variables: { input: BENCH_ADMIN },
  });
  const admin = { authorization: `Bearer ${login.accessToken}` };
  const { createApiKey } = await data<{ createApiKey: { apiKey: { id: string }; secret: string } }>(ours.url, {
    query: 'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } secret userErrors { field code message } } }',
    variables: {
      input: {
        name: `bench:peer ${new Date().toISOString()}`,
        partnerName: 'Benchmark partner',
        scopes: ['trainings:read', 'progress:read'],
        administrativeUnitCodes: [COMMUNE_CODE],
        rateLimitPerMinute: 100_000,
      },
    },
    headers: admin,
  });

  try {
    const [commune] = (await db.query<{ id: string }>('SELECT id FROM administrative_unit WHERE code = $1', [COMMUNE_CODE])).rows;
    const [inventory] = (
      await db.query<{ id: string }>(`SELECT id FROM emission_inventory WHERE administrative_unit_id = $1 AND year = $2 AND status = 'VERIFIED'`, [
        commune.id,
        YEAR,
      ])
    ).rows;
    const peerInventory = await data<{ allEmissionInventories: Nodes<{ id: string }> }>(peer.url, {
      query: 'query($id: UUID!) { allEmissionInventories(condition: { rowId: $id }) { nodes { id } } }',
      variables: { id: inventory.id },
    });
    // The feed from the middle of the changes: the instant of the change ranked half-way.
    const middle = Math.floor((counts.training_event ?? 0) / 2);
    const [since] = (await db.query<{ updated_at: Date }>('SELECT updated_at FROM training_event ORDER BY updated_at, id OFFSET $1 LIMIT 1', [middle])).rows;
    const [{ before }] = (await db.query<{ before: string }>('SELECT count(*) AS before FROM training_event WHERE updated_at < $1', [since.updated_at])).rows;
    const cursor =
      Number(before) === 0
        ? null
        : (
            await data<{ allTrainingEvents: { edges: { cursor: string }[] } }>(peer.url, {
              query: 'query($offset: Int!) { allTrainingEvents(first: 1, offset: $offset, orderBy: [UPDATED_AT_ASC, PRIMARY_KEY_ASC]) { edges { cursor } } }',
              variables: { offset: Number(before) - 1 },
            })
          ).allTrainingEvents.edges[0].cursor;
    const context: Context = {
      partnerKey: createApiKey.secret,
      accessToken: login.accessToken,
      communeId: commune.id,
      inventoryId: inventory.id,
      peerInventoryNodeId: peerInventory.allEmissionInventories.nodes[0].id,
      feedSince: since.updated_at.toISOString(),
      peerFeedCursor: cursor,
    };

    const results: Result[] = [];
    for (const shape of shapes(context).filter((s) => !ONLY || ONLY.includes(s.key))) {
      console.log(`── ${shape.key}: ${shape.title}`);
      // Checked requests: HTTP 200, no errors, the same rows. Ours twice, so that the statements its
      // log counts are those of a request like the measured ones (a key's first request also records
      // its lastUsedAt, at most once a minute).
      let ourAnswer = await post(ours.url, shape.ours);
      ourAnswer = await post(ours.url, shape.ours);
      if (ourAnswer.status !== 200 || ourAnswer.errors) throw new Error(`our API: HTTP ${ourAnswer.status} ${JSON.stringify(ourAnswer.errors)}`);
      await sleep(100); // the log line is written after the answer
      const statements = lastLoggedStatements(ours.logFile);
      let peerAnswer: Answer | null = null;
      let sameRows = '';
      if (shape.peer) {
        peerAnswer = await post(peer.url, shape.peer);
        if (peerAnswer.status !== 200 || peerAnswer.errors) throw new Error(`PostGraphile: HTTP ${peerAnswer.status} ${JSON.stringify(peerAnswer.errors)}`);
        sameRows = compareRows(shape.rows.ours(ourAnswer.data as never), shape.rows.peer(peerAnswer.data as never));
        if (!sameRows.startsWith('same') && shape.difference) sameRows += ` (${shape.difference})`;
      } else {
        sameRows = `${shape.rows.ours(ourAnswer.data as never).length} rows`;
      }
      const captured = shape.replay ? await capture.capture(shape.ours) : [];
      if (process.env.BENCH_SHOW_SQL) for (const st of captured) console.log(`   SQL: ${st.text.replace(/\s+/g, ' ').slice(0, 400)}`);

      const shapeCeilings = shape.ceiling ? ceilings : [];
      for (const ceiling of shapeCeilings) {
        const answer = await post(ceiling.url, shape.ours);
        if (JSON.stringify(answer.data) !== JSON.stringify(ourAnswer.data)) throw new Error(`${ceiling.name} does not answer as our API does`);
      }
      await loadServer(ours.url, shape.ours, WARMUP_SECONDS);
      if (shape.peer) await loadServer(peer.url, shape.peer, WARMUP_SECONDS);
      for (const ceiling of shapeCeilings) await loadServer(ceiling.url, shape.ours, WARMUP_SECONDS);
      const oursRounds: Round[] = [];
      const peerRounds: Round[] = [];
      const ceilingRounds = shapeCeilings.map((): Round[] => []);
      for (let round = 0; round < 2; round++) {
        oursRounds.push(await loadServer(ours.url, shape.ours, SECONDS));
        if (shape.peer) peerRounds.push(await loadServer(peer.url, shape.peer, SECONDS));
        for (const [i, ceiling] of shapeCeilings.entries()) ceilingRounds[i].push(await loadServer(ceiling.url, shape.ours, SECONDS));
      }
      const ourRss = rssMb(ours);
      const peerRss = rssMb(peer);
      let floor: Round | null = null;
      if (shape.floor) {
        await loadFloor(pool, shape.floor.op, WARMUP_SECONDS / 2);
        floor = await loadFloor(pool, shape.floor.op, SECONDS);
      }
      let replayed: Round | null = null;
      if (captured.length > 0) {
        const replay = async (client: PoolClient) => {
          for (const statement of captured) await client.query(statement.text, statement.values);
        };
        await loadFloor(pool, replay, WARMUP_SECONDS / 2);
        replayed = await loadFloor(pool, replay, SECONDS);
      }
      const result: Result = {
        shape,
        ours: mean(oursRounds),
        oursRounds,
        peer: shape.peer ? mean(peerRounds) : null,
        peerRounds,
        ceilings: shapeCeilings.map((ceiling, i) => ({ name: ceiling.name, round: mean(ceilingRounds[i]) })),
        floor,
        replayed,
        statements: statements ?? (captured.length || null),
        captured: shape.replay ? captured.length : null,
        ourBytes: ourAnswer.bytes,
        peerBytes: peerAnswer?.bytes ?? null,
        sameRows,
        ourRss,
        peerRss,
      };
      results.push(result);
      printResult(result);
    }
    printSummary(results);
    console.log(
      `\nload average at the end: ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
  } finally {
    await data(ours.url, {
      query: 'mutation($input: IdInput!) { revokeApiKey(input: $input) { userErrors { code } } }',
      variables: { input: { id: createApiKey.apiKey.id } },
      headers: admin,
    }).catch(() => undefined);
    await capture.stop();
    await pool.end();
    await db.end();
    for (const server of servers) await stopServer(server);
    if (process.env.BENCH_KEEP_LOGS) console.log(`logs kept in ${workDir}`);
    else fs.rmSync(workDir, { recursive: true, force: true });
  }
}

function printResult(r: Result): void {
  const line = (name: string, round: Round | null, extra = '') =>
    round
      ? console.log(
          `   ${name.padEnd(14)} ${fmt(round.rps).padStart(7)} req/s  p50 ${fmt(round.p50, 1).padStart(6)} ms  p99 ${fmt(round.p99, 1).padStart(6)} ms${round.failures ? `  ${round.failures} FAILED` : ''}${extra}`,
        )
      : undefined;
  const rounds = (rs: Round[]) => `  (rounds ${rs.map((x) => fmt(x.rps)).join(', ')})`;
  line('our API', r.ours, `${rounds(r.oursRounds)}  ${ratio(r.ours.rps, r.peer?.rps)} PostGraphile, ${ratio(r.ours.rps, (r.floor ?? r.replayed)?.rps)} floor`);
  line('PostGraphile', r.peer, r.peer ? rounds(r.peerRounds) : '');
  for (const ceiling of r.ceilings) line(ceiling.name, ceiling.round, `  ${ratio(ceiling.round.rps, r.peer?.rps)} PostGraphile`);
  line(r.shape.floor?.label ?? 'raw SQL', r.floor);
  line('our SQL', r.replayed, `  (the ${r.captured} statements of one request, one after the other)`);
  console.log(
    `   our API sent ${r.statements ?? '?'} SQL statements per request${r.captured !== null && r.captured !== r.statements ? ` (the copy captured ${r.captured})` : ''}; ` +
      `answer ${(r.ourBytes / 1024).toFixed(1)} kB${r.peerBytes === null ? '' : ` (PostGraphile ${(r.peerBytes / 1024).toFixed(1)} kB)`}, ${r.sameRows}; ` +
      `RSS after: our API ${fmt(r.ourRss)} MB, PostGraphile ${fmt(r.peerRss)} MB\n`,
  );
}

function printSummary(results: Result[]): void {
  console.log(
    'Summary (req/s; p50 / p99 in ms; ratios are our req/s ÷ theirs; the floor is raw SQL, the engine for the calculator, our SQL for planProgress)\n',
  );
  console.log(
    '| shape | our API | p50 / p99 | PostGraphile | p50 / p99 | floor | p50 / p99 | ours ÷ PostGraphile | stack alone ÷ PostGraphile (express 5 / node:http) | ours ÷ floor | our SQL replayed | SQL / req | our RSS after |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    const floor = r.floor ?? r.replayed;
    const lat = (x: Round | null) => (x ? `${fmt(x.p50, 1)} / ${fmt(x.p99, 1)}` : '—');
    console.log(
      `| ${r.shape.key} | ${fmt(r.ours.rps)} | ${lat(r.ours)} | ${fmt(r.peer?.rps)} | ${lat(r.peer)} | ${fmt(floor?.rps)} | ${lat(floor)} | ` +
        `${ratio(r.ours.rps, r.peer?.rps)} | ${r.ceilings.map((c) => ratio(c.round.rps, r.peer?.rps)).join(' / ') || '—'} | ${ratio(r.ours.rps, floor?.rps)} | ${fmt(r.replayed?.rps)} | ${r.statements ?? '—'} | ${fmt(r.ourRss)} MB |`,
    );
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
