import { AppConfig, SyncConfig, loadConfig } from '../../config';
import { AdapterRegistry, SyncTarget } from './registry';

/** This process's sync configuration: the validated targets and the worker settings. */
export interface SyncRuntime {
  targets: SyncTarget[];
  settings: SyncConfig;
}

let current: SyncRuntime | null = null;

/**
 * Validates the targets with their adapters (a bad one throws ConfigError) and makes them this
 * process's targets. main.ts and the worker call it at start; enqueueing and syncTargets read it.
 */
export function configureSync(
  config: Pick<AppConfig, 'sync' | 'dataDir'>,
  env: NodeJS.ProcessEnv = process.env,
  registry = new AdapterRegistry(),
): SyncRuntime {
  current = { targets: registry.resolve(config.sync.targets, { env, dataDir: config.dataDir }), settings: config.sync };
  return current;
}

/** The configured runtime; a process that never called configureSync (a test server) reads its environment. */
export function syncRuntime(): SyncRuntime {
  return current ?? configureSync(loadConfig());
}
