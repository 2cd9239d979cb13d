import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { ApiClient } from './client';
import { ApiError, UserError } from './errors';
import { operationName } from './client';

/**
 * A key for one logical write (8-100 letters, digits or . _ : -, as the API asks). Create it once,
 * when the user saves, and store it with the write: every retry must send the same key, so the API
 * answers a repeat with the first result instead of writing twice.
 */
export function newIdempotencyKey(): string {
  return globalThis.crypto.randomUUID();
}

/** The input with a key: the one it has, or a new one. */
export function withIdempotencyKey<I extends { idempotencyKey?: string | null }>(input: I): I & { idempotencyKey: string } {
  return { ...input, idempotencyKey: input.idempotencyKey ?? newIdempotencyKey() };
}

/** A write waiting to be sent, as stored (plain JSON: it survives an app restart). */
export interface PendingWrite {
  /** The idempotency key; also this write's id in the store. */
  key: string;
  /** The SDK operation, e.g. "CreatePilotModel". */
  operation: string;
  input: Record<string, unknown>;
  queuedAt: string;
  attempts: number;
  /** Sent as X-Request-Id on every attempt, so the server's logs tie the retries together. */
  requestId: string;
}

/** Where pending writes live (IndexedDB, SQLite, a file); `list` returns them oldest first. */
export interface PendingWriteStore {
  list(): Promise<PendingWrite[]>;
  put(write: PendingWrite): Promise<void>;
  remove(key: string): Promise<void>;
}

export class MemoryPendingWriteStore implements PendingWriteStore {
  private readonly writes = new Map<string, PendingWrite>();
  async list(): Promise<PendingWrite[]> {
    return [...this.writes.values()];
  }
  async put(write: PendingWrite): Promise<void> {
    this.writes.set(write.key, write);
  }
  async remove(key: string): Promise<void> {
    this.writes.delete(key);
  }
}

export interface FlushResult {
  sent: { write: PendingWrite; data: unknown }[];
  /**
   * Refused for good: the API said no to this write (BAD_USER_INPUT, FORBIDDEN, NOT_FOUND, CONFLICT,
   * LOCKED, or userErrors in its payload, code USER_ERRORS). Removed from the queue; show them to the user.
   */
  refused: { write: PendingWrite; error: ApiError }[];
  /**
   * The write that stopped the flush, if any: anything else (no network, a failing server, a session
   * that ended) leaves it queued with its key, and the writes after it, for the next flush.
   */
  stoppedBy: { write: PendingWrite; error: ApiError } | null;
}

/** Answers that refuse the write itself: sending it again would get the same answer. */
const REFUSALS = new Set(['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'LOCKED', 'USER_ERRORS']);

/** The userErrors of a mutation's payload (`{ <mutation>: { …, userErrors } }`), if any. */
function userErrorsOf(data: unknown): UserError[] {
  const payload = Object.values(data as Record<string, { userErrors?: UserError[] } | null>)[0];
  return payload?.userErrors ?? [];
}

type WriteDocument = TypedDocumentNode<unknown, { input: never }>;

/**
 * An offline write queue for the field apps. `enqueue` gives the write its idempotency key and
 * stores it; `flush` sends the queue in order and keeps a write (with the same key) while the
 * network or the server fails, so a retry can never create a second record.
 */
export class WriteQueue {
  private readonly documents = new Map<string, WriteDocument>();

  constructor(
    private readonly client: ApiClient,
    private readonly store: PendingWriteStore,
    documents: readonly TypedDocumentNode<unknown, { input: never }>[],
  ) {
    for (const document of documents) {
      const name = operationName(document);
      if (name) this.documents.set(name, document);
    }
  }

  async enqueue<I extends { idempotencyKey?: string | null }>(document: TypedDocumentNode<unknown, { input: I }>, input: I): Promise<PendingWrite> {
    const operation = operationName(document);
    if (!operation || !this.documents.has(operation)) throw new Error(`WriteQueue: ${operation ?? 'this document'} is not one of the queue's documents`);
    const keyed = withIdempotencyKey(input);
    const write: PendingWrite = {
      key: keyed.idempotencyKey,
      operation,
      input: keyed,
      queuedAt: new Date().toISOString(),
      attempts: 0,
      requestId: newIdempotencyKey(),
    };
    await this.store.put(write);
    return write;
  }

  async flush(): Promise<FlushResult> {
    const result: FlushResult = { sent: [], refused: [], stoppedBy: null };
    for (const write of await this.store.list()) {
      const document = this.documents.get(write.operation);
      if (!document) throw new Error(`WriteQueue: no document for queued operation ${write.operation}`);
      const attempt = { ...write, attempts: write.attempts + 1 };
      await this.store.put(attempt);
      let data: unknown;
      try {
        data = await this.client.request(document, { input: write.input as never }, { requestId: write.requestId });
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        if (!REFUSALS.has(error.code)) {
          result.stoppedBy = { write: attempt, error };
          return result;
        }
        await this.store.remove(write.key);
        result.refused.push({ write: attempt, error });
        continue;
      }
      await this.store.remove(write.key);
      const userErrors = userErrorsOf(data);
      if (userErrors.length > 0) {
        result.refused.push({ write: attempt, error: new ApiError(userErrors.map((e) => e.message).join('; '), { code: 'USER_ERRORS', userErrors }) });
      } else {
        result.sent.push({ write: attempt, data });
      }
    }
    return result;
  }
}
