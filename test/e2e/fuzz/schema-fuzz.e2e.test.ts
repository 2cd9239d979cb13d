// Schema-driven fuzzing: every query and mutation, as an anonymous caller, a commune officer and a
// partner key, gets hostile values in each argument slot (the classes in hostile-values.ts). No answer
// may be an INTERNAL_SERVER_ERROR, an HTTP 5xx or non-JSON, and a refused write must leave the
// database exactly as it was. Seeded: FUZZ_SEED=<n> replays a run, FUZZ_RUNS=<n> sets the random runs,
// FUZZ_ALL=1 sends every hostile value to every slot (about 18,000 requests: minutes, not for every run).
import fc from 'fast-check';
import { GraphQLSchema, buildClientSchema, getIntrospectionQuery, parse } from 'graphql';
import { getComplexity, fieldExtensionsEstimator } from 'graphql-query-complexity';
import { connectionEstimator, objectFieldEstimator } from '../../../src/server/limits/cost-estimators';
import { TestServer, startTestServer } from '../../helpers/test-server';
import { Fingerprint, changedTables, fingerprint, fingerprintQuery } from './db-fingerprint';
import { Callers, baselineRules, createCallers, createRecords, recordIds } from './fuzz-fixtures';
import { Hostile, hostileValuesFor } from './hostile-values';
import { Operation, Slot, baselineArgs, documentFor, formatPath, listOperations, listSlots, withValueAt } from './schema-walker';

const SEED = Number(process.env.FUZZ_SEED ?? 20_260_301);
const RANDOM_RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const EVERY_VALUE = process.env.FUZZ_ALL === '1';
const CALLER_NAMES = ['anonymous', 'communeOfficer', 'partnerKey'] as const;
type CallerName = (typeof CALLER_NAMES)[number];

jest.setTimeout(EVERY_VALUE ? 4 * 3600_000 : 300_000);

let server: TestServer;
let schema: GraphQLSchema;
let callers: Callers;
let ids: Record<string, string>;
let operations: Operation[];
let fingerprintSql: string;
let current: Fingerprint;
const documents = new Map<string, string>();

interface Case {
  operation: Operation;
  caller: CallerName;
  slot?: Slot;
  hostile?: Hostile;
}

const describeCase = (c: Case) =>
  `${c.operation.kind} ${c.operation.name} as ${c.caller}${c.slot ? ` with ${formatPath(c.slot.path)} = ${c.hostile!.name}` : ' (baseline)'}`;

beforeAll(async () => {
  console.log(`schema fuzz: FUZZ_SEED=${SEED} FUZZ_RUNS=${RANDOM_RUNS}`);
  server = await startTestServer();
  callers = await createCallers(server);
  await createRecords(server, callers);
  ids = await recordIds(server);
  const introspection = await server.requestText(getIntrospectionQuery());
  schema = buildClientSchema(introspection.data as never);
  operations = listOperations(schema);
  for (const operation of operations) documents.set(operation.name, documentWithinCost(operation));
  fingerprintSql = await fingerprintQuery(server.database.dataSource);
  current = await fingerprint(server.database.dataSource, fingerprintSql);
});

afterAll(async () => {
  await server?.stop();
});

/** The deepest selection (at most 3 levels) whose cost the server accepts with default arguments. */
function documentWithinCost(operation: Operation): string {
  for (const depth of [3, 2, 1]) {
    const text = documentFor(operation, depth);
    try {
      const cost = getComplexity({
        schema,
        query: parse(text),
        variables: {},
        estimators: [connectionEstimator(20), fieldExtensionsEstimator(), objectFieldEstimator],
      });
      if (cost <= server.config.limits.maxCost / 2) return text;
    } catch {
      // try a shallower selection
    }
  }
  return documentFor(operation, 0);
}

interface Outcome {
  failure?: string;
}

/** Whether the operation was refused: an error on the operation itself, no data, or userErrors / import conflicts. */
function refused(body: { data?: Record<string, unknown> | null; errors?: { path?: (string | number)[] }[] }, name: string): boolean {
  if (body.errors?.some((e) => !e.path || e.path.length <= 1)) return true;
  const payload = body.data?.[name] as Record<string, unknown> | null | undefined;
  if (!payload) return true;
  const summary = payload.summary as { conflicts?: unknown[]; dryRun?: boolean } | undefined;
  return (Array.isArray(payload.userErrors) && payload.userErrors.length > 0) || Boolean(summary?.dryRun) || Boolean(summary?.conflicts?.length);
}

async function run(c: Case): Promise<Outcome> {
  const rules = baselineRules(c.operation.name, ids);
  const baseline = baselineArgs(c.operation, rules);
  const variables = c.slot ? withValueAt(c.operation, baseline, c.slot.path, c.hostile!.value, rules) : baseline;
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...callers[c.caller] },
    body: JSON.stringify({ query: documents.get(c.operation.name), variables }),
  });
  const text = await response.text();
  let body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; reason?: string } }[];
  };
  try {
    body = JSON.parse(text);
  } catch {
    return { failure: `HTTP ${response.status}, not JSON: ${text.slice(0, 200)}` };
  }
  if (response.status >= 500) return { failure: `HTTP ${response.status}: ${text.slice(0, 300)}` };
  const internal = body.errors?.find((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR' || !e.extensions?.code);
  if (internal) return { failure: `${internal.extensions?.code ?? 'no code'} at ${JSON.stringify(internal.path)}: ${internal.message}` };
  // Valid arguments must reach the resolver, or the hostile values sent in their place test nothing.
  const early =
    !c.slot &&
    body.errors?.find(
      (e) => ['QUERY_TOO_COSTLY', 'QUERY_TOO_DEEP'].includes(String(e.extensions?.reason)) || e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED',
    );
  if (early) return { failure: `the baseline document is refused before it runs: ${early.message}` };
  if (c.operation.kind === 'mutation') {
    const after = await fingerprint(server.database.dataSource, fingerprintSql);
    const changed = changedTables(current, after);
    current = after;
    if (refused(body, c.operation.name) && changed.length > 0) {
      return { failure: `refused (${JSON.stringify(body.errors?.[0]?.extensions ?? body.data)}) yet changed ${changed.join(', ')}` };
    }
  }
  return {};
}

async function runAll(cases: Case[]): Promise<string[]> {
  const failures: string[] = [];
  for (const c of cases) {
    const outcome = await run(c);
    if (outcome.failure) failures.push(`${describeCase(c)}: ${outcome.failure}`);
    if (outcome.failure && EVERY_VALUE) console.log(failures[failures.length - 1]);
  }
  return failures;
}

/** Deterministic picks from the seed: the n-th case always gets the same value and caller. */
function picks(count: number, salt: number): number[] {
  return fc.sample(fc.nat(), { seed: SEED + salt, numRuns: count });
}

describe('schema fuzz', () => {
  it('answers every operation with valid arguments, for every caller, without a server error', async () => {
    const cases = operations.flatMap((operation) => CALLER_NAMES.map((caller) => ({ operation, caller })));
    expect(await runAll(cases)).toEqual([]);
  });

  it('refuses a hostile value in every argument slot cleanly, and a refused write changes nothing', async () => {
    const slots = operations.flatMap((operation) => listSlots(operation).map((slot) => ({ operation, slot })));
    const random = picks(slots.length * 2, 1);
    const cases = slots.flatMap(({ operation, slot }, i): Case[] => {
      const baseline = baselineArgs(operation, baselineRules(operation.name, ids));
      const values = hostileValuesFor(slot.type, valueAt(baseline, slot.path));
      const caller = CALLER_NAMES[random[2 * i] % CALLER_NAMES.length];
      const chosen = EVERY_VALUE ? values : [values[random[2 * i + 1] % values.length]];
      return chosen.map((hostile) => ({ operation, slot, caller, hostile }));
    });
    expect(await runAll(cases)).toEqual([]);
  });

  it('survives random combinations of operation, slot, hostile value and caller', async () => {
    const slots = operations.flatMap((operation) => listSlots(operation).map((slot) => ({ operation, slot })));
    const failures: string[] = [];
    await fc.assert(
      fc.asyncProperty(fc.nat(slots.length - 1), fc.nat(), fc.constantFrom(...CALLER_NAMES), async (index, pick, caller) => {
        const { operation, slot } = slots[index];
        const values = hostileValuesFor(slot.type, undefined);
        const c: Case = { operation, slot, caller, hostile: values[pick % values.length] };
        const outcome = await run(c);
        if (outcome.failure) failures.push(`${describeCase(c)}: ${outcome.failure}`);
      }),
      { seed: SEED, numRuns: RANDOM_RUNS },
    );
    expect(failures).toEqual([]);
  });
});

function valueAt(args: Record<string, unknown>, path: (string | number)[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string | number, unknown>)[key] : undefined), args);
}
