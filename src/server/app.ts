import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { Request } from 'express';
import { GraphQLSchema } from 'graphql';
import { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { DataSource } from 'typeorm';
import { AppRuntime, RequestContext } from '../core/context';
import { Loaders } from '../core/loaders/loaders';
import { RouteMount } from '../core/modules/api-module';
import { Authenticate, authMiddleware } from './auth.middleware';
import { browserSecurity } from './browser-security';
import { httpRequestContext } from './http-request-context';
import { CallerRateLimits, callerRateLimit } from './rate-limit/caller-rate-limit';
import { createErrorFormatter } from './format-error';
import { errorStatusPlugin } from './error-status.plugin';
import { noStorePlugins } from './no-store.plugin';
import { jsonErrorHandler, notFoundHandler, requireJsonBody } from './http-errors';
import { healthRoutes } from './health';
import { QueryLimits, depthLimitRules, queryCostPlugin } from './limits/query-limits';
import { operationLoggingPlugin } from './operation-logging.plugin';
import { createMetrics } from './metrics/metrics';
import { requestLogScope } from './request-log-scope';
import { PersistedOperationsMode, persistedOperations } from './persisted-operations';
import { APQ_TTL_SECONDS } from './apq-cache';

export interface AppOptions {
  schema: GraphQLSchema;
  dataSource: DataSource;
  logger: Logger;
  runtime: AppRuntime;
  /** The composition root's wiring: the modules' loaders, REST routes and the identity module's authenticator. */
  createLoaders(dataSource: DataSource): Loaders;
  routes: readonly RouteMount[];
  authenticate: Authenticate;
  exposeErrorDetails: boolean;
  limits: QueryLimits & CallerRateLimits & { introspection: boolean; persistedOperations?: PersistedOperationsMode };
  /** How many proxies' X-Forwarded-For to trust for the client address. */
  trustProxyHops?: number;
  /** Browser origins allowed to call cross-origin (CORS_ORIGINS); none when absent. */
  corsOrigins?: readonly string[];
  /** Bearer token for GET /metrics; without one there are no metrics (404). */
  metricsToken?: string;
  /** Where automatic persisted queries are kept (Redis, shared by every process); in this process when absent. */
  apqCache?: KeyValueCache<string>;
}

export interface App {
  httpServer: http.Server;
  /** Starts listening; resolves with the bound port. */
  listen(port: number, host?: string): Promise<number>;
  /** Stops accepting requests and waits for those in flight. */
  stop(): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

export async function createApp(options: AppOptions): Promise<App> {
  const { dataSource, logger } = options;
  const app = express();
  // Answers are no-store GraphQL or set their own validator (files: the content hash), so express's
  // ETag, a hash of every body, is work nobody reads.
  app.set('etag', false);
  const httpServer = http.createServer(app);
  const { limits } = options;
  const metrics = createMetrics({ token: options.metricsToken, dataSource, logger, mounts: ['/graphql', ...options.routes.map((r) => r.path)] });
  const runtime = metrics.instrument(options.runtime); // counts rate-limit refusals
  const contextOf = httpRequestContext(dataSource, runtime, options.createLoaders);
  const apollo = new ApolloServer<RequestContext>({
    schema: options.schema,
    introspection: limits.introspection,
    // Field suggestions ("did you mean …") reveal the schema; hidden whenever introspection is off.
    hideSchemaDetailsFromClientErrors: !limits.introspection,
    includeStacktraceInErrorResponses: options.exposeErrorDetails,
    formatError: createErrorFormatter(logger, options.exposeErrorDetails, { hideSchemaDetails: !limits.introspection }),
    stopOnTerminationSignals: false, // main.ts owns shutdown: drain, close the pool, stop the database
    persistedQueries: options.apqCache ? { cache: options.apqCache, ttl: APQ_TTL_SECONDS } : undefined,
    validationRules: depthLimitRules(limits),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ...noStorePlugins(),
      operationLoggingPlugin(),
      queryCostPlugin(limits),
      errorStatusPlugin(),
      metrics.plugin,
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxyHops ?? 0);
  app.use(metrics.middleware); // GET /metrics (not logged) and every request's timing
  app.use(
    pinoHttp({
      logger,
      // Request loggers (ctx.logger) bind just `requestId`; the request and response are on the
      // completion line only.
      quietReqLogger: true,
      customAttributeKeys: { reqId: 'requestId' },
      // A client-supplied request id (e.g. from a mobile retry queue) is kept when it is well-formed.
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
      // An answered GraphQL request already has its line ("graphql operation", with the request id,
      // duration, SQL statements and error codes); a second would double the logging of every read.
      // (`originalUrl`: under the /graphql mount express shortens `url` to "/".)
      customLogLevel: (req, res, err) => (!err && res.statusCode < 400 && (req as Request).originalUrl?.startsWith('/graphql') ? 'silent' : 'info'),
    }),
  );
  app.use(browserSecurity({ corsOrigins: options.corsOrigins ?? [] }));
  app.use(requestLogScope); // every later log line of the request carries its id and operation name; counts its SQL
  app.use(healthRoutes(dataSource));
  const authenticate = authMiddleware(options.authenticate, dataSource, runtime);
  for (const route of options.routes) {
    if (route.rateLimited) app.use(route.path, callerRateLimit(runtime, limits)); // public: counted per address
    app.use(route.path, route.router({ dataSource, runtime, authenticate, contextOf }));
  }
  app.use(
    '/graphql',
    authenticate,
    callerRateLimit(runtime, limits),
    express.json({ limit: '1mb' }),
    requireJsonBody,
    persistedOperations(limits.persistedOperations ?? 'off'),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => contextOf(req, res),
    }),
  );
  app.use(notFoundHandler, jsonErrorHandler);

  return {
    httpServer,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    stop: () => apollo.stop(),
  };
}
