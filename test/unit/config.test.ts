import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config';

describe('loadConfig', () => {
  it('has defaults for a fresh machine', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ nodeEnv: 'development', port: 4000, databaseUrl: undefined, seedOnStart: true });
    expect(config.dataDir).toBe(path.resolve('.data'));
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
    });
    expect(config).toMatchObject({ port: 8080, databaseUrl: 'postgres://db/x', dataDir: '/var/lib/x', databasePoolSize: 20, seedOnStart: false });
    expect(config.exposeErrorDetails).toBe(false); // never in production
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ NODE_ENV: 'staging' }, /NODE_ENV/],
    [{ SEED_ON_START: 'maybe' }, /SEED_ON_START/],
  ])('rejects %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
