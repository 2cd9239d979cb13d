import { randomBytes } from 'node:crypto';
import path from 'node:path';

/** Every environment variable the service reads, parsed and validated once at start. */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  /** PostgreSQL connection string; when absent an embedded server is started in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  databasePoolSize: number;
  /** Longest wait for a database connection (new or from the pool) before the request fails as unavailable. */
  databaseConnectTimeoutMs: number;
  embeddedPgPort: number;
  logLevel: string;
  /** Load the plan, units and agencies on start (idempotent). */
  seedOnStart: boolean;
  shutdownTimeoutMs: number;
  /** Expose stack traces in error extensions (never in production). */
  exposeErrorDetails: boolean;
  auth: AuthConfig;
  limits: LimitsConfig;
  /** Shared store for rate-limit counters; in-process when absent. */
  redisUrl: string | undefined;
  /** Trust X-Forwarded-For from this many proxies (express "trust proxy"). */
  trustProxyHops: number;
  /** Browser origins allowed to call the API cross-origin (CORS), exact `scheme://host[:port]`; none by default. */
  corsOrigins: string[];
  /** National inventory sync: targets and the delivery worker. */
  sync: SyncConfig;
  /** Bearer token for GET /metrics; unset turns metrics off (404). */
  metricsToken: string | undefined;
  /** Uploaded files (POST /files). */
  files: FilesConfig;
  /** Partner webhooks: delivery worker, retries and the address rules (README, "Webhooks"). */
  webhooks: WebhookConfig;
}

export interface FilesConfig {
  /** Largest upload accepted, in bytes (MAX_FILE_BYTES). */
  maxBytes: number;
  /** `filesystem`: under DATA_DIR/files (one process or a shared volume); `postgres`: in the database, for several API processes. */
  store: 'filesystem' | 'postgres';
}

export interface WebhookConfig {
  /** `in-process`: the API process delivers webhooks; `off`: nothing does (deliveries wait in the outbox). */
  worker: 'in-process' | 'off';
  /** WEBHOOK_ALLOW_INSECURE: also accept http URLs and loopback receivers (never in production). */
  allowInsecure: boolean;
  /** Key that encrypts subscription secrets at rest (WEBHOOK_SECRET_KEY; derived from JWT_SECRET when unset). */
  secretKey: string;
  /** True when the key was derived from a JWT secret generated for this process: secrets do not survive a restart. */
  secretKeyEphemeral: boolean;
  concurrency: number;
  pollIntervalMs: number;
  /** One POST is aborted after this long. */
  deliveryTimeoutMs: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** Attempts of one delivery before it stops as FAILED. */
  maxAttempts: number;
  /** Failed attempts in a row (over all its deliveries) after which a subscription is DISABLED. */
  disableAfterFailures: number;
}

export interface LimitsConfig {
  maxDepth: number;
  maxCost: number;
  introspection: boolean;
  /** Emission-engine activities one request may compute, across every calculation and alias. */
  maxActivities: number;
  /** Requests per minute without credentials, per client address. */
  anonymousRequestsPerMinute: number;
  /** Requests per minute for each signed-in user (API keys have their own rate). */
  userRequestsPerMinute: number;
  /** Public lot verifications (`verifyProductLot`) per client address per minute, on top of the anonymous budget. */
  lotVerificationsPerMinute: number;
  /** `only`: callers without an API key may run only the SDK's persisted operations (trusted documents). */
  persistedOperations: 'off' | 'only';
}

/** One delivery target from SYNC_TARGETS; its adapter checks `settings` at start. */
export interface SyncTargetConfig {
  name: string;
  adapter: string;
  settings: Record<string, unknown>;
}

export interface SyncConfig {
  targets: SyncTargetConfig[];
  /** `in-process`: the API process also delivers; `off`: only `npm run worker` does. */
  worker: 'in-process' | 'off';
  /** Deliveries one worker process runs at once. */
  concurrency: number;
  /** How often a worker looks for retries that have come due (new jobs are announced at once). */
  pollIntervalMs: number;
  /** One delivery attempt is aborted after this long. */
  deliveryTimeoutMs: number;
  /** After this long a DELIVERING job whose worker went silent is delivered again (same key). */
  leaseMs: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** Temporary failures after which a job stops as FAILED_EXHAUSTED. */
  maxAttempts: number;
}

export interface AuthConfig {
  /** HS256 secret for access tokens (at least 32 characters). */
  jwtSecret: string;
  /** True when no JWT_SECRET was configured and one was generated for this process (development only). */
  jwtSecretGenerated: boolean;
  issuer: string;
  audience: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  login: LoginThrottleConfig;
}

/** Login throttling: failures are counted, successes are not (README, "Identity and access"). */
export interface LoginThrottleConfig {
  /** Wrong passwords in a row for one email from one address before that address must wait. */
  pairFailures: number;
  /** Wrong passwords for one email from all addresses in a day; past it, an address waits after its first failure. */
  emailFailuresPerDay: number;
  /** Wrong passwords from one address over all emails in a day; past it, the address is refused until the day is over. */
  addressFailuresPerDay: number;
  /** The first wait; each further failure doubles it, up to the maximum. */
  backoffBaseSeconds: number;
  backoffMaxSeconds: number;
}

export class ConfigError extends Error {}

function intVar(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

function boolVar(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function authConfig(env: NodeJS.ProcessEnv, production: boolean): AuthConfig {
  const secret = env.JWT_SECRET;
  if (secret !== undefined && secret.length < 32) throw new ConfigError('JWT_SECRET must be at least 32 characters');
  if (!secret && production) throw new ConfigError('JWT_SECRET is required in production');
  const adminPassword = env.ADMIN_PASSWORD || undefined;
  if (adminPassword !== undefined && adminPassword.length < 12) throw new ConfigError('ADMIN_PASSWORD must be at least 12 characters');
  return {
    // Without a configured secret (development) tokens are valid only until the process restarts.
    jwtSecret: secret || randomBytes(32).toString('base64url'),
    jwtSecretGenerated: !secret,
    issuer: env.JWT_ISSUER || 'daklak-lowemission-api',
    audience: env.JWT_AUDIENCE || 'daklak-lowemission-clients',
    accessTokenTtlSeconds: intVar(env, 'ACCESS_TOKEN_TTL_SECONDS', 900, 60, 86_400),
    refreshTokenTtlDays: intVar(env, 'REFRESH_TOKEN_TTL_DAYS', 30, 1, 365),
    adminEmail: env.ADMIN_EMAIL?.trim().toLowerCase() || undefined,
    adminPassword,
    login: loginThrottleConfig(env),
  };
}

function loginThrottleConfig(env: NodeJS.ProcessEnv): LoginThrottleConfig {
  // These counted every attempt, successes too; a deployment still setting them must notice.
  for (const removed of ['LOGIN_ATTEMPTS_PER_EMAIL', 'LOGIN_ATTEMPTS_PER_ADDRESS']) {
    if (env[removed] !== undefined) {
      throw new ConfigError(
        `${removed} is no longer read: login limits count failures (LOGIN_PAIR_FAILURES, LOGIN_EMAIL_FAILURES_PER_DAY, LOGIN_ADDRESS_FAILURES_PER_DAY)`,
      );
    }
  }
  const backoffBaseSeconds = intVar(env, 'LOGIN_BACKOFF_BASE_SECONDS', 30, 1, 3_600);
  const backoffMaxSeconds = intVar(env, 'LOGIN_BACKOFF_MAX_SECONDS', 900, 1, 86_400);
  if (backoffMaxSeconds < backoffBaseSeconds) throw new ConfigError('LOGIN_BACKOFF_MAX_SECONDS must be at least LOGIN_BACKOFF_BASE_SECONDS');
  return {
    pairFailures: intVar(env, 'LOGIN_PAIR_FAILURES', 5, 1, 1_000),
    emailFailuresPerDay: intVar(env, 'LOGIN_EMAIL_FAILURES_PER_DAY', 20, 1, 100_000),
    addressFailuresPerDay: intVar(env, 'LOGIN_ADDRESS_FAILURES_PER_DAY', 100, 1, 1_000_000),
    backoffBaseSeconds,
    backoffMaxSeconds,
  };
}

/** CORS_ORIGINS: comma-separated exact origins as browsers send them (`https://app.example.vn`, no path, no default port). */
function corsOrigins(raw: string | undefined): string[] {
  const origins = (raw ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const origin of origins) {
    let url: URL | undefined;
    try {
      url = new URL(origin);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== origin) {
      const hint = url && url.origin !== 'null' ? ` (write it as "${url.origin}")` : '';
      throw new ConfigError(`CORS_ORIGINS must list exact origins like https://app.example.vn, got "${origin}"${hint}`);
    }
  }
  return [...new Set(origins)];
}

const TARGET_NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;
const TARGETS_EXAMPLE = '[{"name":"national","adapter":"http-json","url":"https://…","bearerTokenEnv":"NATIONAL_TOKEN"}]';

/** SYNC_TARGETS is a JSON array; unset means one `file` target, `[]` or `none` means no target. */
function syncTargets(raw: string | undefined): SyncTargetConfig[] {
  if (raw === undefined || raw.trim() === '') return [{ name: 'national-file', adapter: 'file', settings: {} }];
  if (raw.trim() === 'none') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw new ConfigError(`SYNC_TARGETS must be a JSON array like ${TARGETS_EXAMPLE}: ${(error as Error).message}`);
  }
  if (!Array.isArray(parsed)) throw new ConfigError(`SYNC_TARGETS must be a JSON array like ${TARGETS_EXAMPLE}`);
  const names = new Set<string>();
  return parsed.map((item: unknown, index) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) throw new ConfigError(`SYNC_TARGETS[${index}] must be an object`);
    const { name, adapter, ...settings } = item as Record<string, unknown>;
    if (typeof name !== 'string' || !TARGET_NAME.test(name)) {
      throw new ConfigError(`SYNC_TARGETS[${index}].name must be lower-case letters, digits and dashes (at most 63), got ${JSON.stringify(name)}`);
    }
    if (names.has(name)) throw new ConfigError(`SYNC_TARGETS has two targets named "${name}"`);
    names.add(name);
    if (typeof adapter !== 'string' || adapter === '') throw new ConfigError(`SYNC_TARGETS[${index}] (${name}) needs an "adapter"`);
    return { name, adapter, settings };
  });
}

function persistedOperationsVar(env: NodeJS.ProcessEnv): 'off' | 'only' {
  const mode = env.PERSISTED_OPERATIONS || 'off';
  if (mode !== 'off' && mode !== 'only') throw new ConfigError(`PERSISTED_OPERATIONS must be off or only, got "${mode}"`);
  return mode;
}

function syncConfig(env: NodeJS.ProcessEnv): SyncConfig {
  const worker = env.SYNC_WORKER || 'in-process';
  if (worker !== 'in-process' && worker !== 'off') throw new ConfigError(`SYNC_WORKER must be in-process or off, got "${worker}"`);
  const deliveryTimeoutMs = intVar(env, 'SYNC_DELIVERY_TIMEOUT_MS', 30_000, 100, 600_000);
  const leaseMs = intVar(env, 'SYNC_LEASE_MS', deliveryTimeoutMs + 30_000, 1_000, 3_600_000);
  if (leaseMs <= deliveryTimeoutMs) throw new ConfigError('SYNC_LEASE_MS must be longer than SYNC_DELIVERY_TIMEOUT_MS');
  const backoffBaseMs = intVar(env, 'SYNC_BACKOFF_BASE_MS', 10_000, 10, 3_600_000);
  const backoffMaxMs = intVar(env, 'SYNC_BACKOFF_MAX_MS', 3_600_000, 10, 86_400_000);
  if (backoffMaxMs < backoffBaseMs) throw new ConfigError('SYNC_BACKOFF_MAX_MS must be at least SYNC_BACKOFF_BASE_MS');
  return {
    targets: syncTargets(env.SYNC_TARGETS),
    worker,
    concurrency: intVar(env, 'SYNC_CONCURRENCY', 2, 1, 100),
    pollIntervalMs: intVar(env, 'SYNC_POLL_INTERVAL_MS', 2_000, 50, 600_000),
    deliveryTimeoutMs,
    leaseMs,
    backoffBaseMs,
    backoffMaxMs,
    maxAttempts: intVar(env, 'SYNC_MAX_ATTEMPTS', 50, 1, 10_000),
  };
}

function metricsToken(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  // It travels in an Authorization header: printable, no spaces, long enough not to be guessed.
  if (!/^[\x21-\x7e]{16,}$/.test(raw)) throw new ConfigError('METRICS_TOKEN must be at least 16 printable characters without spaces');
  return raw;
}

function filesConfig(env: NodeJS.ProcessEnv): FilesConfig {
  const store = env.FILE_STORE || 'filesystem';
  if (store !== 'filesystem' && store !== 'postgres') throw new ConfigError(`FILE_STORE must be filesystem or postgres, got "${store}"`);
  // At most 1 GiB: a file is held in memory while it is checked, and its size is a GraphQL Int.
  return { maxBytes: intVar(env, 'MAX_FILE_BYTES', 20 * 1024 * 1024, 1, 1024 * 1024 * 1024), store };
}

function webhookConfig(env: NodeJS.ProcessEnv, nodeEnv: AppConfig['nodeEnv'], auth: AuthConfig): WebhookConfig {
  const worker = env.WEBHOOK_WORKER || 'in-process';
  if (worker !== 'in-process' && worker !== 'off') throw new ConfigError(`WEBHOOK_WORKER must be in-process or off, got "${worker}"`);
  const allowInsecure = ['on', 'true', '1', 'yes'].includes((env.WEBHOOK_ALLOW_INSECURE ?? '').toLowerCase());
  if (allowInsecure && nodeEnv === 'production') throw new ConfigError('WEBHOOK_ALLOW_INSECURE is for development and tests, never production');
  const secretKey = env.WEBHOOK_SECRET_KEY;
  if (secretKey !== undefined && secretKey !== '' && secretKey.length < 32) throw new ConfigError('WEBHOOK_SECRET_KEY must be at least 32 characters');
  const backoffBaseMs = intVar(env, 'WEBHOOK_BACKOFF_BASE_MS', 30_000, 10, 3_600_000);
  const backoffMaxMs = intVar(env, 'WEBHOOK_BACKOFF_MAX_MS', 6 * 3_600_000, 10, 86_400_000);
  if (backoffMaxMs < backoffBaseMs) throw new ConfigError('WEBHOOK_BACKOFF_MAX_MS must be at least WEBHOOK_BACKOFF_BASE_MS');
  return {
    worker,
    allowInsecure,
    secretKey: secretKey || `webhook-secrets:${auth.jwtSecret}`,
    secretKeyEphemeral: !secretKey && auth.jwtSecretGenerated,
    concurrency: intVar(env, 'WEBHOOK_CONCURRENCY', 4, 1, 100),
    pollIntervalMs: intVar(env, 'WEBHOOK_POLL_INTERVAL_MS', 2_000, 50, 600_000),
    deliveryTimeoutMs: intVar(env, 'WEBHOOK_DELIVERY_TIMEOUT_MS', 10_000, 100, 120_000),
    backoffBaseMs,
    backoffMaxMs,
    maxAttempts: intVar(env, 'WEBHOOK_MAX_ATTEMPTS', 8, 1, 100),
    disableAfterFailures: intVar(env, 'WEBHOOK_DISABLE_AFTER_FAILURES', 20, 1, 10_000),
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const nodeEnv = env.NODE_ENV ?? 'development';
  if (nodeEnv !== 'development' && nodeEnv !== 'production' && nodeEnv !== 'test') {
    throw new ConfigError(`NODE_ENV must be development, production or test, got "${nodeEnv}"`);
  }
  const auth = authConfig(env, nodeEnv === 'production');
  return {
    nodeEnv,
    port: intVar(env, 'PORT', 4000, 0, 65535),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.DATA_DIR || '.data'),
    databasePoolSize: intVar(env, 'DATABASE_POOL_SIZE', 10, 1, 200),
    databaseConnectTimeoutMs: intVar(env, 'DATABASE_CONNECT_TIMEOUT_MS', 10_000, 100, 600_000),
    embeddedPgPort: intVar(env, 'EMBEDDED_PG_PORT', 54329, 1, 65535),
    logLevel: env.LOG_LEVEL || (nodeEnv === 'test' ? 'silent' : 'info'),
    seedOnStart: boolVar(env, 'SEED_ON_START', true),
    shutdownTimeoutMs: intVar(env, 'SHUTDOWN_TIMEOUT_MS', 10_000, 0, 600_000),
    exposeErrorDetails: nodeEnv !== 'production' && boolVar(env, 'EXPOSE_ERROR_DETAILS', false),
    auth,
    limits: {
      maxDepth: intVar(env, 'MAX_QUERY_DEPTH', 10, 2, 100),
      maxCost: intVar(env, 'MAX_QUERY_COST', 1000, 10, 1_000_000),
      introspection: boolVar(env, 'INTROSPECTION', nodeEnv !== 'production'),
      maxActivities: intVar(env, 'MAX_ACTIVITIES_PER_REQUEST', 1000, 1, 1_000_000),
      anonymousRequestsPerMinute: intVar(env, 'ANONYMOUS_REQUESTS_PER_MINUTE', 120, 1, 1_000_000),
      userRequestsPerMinute: intVar(env, 'USER_REQUESTS_PER_MINUTE', 600, 1, 1_000_000),
      lotVerificationsPerMinute: intVar(env, 'LOT_VERIFICATIONS_PER_MINUTE', 60, 1, 1_000_000),
      persistedOperations: persistedOperationsVar(env),
    },
    redisUrl: env.REDIS_URL || undefined,
    trustProxyHops: intVar(env, 'TRUST_PROXY_HOPS', 0, 0, 10),
    corsOrigins: corsOrigins(env.CORS_ORIGINS),
    sync: syncConfig(env),
    metricsToken: metricsToken(env.METRICS_TOKEN),
    files: filesConfig(env),
    webhooks: webhookConfig(env, nodeEnv, auth),
  };
}
