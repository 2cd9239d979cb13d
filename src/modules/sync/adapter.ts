import type { SubmissionDocumentV2 } from './crt/submission-v2';
import { InventorySubmissionSource, SubmissionDocument } from './submission';

/**
 * How a failed delivery is handled: TEMPORARY is retried with backoff (receiver down, timeout, 5xx,
 * 429); PERMANENT stops and shows the reason (the receiver rejected the submission); AUTH stops and
 * alerts (our credentials were refused: nothing will pass until someone fixes the configuration).
 */
export type FailureKind = 'TEMPORARY' | 'PERMANENT' | 'AUTH';

/** What an adapter throws from deliver() when it did not get an acknowledgement. */
export class DeliveryFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    /** The receiver asked us to wait this long (e.g. Retry-After); the backoff is never shorter. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
    this.name = 'DeliveryFailure';
  }
}

/** Thrown by validateConfig(); the start stops with the target's name and this message. */
export class AdapterConfigError extends Error {}

/** One delivery, ready to send: the same verified version always builds the same bytes and hash. */
export interface Submission {
  document: SubmissionDocument | SubmissionDocumentV2;
  /** The exact main body sent (canonical JSON for the built-ins). */
  body: string;
  contentType: string;
  /** SHA-256 (hex) of `body`; recorded on the SyncJob, and a retry must build the same. */
  contentHash: string;
}

/** The receiver's acknowledgement: its own id for what it accepted. */
export interface DeliveryReceipt {
  ackId: string;
}

/** What a receiver says about a submission it acknowledged (optional per adapter). */
export interface ReceiverStatus {
  state: string;
  detail: string | null;
}

/** What an adapter may know when it validates its settings. */
export interface AdapterContext {
  /** For secrets named by environment variable (e.g. `bearerTokenEnv`). */
  env: NodeJS.ProcessEnv;
  /** The service's data folder (relative paths are resolved against the working directory). */
  dataDir: string;
}

/** Settings of one target from SYNC_TARGETS: every member except `name` and `adapter`. */
export type AdapterSettings = Readonly<Record<string, unknown>>;

/** A configured target's connection to its receiver. */
export interface SyncAdapter {
  /** Where it delivers, for syncTargets; never a secret. */
  readonly description: string;
  buildSubmission(source: InventorySubmissionSource): Submission;
  /**
   * Delivers with `idempotencyKey` (the same on every retry and after a crash); the receiver must
   * keep one copy per key. Resolves with its acknowledgement or throws a DeliveryFailure; `signal`
   * aborts on timeout or shutdown.
   */
  deliver(submission: Submission, idempotencyKey: string, signal: AbortSignal): Promise<DeliveryReceipt>;
  pollStatus?(ackId: string, signal: AbortSignal): Promise<ReceiverStatus>;
}

/** An adapter kind (`file`, `http-json`, ...): validates a target's settings, then connects it. */
export interface SyncAdapterDefinition<TConfig = unknown> {
  readonly name: string;
  /** Runs at start; throws AdapterConfigError naming the bad setting. */
  validateConfig(settings: AdapterSettings, context: AdapterContext): TConfig;
  create(config: TConfig, targetName: string): SyncAdapter;
}

/** Keeps the config type of an adapter checked between validateConfig and create. */
export const defineAdapter = <TConfig>(definition: SyncAdapterDefinition<TConfig>): SyncAdapterDefinition<TConfig> => definition;

/** Settings helpers shared by adapters: each names the setting in its message. */
export const settings = {
  string(values: AdapterSettings, key: string, fallback?: string): string {
    const value = values[key] ?? fallback;
    if (typeof value !== 'string' || value.trim() === '') throw new AdapterConfigError(`"${key}" must be a non-empty string`);
    return value.trim();
  },
  optionalString(values: AdapterSettings, key: string): string | undefined {
    return values[key] === undefined ? undefined : settings.string(values, key);
  },
  int(values: AdapterSettings, key: string, fallback: number, min: number, max: number): number {
    const value = values[key] ?? fallback;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      throw new AdapterConfigError(`"${key}" must be an integer between ${min} and ${max}`);
    }
    return value;
  },
  /** Refuses settings the adapter does not know, so a misspelt key is not silently ignored. */
  only(values: AdapterSettings, known: string[]): void {
    const unknown = Object.keys(values).filter((key) => !known.includes(key));
    if (unknown.length) throw new AdapterConfigError(`unknown setting(s) ${unknown.map((k) => `"${k}"`).join(', ')}; known: ${known.join(', ')}`);
  },
};
