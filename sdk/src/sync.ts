import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { ApiClient } from './client';

/** What every synced record has: a global id, a version that grows with each change, and deletedAt on a tombstone. */
export interface SyncedRecord {
  id: string;
  version: number;
  deletedAt?: string | null;
}

/**
 * The app's local copy of one record type. It must remember the version of a deleted record (a
 * tombstone, however small) so that an older copy arriving later does not bring it back.
 */
export interface SyncStore<R extends SyncedRecord> {
  /** The version held for this id, live or deleted; undefined when never seen. */
  versionOf(id: string): number | undefined | Promise<number | undefined>;
  put(record: R): void | Promise<void>;
  /** Drops the record and keeps (id, version) as a tombstone. */
  remove(id: string, version: number): void | Promise<void>;
  /** The watermark of the last complete sync, sent as `updatedSince`; null before the first. */
  watermark(): string | null | Promise<string | null>;
  setWatermark(watermark: string): void | Promise<void>;
}

export type ApplyOutcome = 'stored' | 'deleted' | 'ignored';

/** Applies one record by id and version: never an older or equal version over a newer one; a tombstone deletes. */
export async function applyRecord<R extends SyncedRecord>(store: SyncStore<R>, record: R): Promise<ApplyOutcome> {
  const held = await store.versionOf(record.id);
  if (held !== undefined && record.version <= held) return 'ignored';
  if (record.deletedAt) {
    await store.remove(record.id, record.version);
    return 'deleted';
  }
  await store.put(record);
  return 'stored';
}

/** One page of a change feed, as every `…Changes` document of the SDK returns it. */
export interface FeedPage<R> {
  syncWatermark: string;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: R }[];
}

export type FeedPageFetcher<R> = (updatedSince: string | null, after: string | null) => Promise<FeedPage<R>>;

export interface SyncResult {
  pages: number;
  stored: number;
  deleted: number;
  ignored: number;
  /** The watermark now stored: the next sync starts there. */
  watermark: string;
}

/**
 * Pages through the change feed since the stored watermark until the last page, applies every
 * record, then stores the watermark the API returned. Stopped half-way (a network failure throws),
 * the old watermark stays and the next run fetches those changes again; applying by version makes
 * that harmless.
 */
export async function syncFeed<R extends SyncedRecord>(fetchPage: FeedPageFetcher<R>, store: SyncStore<R>): Promise<SyncResult> {
  const since = await store.watermark();
  const result = { pages: 0, stored: 0, deleted: 0, ignored: 0 };
  let watermark: string | null = null;
  let after: string | null = null;
  for (;;) {
    const page: FeedPage<R> = await fetchPage(since, after);
    result.pages += 1;
    // Every page of one listing carries the first page's watermark.
    watermark ??= page.syncWatermark;
    for (const { node } of page.edges) result[await applyRecord(store, node)] += 1;
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
    after = page.pageInfo.endCursor;
  }
  await store.setWatermark(watermark);
  return { ...result, watermark };
}

export interface ChangeFeedVariables {
  updatedSince?: string | null;
  after?: string | null;
  first?: number | null;
}

/** The record type of a change-feed query, e.g. PilotModelFieldsFragment for PilotModelChangesQuery. */
export type FeedRecord<Q> = Q[keyof Q] extends FeedPage<infer R extends SyncedRecord> ? R : never;

/**
 * Syncs one record type with one of the SDK's change-feed documents, e.g.
 * `syncChanges(client, PilotModelChangesDocument, store)`.
 */
export function syncChanges<Q extends Record<string, FeedPage<SyncedRecord>>>(
  client: ApiClient,
  document: TypedDocumentNode<Q, ChangeFeedVariables>,
  store: SyncStore<FeedRecord<Q>>,
  options: { pageSize?: number } = {},
): Promise<SyncResult> {
  const first = options.pageSize ?? 100;
  return syncFeed<FeedRecord<Q>>(async (updatedSince, after) => {
    const data = await client.request(document, { updatedSince, after, first });
    return Object.values(data)[0] as FeedPage<FeedRecord<Q>>;
  }, store);
}

/** A SyncStore in memory: for tests, and a model for an IndexedDB or SQLite one. */
export class MemorySyncStore<R extends SyncedRecord> implements SyncStore<R> {
  readonly records = new Map<string, R>();
  readonly tombstones = new Map<string, number>();
  private mark: string | null = null;

  versionOf(id: string): number | undefined {
    return this.records.get(id)?.version ?? this.tombstones.get(id);
  }
  put(record: R): void {
    this.tombstones.delete(record.id);
    this.records.set(record.id, record);
  }
  remove(id: string, version: number): void {
    this.records.delete(id);
    this.tombstones.set(id, version);
  }
  watermark(): string | null {
    return this.mark;
  }
  setWatermark(watermark: string): void {
    this.mark = watermark;
  }
}
