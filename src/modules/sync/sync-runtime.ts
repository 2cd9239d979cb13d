import { AppConfig, SyncConfig } from '../../config';
import { SubmissionSource } from './ports';
import { AdapterRegistry, SyncTarget } from './registry';

/** A process's sync configuration: the validated targets and the worker settings. */
export interface SyncRuntime {
  targets: SyncTarget[];
  settings: SyncConfig;
}

declare module '../../core/context' {
  interface AppRuntime {
    /** The national sync's targets and settings (enqueueing, syncTargets). */
    sync: SyncRuntime;
    /** The verified inventories the sync sends, from the inventory module (a port). */
    nationalSubmissions: SubmissionSource;
  }
}

/**
 * Validates the targets with their adapters (a bad one throws ConfigError, so a bad SYNC_TARGETS
 * stops a start). The composition root calls it once per process and hands the result around.
 */
export function configureSync(
  config: Pick<AppConfig, 'sync' | 'dataDir'>,
  env: NodeJS.ProcessEnv = process.env,
  registry = new AdapterRegistry(),
): SyncRuntime {
  return { targets: registry.resolve(config.sync.targets, { env, dataDir: config.dataDir }), settings: config.sync };
}
