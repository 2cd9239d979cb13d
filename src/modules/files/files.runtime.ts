import path from 'node:path';
import { DataSource } from 'typeorm';
import { ServiceSetup } from '../../core/modules/api-module';
import { FileStore } from './store/file-store';
import { filesystemFileStore } from './store/fs-file-store';
import { postgresFileStore } from './store/pg-file-store';

/** The files settings every process shares (from MAX_FILE_BYTES, FILE_STORE and DATA_DIR). */
export interface FilesRuntime {
  maxBytes: number;
  store: 'filesystem' | 'postgres';
  /** Where the filesystem store keeps files: DATA_DIR/files. */
  directory: string;
}

declare module '../../core/context' {
  interface AppRuntime {
    files: FilesRuntime;
  }
}

export function filesRuntime({ config }: ServiceSetup): { files: FilesRuntime } {
  return { files: { maxBytes: config.files.maxBytes, store: config.files.store, directory: path.join(config.dataDir, 'files') } };
}

/** The store FILE_STORE names: the filesystem (the default, so the embedded start works) or PostgreSQL. */
export function createFileStore(files: FilesRuntime, dataSource: DataSource): FileStore {
  return files.store === 'postgres' ? postgresFileStore(dataSource) : filesystemFileStore(files.directory);
}
