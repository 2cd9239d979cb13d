import { SyncAdapterDefinition } from '../adapter';
import { fileAdapter } from './file';
import { httpJsonAdapter } from './http-json';

/** Every adapter a target may name in SYNC_TARGETS. A new adapter is a file here plus one line in this list. */
export const ADAPTERS: readonly SyncAdapterDefinition[] = [fileAdapter, httpJsonAdapter];
