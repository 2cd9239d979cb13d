// OpenTelemetry tracing, off by default. main.ts and worker-main.ts import this file before anything
// else: the instrumentations patch http, express, pg and graphql when those are first required, so
// the SDK must start before them. `OTEL_TRACING=on` starts it (exporting over OTLP/HTTP to
// OTEL_EXPORTER_OTLP_ENDPOINT, standard OTEL_* variables apply); unset or `off` loads nothing at all.

interface Tracing {
  shutdown(): Promise<void>;
}

let tracing: Tracing | undefined;
const setting = process.env.OTEL_TRACING ?? '';
if (setting === 'on') {
  // Required here, not imported at the top, so that with tracing off no OpenTelemetry code is loaded.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startTracing } = require('./server/tracing/start-tracing') as typeof import('./server/tracing/start-tracing');
  tracing = startTracing();
} else if (setting !== '' && setting !== 'off') {
  // Configuration is not loaded yet; stop as loadConfig would.
  console.error(`Configuration error: OTEL_TRACING must be on or off, got "${setting}"`);
  process.exit(1);
}

/**
 * Sends the spans still buffered; call before the process exits (nothing to do when tracing is off).
 * Gives up after `withinMs`, so an unreachable collector does not hold up the shutdown.
 */
export async function stopTracing(withinMs = 2_000): Promise<void> {
  if (!tracing) return;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, withinMs)));
  await Promise.race([tracing.shutdown().catch(() => undefined), late]);
  clearTimeout(timer);
}
