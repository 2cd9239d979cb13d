// OpenTelemetry tracing: off by default (no OpenTelemetry code loaded); with OTEL_TRACING=on the real
// entry point (src/main.ts in a child process) sends one trace per GraphQL request, with spans from
// the http, express, graphql and pg instrumentations, to an OTLP/HTTP receiver on loopback.
import { execFile } from 'node:child_process';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { Started, TS_NODE_WITH_SWC, startServer, stopSpawnedServers } from '../../helpers/spawn-api';
import { TestDatabase, createTestDatabase } from '../../helpers/test-database';

jest.setTimeout(180_000);

const ROOT = path.join(__dirname, '..', '..', '..');

interface Span {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  scope: string;
  attributes?: { key: string }[];
}

/** A minimal OTLP/HTTP JSON receiver: collects every span posted to /v1/traces. */
async function otlpReceiver(): Promise<{ url: string; spans: Span[]; close(): Promise<void> }> {
  const spans: Span[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      if (req.url === '/v1/traces') {
        const parsed = JSON.parse(body) as { resourceSpans: { scopeSpans: { scope: { name: string }; spans: Omit<Span, 'scope'>[] }[] }[] };
        for (const resource of parsed.resourceSpans)
          for (const scope of resource.scopeSpans) for (const span of scope.spans) spans.push({ ...span, scope: scope.scope.name });
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, spans, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Loads src/tracing.ts alone with `env` and reports which OpenTelemetry packages it loaded. */
async function loadTracingAlone(env: Record<string, string>) {
  const script = "require('./src/tracing'); console.log(JSON.stringify(Object.keys(require.cache).filter((k) => k.includes('@opentelemetry'))))";
  return promisify(execFile)(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', script], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, ...TS_NODE_WITH_SWC, ...env },
  });
}

describe('tracing off', () => {
  it('loads no OpenTelemetry code when OTEL_TRACING is unset or off', async () => {
    const settings: Record<string, string>[] = [{}, { OTEL_TRACING: 'off' }, { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:1' }];
    // One child process each, at the same time: most of each one's time is loading ts-node.
    const loaded = await Promise.all(settings.map(loadTracingAlone));
    for (const { stdout } of loaded) expect(JSON.parse(stdout)).toEqual([]);
  });

  it('stops the start on a value it does not know', async () => {
    const failed = await loadTracingAlone({ OTEL_TRACING: 'yes please' }).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 1, stderr: expect.stringContaining('OTEL_TRACING must be on or off') });
  });
});

describe('tracing on', () => {
  let database: TestDatabase;
  let receiver: Awaited<ReturnType<typeof otlpReceiver>>;
  let api: Started;
  beforeAll(async () => {
    [database, receiver] = await Promise.all([createTestDatabase(), otlpReceiver()]);
    api = await startServer({
      DATABASE_URL: database.url,
      PORT: '0',
      SEED_ON_START: 'false',
      SYNC_WORKER: 'off',
      OTEL_TRACING: 'on',
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_BSP_SCHEDULE_DELAY: '100', // export within a tenth of a second, not five
    });
  });
  afterAll(async () => {
    await stopSpawnedServers();
    await receiver?.close();
    await database?.drop();
  });

  it('sends one trace per GraphQL request with http, express, graphql and SQL spans', async () => {
    const response = await fetch(`http://127.0.0.1:${api.port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query TraceProbe { agencies(first: 1) { totalCount } }' }),
    });
    expect(await response.json()).toMatchObject({ data: { agencies: { totalCount: 0 } } });

    const deadline = Date.now() + 30_000;
    let trace: Span[] = [];
    const complete = (spans: Span[]) => ['http', 'express', 'graphql', 'pg'].every((n) => spans.some((s) => s.scope === `@opentelemetry/instrumentation-${n}`));
    while (Date.now() < deadline) {
      const root = receiver.spans.find((s) => s.scope === '@opentelemetry/instrumentation-http' && s.kind === 2 && !s.parentSpanId);
      trace = root ? receiver.spans.filter((s) => s.traceId === root.traceId) : [];
      if (complete(trace)) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(complete(trace)).toBe(true);
    expect(trace.map((s) => s.name)).toEqual(expect.arrayContaining([expect.stringContaining('TraceProbe')]));
    // Every span but the root hangs from another span of the same trace.
    const ids = new Set(trace.map((s) => s.spanId));
    expect(trace.filter((s) => s.parentSpanId && !ids.has(s.parentSpanId))).toEqual([]);
    // SQL spans name the statement, never its parameters.
    const sql = trace.filter((s) => s.scope === '@opentelemetry/instrumentation-pg' && s.name.startsWith('pg.query'));
    expect(sql.length).toBeGreaterThan(0);
    for (const span of sql) expect(span.attributes!.map((a) => a.key)).not.toContain('db.postgresql.values');
  });

  it('flushes and exits 0 on SIGTERM', async () => {
    api.child.kill('SIGTERM');
    expect(await api.exited).toBe(0);
    expect(api.lines.map((l) => l.msg)).toContain('shutdown complete');
  });
});
