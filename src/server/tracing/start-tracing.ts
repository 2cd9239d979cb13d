import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { ExpressInstrumentation } from '@opentelemetry/instrumentation-express';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { NodeSDK } from '@opentelemetry/sdk-node';

// Probes and scrapes would be most of the traces and say nothing.
const UNTRACED_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * Starts the OpenTelemetry Node SDK with traces only: spans of incoming and outgoing HTTP, express
 * middleware, SQL statements (text only, never their parameters) and GraphQL parse, validate,
 * execute and non-trivial resolvers (never variable values), batched to the OTLP/HTTP exporter.
 * The exporter, sampler and batching read the standard OTEL_* variables.
 */
export function startTracing(): NodeSDK {
  const sdk = new NodeSDK({
    // OTEL_SERVICE_NAME, when set, names the service instead.
    serviceName: process.env.OTEL_SERVICE_NAME ? undefined : 'lowemission-api',
    traceExporter: new OTLPTraceExporter(),
    // Traces only: metrics are Prometheus' (/metrics) and logs are pino's.
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: (req) => UNTRACED_PATHS.has((req.url ?? '').split('?')[0]) }),
      new ExpressInstrumentation(),
      new PgInstrumentation({ enhancedDatabaseReporting: false }),
      new GraphQLInstrumentation({ ignoreTrivialResolveSpans: true, mergeItems: true, allowValues: false }),
    ],
  });
  sdk.start();
  return sdk;
}
