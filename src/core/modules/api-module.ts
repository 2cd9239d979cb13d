import { Request, RequestHandler, Response } from 'express';
import { GraphQLResolveInfo } from 'graphql';
import { AppConfig } from '../../config';
import { DataSource, EntitySchema } from 'typeorm';
import { AccessRule } from '../auth/access';
import { AppRuntime, RequestContext } from '../context';
import { Loaders } from '../loaders/loaders';
import { Node } from '../relay/node.interface';

/** How `node(id)` fetches one type, and who may fetch it that way (the same rule as the type's queries). */
export interface NodeType {
  rule: AccessRule;
  /** `info`: the `node(id:)` field's, for a load that reads only the selected columns (see selectedNodeColumns). */
  load(ctx: RequestContext, id: string, info?: GraphQLResolveInfo): Promise<Node | null>;
}

/** What a module's REST routes get from the composition root. */
export interface RouteDeps {
  dataSource: DataSource;
  runtime: AppRuntime;
  /** Resolves the caller (401 on bad credentials, 429 over a key's budget) like /graphql does. */
  authenticate: RequestHandler;
  /** The request context a resolver would get, for routes that reuse services. */
  contextOf(req: Request, res: Response): RequestContext;
}

export interface RouteMount {
  /** Mount path, e.g. `/reports`. */
  path: string;
  /** Public routes are counted per caller address, like anonymous GraphQL requests. */
  rateLimited?: boolean;
  router(deps: RouteDeps): RequestHandler;
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type ClassType = Function;

/** What a module's process-wide services are built from, once per process. */
export interface ServiceSetup {
  config: Pick<AppConfig, 'auth' | 'sync' | 'dataDir' | 'files' | 'webhooks' | 'limits'>;
  /** Where services read secrets named in the configuration (e.g. an adapter's token variable). */
  env: NodeJS.ProcessEnv;
}

/**
 * A module's manifest (`<name>.module.ts`): everything it adds to the API. The composition root
 * (src/app) reads the manifests and builds the schema, the entity list, the loaders, `node(id)`, the
 * routes and the partner scopes from them; nothing else needs to know the module exists. What a
 * module needs from others it takes as ports: its manifest is then a function of them (see sync).
 */
export interface ApiModule {
  name: string;
  /** TypeORM entities this module persists (its migrations live in /migrations). */
  entities?: readonly (ClassType | EntitySchema)[];
  /** type-graphql resolver classes. */
  resolvers?: readonly ClassType[];
  /** Builds this module's request-scoped loaders; `all` is the request's complete set, for lazy use. */
  loaders?(dataSource: DataSource, all: Loaders): Partial<Loaders>;
  /** Types `node(id)` can fetch, by GraphQL type name. */
  nodeTypes?: Readonly<Record<string, NodeType>>;
  routes?: readonly RouteMount[];
  /** Partner API key resources (`<resource>:read`/`:write`) this module's operations ask for. */
  scopes?: readonly string[];
  /** Process-wide services this module adds to `AppRuntime` (declared there by declaration merging). */
  services?(setup: ServiceSetup): Partial<AppRuntime>;
}
