import { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { AuthConfig } from '../config';
import { RateLimitStore } from '../server/rate-limit/rate-limit-store';
import { Principal } from './auth/principal';
import { Loaders } from './loaders';

/** Long-lived services shared by all requests of one process. */
export interface AppRuntime {
  auth: AuthConfig;
  rateLimits: RateLimitStore;
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
