import { KeyvAdapter } from '@apollo/utils.keyvadapter';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import KeyvRedis, { createClient } from '@keyv/redis';
import { Keyv } from 'keyv';

/** Redis keys of the automatic persisted queries: `lowemission:apq:apq:<sha256>` (Apollo adds its own "apq:"). */
export const APQ_NAMESPACE = 'lowemission:apq';
/** A registered document stays a day; after that, a client sending only its hash is asked for the text once more. */
export const APQ_TTL_SECONDS = 24 * 60 * 60;

export interface ApqCache {
  cache: KeyValueCache<string>;
  close(): Promise<void>;
}

/**
 * Apollo's automatic persisted queries kept in Redis, so a document registered through one API
 * process is known to all of them. Redis down is a cache miss, never an error or a wait: commands fail
 * at once while disconnected (no offline queue), the client reconnects in the background, and a miss
 * only makes the client send the document's text, as the protocol provides.
 */
export function redisApqCache(url: string, onError: (error: Error) => void): ApqCache {
  const client = createClient({ url, disableOfflineQueue: true, socket: { connectTimeout: 1000 } });
  client.on('error', onError);
  // Connected here, not on the first lookup, so no request waits for a connection attempt.
  client.connect().catch(onError);
  const store = new KeyvRedis(client, { namespace: APQ_NAMESPACE, keyPrefixSeparator: ':', throwOnConnectError: false, throwOnErrors: false });
  store.on('error', onError);
  const keyv = new Keyv<string>({ store, namespace: APQ_NAMESPACE, useKeyPrefix: false, throwOnErrors: false });
  keyv.on('error', onError);
  return {
    cache: new KeyvAdapter(keyv),
    close: async () => {
      if (client.isOpen) await client.close();
    },
  };
}
