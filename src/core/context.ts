import { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { AuthConfig } from '../config';
import { RateLimitStore } from '../server/rate-limit/rate-limit-store';
import { Principal } from './auth/principal';
import { Scope } from './auth/scopes';
import { Loaders } from './loaders/loaders';

/**
 * Long-lived services shared by all requests of one process, built by the composition root (src/app).
 * A module that needs a process-wide service of its own adds it here by declaration merging.
 */
export interface AppRuntime {
  auth: AuthConfig;
  rateLimits: RateLimitStore;
  /** Every partner API key scope the modules declare. */
  scopes: readonly Scope[];
}

/** What every resolver and service receives first: who is asking, from where, and request tools. */
export interface RequestContext {
  requestId: string;
  principal: Principal;
  clientAddress: string | null;
  logger: Logger;
  dataSource: DataSource;
  loaders: Loaders;
  runtime: AppRuntime;
  /** Fires when the client disconnects before its answer is sent: long work checks it and stops. */
  signal: AbortSignal;
}
