import path from 'node:path';
import { ConfigError, loadConfig } from '../../config';
import { AdapterRegistry } from './registry';
import { configureSync } from './sync-runtime';

const resolve = (env: Record<string, string>) => configureSync(loadConfig({ DATA_DIR: '/var/lib/lowemission', ...env }), env).targets;
const targets = (value: unknown) => ({ SYNC_TARGETS: JSON.stringify(value) });

describe('sync configuration', () => {
  it('defaults to one file target writing to DATA_DIR/national-sync, delivered in-process', () => {
    const config = loadConfig({});
    expect(config.sync).toMatchObject({ worker: 'in-process', concurrency: 2, deliveryTimeoutMs: 30_000, leaseMs: 60_000, maxAttempts: 50 });
    const [target] = resolve({});
    expect(target).toMatchObject({ name: 'national-file', adapterName: 'file' });
    expect(target.adapter.description).toBe(`packages in ${path.join('/var/lib/lowemission', 'national-sync')}`);
  });

  it('can have no target', () => {
    expect(resolve({ SYNC_TARGETS: 'none' })).toEqual([]);
    expect(resolve(targets([]))).toEqual([]);
  });

  it('configures both built-ins, keeping secrets out of the description', () => {
    const [file, http, keyed] = resolve({
      ...targets([
        { name: 'archive', adapter: 'file', directory: '/srv/national' },
        { name: 'national', adapter: 'http-json', url: 'https://ghg.example.gov.vn/api/submissions', bearerTokenEnv: 'NATIONAL_TOKEN' },
        { name: 'mirror', adapter: 'http-json', url: 'http://mirror.example/submit', apiKey: 'k-123', apiKeyHeader: 'X-Partner-Key' },
      ]),
      NATIONAL_TOKEN: 'secret-token',
    });
    expect(file.adapter.description).toBe('packages in /srv/national');
    expect(http.adapter.description).toBe('POST https://ghg.example.gov.vn/api/submissions (bearer token)');
    expect(keyed.adapter.description).toBe('POST http://mirror.example/submit (X-Partner-Key)');
    expect(JSON.stringify([file, http, keyed].map((t) => t.adapter.description))).not.toMatch(/secret-token|k-123/);
  });

  it.each([
    [{ SYNC_TARGETS: '[{"name":' }, /SYNC_TARGETS must be a JSON array/],
    [{ SYNC_TARGETS: '{"name":"x"}' }, /SYNC_TARGETS must be a JSON array/],
    [targets([{ name: 'Bad Name', adapter: 'file' }]), /SYNC_TARGETS\[0\]\.name must be lower-case/],
    [
      targets([
        { name: 'a', adapter: 'file' },
        { name: 'a', adapter: 'file' },
      ]),
      /two targets named "a"/,
    ],
    [targets([{ name: 'a' }]), /\(a\) needs an "adapter"/],
    [targets([{ name: 'a', adapter: 'sftp' }]), /target "a" names unknown adapter "sftp"; known: file, http-json/],
    [targets([{ name: 'a', adapter: 'http-json' }]), /target "a" \(http-json\): "url" must be a non-empty string/],
    [targets([{ name: 'a', adapter: 'http-json', url: 'ftp://x' }]), /"url" must be http or https/],
    [targets([{ name: 'a', adapter: 'http-json', url: 'not a url' }]), /"url" is not a URL/],
    [targets([{ name: 'a', adapter: 'http-json', url: 'https://u:p@x' }]), /must not hold credentials/],
    [targets([{ name: 'a', adapter: 'http-json', url: 'https://x', bearerTokenEnv: 'MISSING_TOKEN' }]), /names MISSING_TOKEN, which is not set/],
    [targets([{ name: 'a', adapter: 'http-json', url: 'https://x', bearerToken: 't', apiKey: 'k' }]), /not both/],
    [targets([{ name: 'a', adapter: 'http-json', url: 'https://x', timeout: 5 }]), /unknown setting\(s\) "timeout"/],
    [targets([{ name: 'a', adapter: 'file', directory: '' }]), /"directory" must be a non-empty string/],
    [{ SYNC_WORKER: 'sometimes' }, /SYNC_WORKER must be in-process or off/],
    [{ SYNC_DELIVERY_TIMEOUT_MS: '5000', SYNC_LEASE_MS: '5000' }, /SYNC_LEASE_MS must be longer/],
    [{ SYNC_BACKOFF_BASE_MS: '5000', SYNC_BACKOFF_MAX_MS: '1000' }, /SYNC_BACKOFF_MAX_MS must be at least/],
  ])('stops the start on %j', (env, message) => {
    expect(() => resolve(env)).toThrow(ConfigError);
    expect(() => resolve(env)).toThrow(message);
  });

  it('takes a new adapter without changing the registry', () => {
    const registry = new AdapterRegistry([
      {
        name: 'null',
        validateConfig: () => ({}),
        create: () => ({
          description: 'nowhere',
          buildSubmission: () => {
            throw new Error('unused');
          },
          deliver: async () => ({ ackId: 'x' }),
        }),
      },
    ]);
    expect(registry.names()).toEqual(['null']);
    expect(() =>
      registry.register({
        name: 'null',
        validateConfig: () => ({}),
        create: () => {
          throw new Error('unused');
        },
      }),
    ).toThrow(/two sync adapters/);
  });
});
