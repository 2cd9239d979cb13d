import { ConfigError, SyncTargetConfig } from '../../config';
import { AdapterConfigError, AdapterContext, SyncAdapter, SyncAdapterDefinition } from './adapter';
import { ADAPTERS } from './adapters';

/** A target of SYNC_TARGETS with its adapter validated and connected. */
export interface SyncTarget {
  name: string;
  adapterName: string;
  adapter: SyncAdapter;
}

/** Adapter kinds by name; built from adapters/index.ts, so adding one changes no file here. */
export class AdapterRegistry {
  private readonly byName = new Map<string, SyncAdapterDefinition>();

  constructor(definitions: readonly SyncAdapterDefinition[] = ADAPTERS) {
    for (const definition of definitions) this.register(definition);
  }

  register(definition: SyncAdapterDefinition): void {
    if (this.byName.has(definition.name)) throw new Error(`two sync adapters are named "${definition.name}"`);
    this.byName.set(definition.name, definition);
  }

  names(): string[] {
    return [...this.byName.keys()].sort();
  }

  /** Validates every target's settings with its adapter; the first problem stops the start, naming the target. */
  resolve(targets: readonly SyncTargetConfig[], context: AdapterContext): SyncTarget[] {
    return targets.map((target) => {
      const definition = this.byName.get(target.adapter);
      if (!definition) {
        throw new ConfigError(`SYNC_TARGETS: target "${target.name}" names unknown adapter "${target.adapter}"; known: ${this.names().join(', ')}`);
      }
      try {
        const config = definition.validateConfig(target.settings, context);
        return { name: target.name, adapterName: definition.name, adapter: definition.create(config, target.name) };
      } catch (error) {
        if (error instanceof AdapterConfigError) {
          throw new ConfigError(`SYNC_TARGETS: target "${target.name}" (${definition.name}): ${error.message}`);
        }
        throw error;
      }
    });
  }
}
