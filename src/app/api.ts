import { GraphQLSchema } from 'graphql';
import { DataSource } from 'typeorm';
import { Scope, scopesOf } from '../core/auth/scopes';
import { AppRuntime } from '../core/context';
import { IdempotencyKey } from '../core/idempotency/idempotency-key.entity';
import { Loaders } from '../core/loaders/loaders';
import { NodeType, RouteMount, ServiceSetup } from '../core/modules/api-module';
import { createNodeResolver } from '../core/relay/node.resolver';
import { dataSourceFor } from '../db/data-source';
import { authenticate } from '../modules/identity';
import { SyncRuntime } from '../modules/sync';
import { SubmissionSource } from '../modules/sync/ports';
import { App, AppOptions, createApp } from '../server/app';
import { RateLimitStore } from '../server/rate-limit/rate-limit-store';
import { buildSchemaOf } from '../server/schema';
import { API_MODULES } from './modules';

/** Entities of core itself (the idempotency ledger), before the modules' own. */
const CORE_ENTITIES = [IdempotencyKey];

/** Every persisted entity; the migrations must produce exactly this schema (a test checks). */
export const apiEntities = [...CORE_ENTITIES, ...API_MODULES.flatMap((m) => m.entities ?? [])];

/** Every partner API key scope, `<resource>:read` and `:write` for each resource a module declares. */
export const ALL_SCOPES: Scope[] = scopesOf(API_MODULES.flatMap((m) => m.scopes ?? []));

export const apiRoutes: readonly RouteMount[] = API_MODULES.flatMap((m) => m.routes ?? []);

function collectNodeTypes(): Record<string, NodeType> {
  const types: Record<string, NodeType> = {};
  for (const module of API_MODULES) {
    for (const [name, type] of Object.entries(module.nodeTypes ?? {})) {
      if (types[name]) throw new Error(`node type ${name} is declared by two modules (the second is ${module.name})`);
      types[name] = type;
    }
  }
  return types;
}

// One class per process: type-graphql keeps every decorated class it has seen.
const NodeResolver = createNodeResolver(collectNodeTypes());

/** The API schema, from every module's resolvers plus `node(id)`. */
export function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchemaOf([NodeResolver, ...API_MODULES.flatMap((m) => m.resolvers ?? [])]);
}

/** One fresh set per request, so batching never leaks data between principals. */
export function createLoaders(dataSource: DataSource): Loaders {
  const all = {} as Loaders;
  for (const module of API_MODULES) Object.assign(all, module.loaders?.(dataSource, all));
  return all;
}

/** A DataSource over every entity of the API. */
export function createDataSource(url: string, poolSize = 10, connectTimeoutMs?: number): DataSource {
  return dataSourceFor(apiEntities, url, poolSize, connectTimeoutMs);
}

/** The modules' own process-wide services (everything in AppRuntime but what createApi adds itself). */
type ModuleServices = Omit<AppRuntime, 'auth' | 'rateLimits' | 'scopes'>;

export interface Api {
  /** The validated sync targets and settings (a bad SYNC_TARGETS throws when the API is created). */
  sync: SyncRuntime;
  /** The verified inventories as the sync module's port sees them. */
  nationalSubmissions: SubmissionSource;
  /** The process-wide services every request shares. */
  runtime(rateLimits: RateLimitStore): AppRuntime;
  createDataSource: typeof createDataSource;
  buildSchema: typeof buildApiSchema;
  /** The HTTP app over every module, its schema built here. */
  createApp(options: Omit<AppOptions, 'schema' | 'createLoaders' | 'routes' | 'authenticate'>): Promise<App>;
}

/**
 * The composition root: what main.ts, the sync worker, the tests and the benchmarks build the API with.
 * `env` is where services read the secrets the configuration names.
 */
export function createApi(config: ServiceSetup['config'], env: NodeJS.ProcessEnv = process.env): Api {
  // Each module declares its members of AppRuntime and provides them here.
  const provided = API_MODULES.map((m) => m.services?.({ config, env }) ?? {});
  const services = Object.assign({}, ...provided) as ModuleServices;
  // Record-change listeners add up (several modules may listen), every other service is one module's.
  services.recordChangeListeners = provided.flatMap((p) => p.recordChangeListeners ?? []);
  return {
    sync: services.sync,
    nationalSubmissions: services.nationalSubmissions,
    runtime: (rateLimits) => ({ ...services, auth: config.auth, rateLimits, scopes: ALL_SCOPES }),
    createDataSource,
    buildSchema: buildApiSchema,
    createApp: async (options) => createApp({ ...options, schema: await buildApiSchema(), createLoaders, routes: apiRoutes, authenticate }),
  };
}
