import { createHash, timingSafeEqual } from 'node:crypto';
import { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { RequestHandler, Router } from 'express';
import { Logger } from 'pino';
import { Counter, Registry, collectDefaultMetrics } from 'prom-client';
import { DataSource } from 'typeorm';
import { AppRuntime } from '../../core/context';
import { BoundedLabel } from './bounded-label';
import { poolMetrics, queueMetrics } from './database-metrics';
import { graphqlMetricsPlugin } from './graphql-metrics.plugin';
import { httpMetrics } from './http-metrics';
import { countRefusals } from './rate-limit-metrics';

export interface MetricsOptions {
  /** Bearer token a scraper must send; no token, no metrics (`/metrics` is 404). */
  token: string | undefined;
  dataSource: DataSource;
  logger: Logger;
  /** Literal paths routers are mounted at, for the `route` label (see routeTemplate). */
  mounts: readonly string[];
}

/** The app's metrics, mounted by createApp: a middleware, an Apollo plugin and the runtime to use. */
export interface AppMetrics {
  /** Serves GET /metrics and times every request; mount it before the other routes. */
  middleware: RequestHandler;
  plugin: ApolloServerPlugin<BaseContext>;
  /** The runtime whose rate-limit store counts refusals. */
  instrument(runtime: AppRuntime): AppRuntime;
}

const OFF: AppMetrics = { middleware: (_req, _res, next) => next(), plugin: {}, instrument: (runtime) => runtime };

const digest = (value: string) => createHash('sha256').update(value).digest();

/** True when the request carries `Authorization: Bearer <token>`, compared in constant time. */
function hasToken(header: string | undefined, expected: Buffer): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match !== null && timingSafeEqual(digest(match[1]), expected);
}

/**
 * Prometheus metrics for one app, in a registry of its own (several apps in one process, as in the
 * tests, never share counters). Off (nothing collected, /metrics answers 404) without a token.
 */
export function createMetrics(options: MetricsOptions): AppMetrics {
  if (!options.token) return OFF;
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const errors = new Counter({ name: 'api_errors_total', help: 'Errors answered, by extensions.code', labelNames: ['code'], registers: [registry] });
  const refusals = new Counter({
    name: 'rate_limit_refusals_total',
    help: 'Requests refused by a rate limit, by limit (api-key, user, anonymous, or the GraphQL field that refused, e.g. login)',
    labelNames: ['limit'],
    registers: [registry],
  });
  const codes = new BoundedLabel(50, /^[A-Z][A-Z0-9_]{0,49}$/);
  poolMetrics(registry, options.dataSource);
  queueMetrics(registry, options.dataSource, options.logger);
  const timing = httpMetrics(registry, ['/metrics', ...options.mounts]);
  const expected = digest(options.token);

  const router = Router();
  router.get('/metrics', async (req, res) => {
    if (!hasToken(req.header('authorization'), expected)) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
      res.status(401).type('text/plain').send('metrics need the bearer token (METRICS_TOKEN)\n');
      return;
    }
    try {
      const text = await registry.metrics();
      res.setHeader('Cache-Control', 'no-store');
      res.type(registry.contentType).send(text);
    } catch (error) {
      options.logger.error({ err: error }, 'metrics: collecting failed');
      res.status(500).type('text/plain').send('collecting metrics failed\n');
    }
  });
  // HTTP-level refusals (auth, rate limits, body parsing, unknown routes) are written by
  // sendJsonError, which notes the code; GraphQL answers are counted by the plugin.
  const countHttpError: RequestHandler = (_req, res, next) => {
    res.once('finish', () => {
      const code: unknown = res.locals.errorCode;
      if (typeof code === 'string') errors.inc({ code: codes.of(code) });
    });
    next();
  };
  return {
    middleware: (req, res, next) => timing(req, res, () => countHttpError(req, res, () => router(req, res, next))),
    plugin: graphqlMetricsPlugin(registry, { errors, refusals, codes }),
    instrument: (runtime) => countRefusals(runtime, refusals),
  };
}
