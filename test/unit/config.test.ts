import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config';

describe('loadConfig', () => {
  it('has defaults for a fresh machine', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ nodeEnv: 'development', port: 4000, databaseUrl: undefined, seedOnStart: true });
    expect(config.limits).toMatchObject({ maxActivities: 1000, anonymousRequestsPerMinute: 120, userRequestsPerMinute: 600 });
    expect(config.dataDir).toBe(path.resolve('.data'));
  });

  it('turns metrics on only with a METRICS_TOKEN that cannot be guessed or mangled in a header', () => {
    expect(loadConfig({}).metricsToken).toBeUndefined();
    expect(loadConfig({ METRICS_TOKEN: '' }).metricsToken).toBeUndefined();
    expect(loadConfig({ METRICS_TOKEN: 'scrape-0123456789abcdef' }).metricsToken).toBe('scrape-0123456789abcdef');
    for (const bad of ['short-token', 'has spaces 0123456789abcdef', 'tab\t0123456789abcdef', 'bär-0123456789abcdef']) {
      expect(() => loadConfig({ METRICS_TOKEN: bad })).toThrow('METRICS_TOKEN must be at least 16 printable characters');
    }
  });

  it('reads every variable', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      PORT: '8080',
      DATABASE_URL: 'postgres://db/x',
      DATA_DIR: '/var/lib/x',
      DATABASE_POOL_SIZE: '20',
      SEED_ON_START: 'false',
      EXPOSE_ERROR_DETAILS: 'true',
      JWT_SECRET: 'x'.repeat(32),
      ADMIN_EMAIL: ' Admin@Example.test ',
      ADMIN_PASSWORD: 'long enough password',
      REDIS_URL: 'redis://cache:6379',
      MAX_QUERY_DEPTH: '8',
      MAX_QUERY_COST: '500',
      TRUST_PROXY_HOPS: '1',
      MAX_ACTIVITIES_PER_REQUEST: '500',
      ANONYMOUS_REQUESTS_PER_MINUTE: '60',
      USER_REQUESTS_PER_MINUTE: '300',
      DATABASE_CONNECT_TIMEOUT_MS: '2500',
      LOGIN_PAIR_FAILURES: '4',
      LOGIN_EMAIL_FAILURES_PER_DAY: '30',
      LOGIN_ADDRESS_FAILURES_PER_DAY: '500',
      LOGIN_BACKOFF_BASE_SECONDS: '10',
      LOGIN_BACKOFF_MAX_SECONDS: '600',
    });
    expect(config).toMatchObject({ port: 8080, databaseUrl: 'postgres://db/x', dataDir: '/var/lib/x', databasePoolSize: 20, seedOnStart: false });
    expect(config.exposeErrorDetails).toBe(false); // never in production
    expect(config.auth).toMatchObject({ jwtSecret: 'x'.repeat(32), jwtSecretGenerated: false, adminEmail: 'admin@example.test', accessTokenTtlSeconds: 900 });
    expect(config.limits).toEqual({
      maxDepth: 8,
      maxCost: 500,
      introspection: false,
      maxActivities: 500,
      anonymousRequestsPerMinute: 60,
      userRequestsPerMinute: 300,
      lotVerificationsPerMinute: 60,
      persistedOperations: 'off',
    });
    expect(config).toMatchObject({ redisUrl: 'redis://cache:6379', trustProxyHops: 1, databaseConnectTimeoutMs: 2500 });
    expect(config.auth.login).toEqual({
      pairFailures: 4,
      emailFailuresPerDay: 30,
      addressFailuresPerDay: 500,
      backoffBaseSeconds: 10,
      backoffMaxSeconds: 600,
    });
  });

  it('reads CORS_ORIGINS as a list of exact origins, none by default', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: ' https://app.example.vn, http://localhost:5173,,https://app.example.vn ' }).corsOrigins).toEqual([
      'https://app.example.vn',
      'http://localhost:5173',
    ]);
  });

  it('keeps webhooks strict by default and their secrets readable across restarts once a key is set', () => {
    const secret = 'x'.repeat(32);
    expect(loadConfig({}).webhooks).toMatchObject({ allowInsecure: false, worker: 'in-process', secretKeyEphemeral: true });
    expect(loadConfig({ JWT_SECRET: secret }).webhooks).toMatchObject({ secretKeyEphemeral: false });
    expect(loadConfig({ WEBHOOK_SECRET_KEY: secret, WEBHOOK_ALLOW_INSECURE: 'on' }).webhooks).toMatchObject({
      allowInsecure: true,
      secretKey: secret,
      secretKeyEphemeral: false,
    });
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ NODE_ENV: 'staging' }, /NODE_ENV/],
    [{ SEED_ON_START: 'maybe' }, /SEED_ON_START/],
    [{ NODE_ENV: 'production' }, /JWT_SECRET is required/],
    [{ JWT_SECRET: 'short' }, /at least 32/],
    [{ ADMIN_PASSWORD: 'short' }, /ADMIN_PASSWORD/],
    [{ MAX_ACTIVITIES_PER_REQUEST: '0' }, /MAX_ACTIVITIES_PER_REQUEST/],
    [{ ANONYMOUS_REQUESTS_PER_MINUTE: 'many' }, /ANONYMOUS_REQUESTS_PER_MINUTE/],
    [{ USER_REQUESTS_PER_MINUTE: '0' }, /USER_REQUESTS_PER_MINUTE/],
    [{ PERSISTED_OPERATIONS: 'strict' }, /PERSISTED_OPERATIONS must be off or only/],
    [{ LOGIN_BACKOFF_BASE_SECONDS: '60', LOGIN_BACKOFF_MAX_SECONDS: '30' }, /LOGIN_BACKOFF_MAX_SECONDS/],
    // Replaced: they counted successful logins too.
    [{ LOGIN_ATTEMPTS_PER_EMAIL: '10' }, /LOGIN_ATTEMPTS_PER_EMAIL is no longer read/],
    [{ LOGIN_ATTEMPTS_PER_ADDRESS: '50' }, /LOGIN_ATTEMPTS_PER_ADDRESS is no longer read/],
    // Browsers send the bare origin: anything else would never match, so it stops the start instead.
    [{ CORS_ORIGINS: '*' }, /CORS_ORIGINS must list exact origins/],
    [{ CORS_ORIGINS: 'https://app.example.vn/' }, /write it as "https:\/\/app.example.vn"/],
    [{ CORS_ORIGINS: 'https://app.example.vn:443' }, /write it as "https:\/\/app.example.vn"/],
    [{ CORS_ORIGINS: 'https://App.example.vn' }, /CORS_ORIGINS/],
    [{ CORS_ORIGINS: 'app.example.vn' }, /CORS_ORIGINS/],
    [{ CORS_ORIGINS: 'ftp://app.example.vn' }, /CORS_ORIGINS/],
    [{ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), WEBHOOK_ALLOW_INSECURE: 'on' }, /WEBHOOK_ALLOW_INSECURE/],
    [{ WEBHOOK_SECRET_KEY: 'short' }, /WEBHOOK_SECRET_KEY/],
    [{ WEBHOOK_WORKER: 'sometimes' }, /WEBHOOK_WORKER/],
    [{ LOT_VERIFICATIONS_PER_MINUTE: 'many' }, /LOT_VERIFICATIONS_PER_MINUTE/],
    [{ WEBHOOK_BACKOFF_BASE_MS: '1000', WEBHOOK_BACKOFF_MAX_MS: '100' }, /WEBHOOK_BACKOFF_MAX_MS/],
  ])('rejects %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
