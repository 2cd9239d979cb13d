import Redis from 'ioredis';

/** Longest the first rate-limit check waits for the initial connection (a black-holed host sends no refusal). */
const FIRST_CONNECT_WAIT_MS = 1000;

export interface RedisConnection {
  client: Redis;
  /** Resolves (never rejects) once the first connection attempt succeeded, failed or took too long. */
  settled: Promise<void>;
  close(): Promise<void>;
}

export function openRedisConnection(url: string, onError?: (error: Error) => void): RedisConnection {
  const client = new Redis(url, {
    // rate-limiter-flexible's advice: while disconnected, commands fail at once (and the insurance
    // limiter answers) instead of queueing requests until Redis returns.
    enableOfflineQueue: false,
    // A command caught by a dropped connection fails now instead of being re-sent over ~20 reconnects,
    maxRetriesPerRequest: 0,
    // and one sent to a Redis that stopped answering (no RST) fails after a second.
    commandTimeout: 1000,
    // The rate-limit checks of requests that arrive in the same event-loop turn go to Redis in one
    // write (a pipeline sent from setImmediate) instead of one write each; each is still its own command.
    enableAutoPipelining: true,
  });
  // Without a listener ioredis prints every failed reconnect to stderr; the caller may log them instead.
  if (onError) client.on('error', onError);

  // Commands sent before the first 'ready' would fail, so the first checks after start would all be
  // counted per process; they wait for the first attempt to settle instead.
  const settled = new Promise<void>((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      for (const event of ['ready', 'error', 'end']) client.off(event, done);
      resolve();
    };
    const timer = setTimeout(done, FIRST_CONNECT_WAIT_MS).unref();
    for (const event of ['ready', 'error', 'end']) client.once(event, done);
  });

  return {
    client,
    settled,
    async close() {
      // quit() needs a live connection: while Redis is down it rejects and leaves the reconnect timer running.
      if (client.status === 'ready') await client.quit().catch(() => client.disconnect());
      else client.disconnect();
    },
  };
}
