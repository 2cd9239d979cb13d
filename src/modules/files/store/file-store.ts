import { Readable } from 'node:stream';

/**
 * Where the bytes of uploaded files live, by key (the file's id; never its name). Metadata and rights
 * are the files module's business, not the store's.
 */
export interface FileStore {
  /** Stores the bytes under the key, durably, before it resolves; a key is written once. */
  put(key: string, content: Readable): Promise<void>;
  /** The bytes as a stream, or null when nothing is stored under the key. */
  get(key: string): Promise<Readable | null>;
  /** Removes the bytes; a missing key is not an error. */
  delete(key: string): Promise<void>;
}

/** Keys are UUIDs: nothing else ever reaches a path or a query. */
export const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function assertKey(key: string): void {
  if (!KEY.test(key)) throw new Error(`Not a file store key: ${JSON.stringify(key)}`);
}
