// @daklak-lowemission/client: the API's typed documents (generated from schema/schema.graphql and
// sdk/operations), a fetch wrapper with token refresh, an idempotent write queue and change-feed sync.
export * from './generated/graphql';
export { ApiClient, operationName, persistedHash } from './client';
export type { ClientOptions, RequestOptions, Session, SessionStore } from './client';
export { ApiError, withoutUserErrors } from './errors';
export type { GraphQLErrorShape, UserError } from './errors';
export { MemoryPendingWriteStore, WriteQueue, newIdempotencyKey, withIdempotencyKey } from './idempotency';
export type { FlushResult, PendingWrite, PendingWriteStore } from './idempotency';
export { MemorySyncStore, applyRecord, syncChanges, syncFeed } from './sync';
export type { ApplyOutcome, ChangeFeedVariables, FeedPage, FeedPageFetcher, FeedRecord, SyncResult, SyncStore, SyncedRecord } from './sync';
