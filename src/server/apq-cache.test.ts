import net from 'node:net';
import { redisApqCache } from './apq-cache';

/** A local port nothing listens on: connections are refused at once. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('redisApqCache with Redis down', () => {
  it('answers lookups as misses and drops stores, without throwing', async () => {
    const errors: Error[] = [];
    const apq = redisApqCache(`redis://127.0.0.1:${await closedPort()}`, (error) => errors.push(error));
    try {
      await expect(apq.cache.set('apq:abc', '{ __typename }', { ttl: 60 })).resolves.toBeUndefined();
      await expect(apq.cache.get('apq:abc')).resolves.toBeUndefined();
      expect(errors.length).toBeGreaterThan(0);
    } finally {
      await apq.close();
    }
  });
});
