// The sync module's public surface: other modules import only this file (or ports.ts).
export { syncModule } from './sync.module';
export { enqueueInventorySync, prepareSyncQueue } from './outbox';
export { configureSync } from './sync-runtime';
export type { SyncRuntime } from './sync-runtime';
export { exitOnStartError, runWorkerProcess } from './worker-process';
export { startSyncWorker } from './worker';
export type { SyncWorker } from './worker';
