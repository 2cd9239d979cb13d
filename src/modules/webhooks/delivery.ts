import { Logger } from 'pino';
import { DataSource, EntityManager } from 'typeorm';
import { WebhookConfig } from '../../config';
import { toGlobalId } from '../../core/relay/global-id';
import { Resolver, WebhookUrlRefused, checkWebhookUrl } from './address-guard';
import { postTo } from './http-post';
import { scheduleDeliveries } from './outbox';
import { openSecret } from './secret-box';
import { signatureOf } from './signature';
import { WebhookDeliveryStatus } from './webhook-delivery.entity';
import { WebhookSubscriptionStatus } from './webhook-subscription.entity';

export interface DeliveryDeps {
  dataSource: DataSource;
  settings: WebhookConfig;
  logger: Logger;
  /** DNS, replaceable in tests. */
  resolve?: Resolver;
}

interface DeliveryRow {
  id: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  event: string;
  body: string;
  subscription_id: string;
  url: string;
  secret_ciphertext: string;
  subscription_status: WebhookSubscriptionStatus;
}

/** Equal-jitter exponential backoff: the n-th retry waits between half and all of min(max, base·2^(n-1)). */
export function retryDelayMs(attempt: number, policy: Pick<WebhookConfig, 'backoffBaseMs' | 'backoffMaxMs'>, random = Math.random): number {
  const ceiling = Math.min(policy.backoffMaxMs, policy.backoffBaseMs * 2 ** Math.min(Math.max(attempt - 1, 0), 30));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

interface Outcome {
  ok: boolean;
  status: number | null;
  error: string | null;
  durationMs: number;
}

async function attempt(deps: DeliveryDeps, row: DeliveryRow): Promise<Outcome> {
  const started = Date.now();
  const secret = openSecret(row.secret_ciphertext, deps.settings.secretKey);
  if (secret === null) {
    return {
      ok: false,
      status: null,
      error: 'the secret cannot be decrypted (WEBHOOK_SECRET_KEY changed): set it again with updateWebhookSubscription',
      durationMs: 0,
    };
  }
  try {
    // Checked again now, and the connection goes to the address checked (DNS rebinding).
    const { url, address } = await checkWebhookUrl(row.url, deps.settings, deps.resolve);
    const headers = {
      'x-signature-256': signatureOf(row.body, secret),
      'x-webhook-delivery': toGlobalId('WebhookDelivery', row.id),
      'x-webhook-timestamp': String(Math.floor(Date.now() / 1000)),
      'x-webhook-event': row.event,
    };
    const { status, error } = await postTo(url, address, row.body, headers, deps.settings.deliveryTimeoutMs);
    return { ok: error === null, status, error, durationMs: Date.now() - started };
  } catch (error) {
    if (error instanceof WebhookUrlRefused) return { ok: false, status: null, error: `refused: ${error.message}`, durationMs: Date.now() - started };
    throw error;
  }
}

/** Records an attempt's outcome and, after a failure, the retry or the end (and perhaps the subscription's). */
async function record(manager: EntityManager, settings: WebhookConfig, row: DeliveryRow, outcome: Outcome): Promise<void> {
  const attempts = row.attempts + 1;
  const common = [row.id, attempts, outcome.status, outcome.error, outcome.durationMs];
  if (outcome.ok) {
    await manager.query(
      `UPDATE webhook_delivery SET status = 'SUCCEEDED', attempts = $2, response_status = $3, last_error = $4, duration_ms = $5,
         last_attempt_at = now(), delivered_at = now(), next_attempt_at = NULL, updated_at = now() WHERE id = $1`,
      common,
    );
    await manager.query(`UPDATE webhook_subscription SET consecutive_failures = 0 WHERE id = $1 AND consecutive_failures <> 0`, [row.subscription_id]);
    return;
  }
  const last = attempts >= settings.maxAttempts;
  const next = last ? null : new Date(Date.now() + retryDelayMs(attempts, settings));
  await manager.query(
    `UPDATE webhook_delivery SET status = $6, attempts = $2, response_status = $3, last_error = $4, duration_ms = $5,
       last_attempt_at = now(), next_attempt_at = $7, updated_at = now() WHERE id = $1`,
    [...common, last ? WebhookDeliveryStatus.FAILED : WebhookDeliveryStatus.PENDING, next],
  );
  // Failures in a row over all the subscription's deliveries; past the limit it is disabled.
  const [[sub]] = await manager.query(
    `UPDATE webhook_subscription SET consecutive_failures = consecutive_failures + 1,
       status = CASE WHEN consecutive_failures + 1 >= $2 THEN 'DISABLED' ELSE status END,
       disabled_reason = CASE WHEN consecutive_failures + 1 >= $2 AND status = 'ACTIVE' THEN $3 ELSE disabled_reason END,
       updated_at = now()
     WHERE id = $1 RETURNING status`,
    [row.subscription_id, settings.disableAfterFailures, `${settings.disableAfterFailures} failed attempts in a row; the last: ${outcome.error}`],
  );
  if (next && sub?.status === WebhookSubscriptionStatus.ACTIVE) await scheduleDeliveries(manager, [row.id], next);
  else if (next) await failPending(manager, row.id, 'its subscription was disabled');
}

const failPending = (manager: Pick<EntityManager, 'query'>, id: string, reason: string) =>
  manager.query(
    `UPDATE webhook_delivery SET status = 'FAILED', next_attempt_at = NULL, last_error = $2, updated_at = now() WHERE id = $1 AND status = 'PENDING'`,
    [id, reason],
  );

/** The queue task: one attempt of one delivery; failures are recorded and rescheduled here, never thrown. */
export async function deliverWebhook(deps: DeliveryDeps, deliveryId: string): Promise<void> {
  const [row] = await deps.dataSource.query<DeliveryRow[]>(
    `SELECT d.id, d.status, d.attempts, d.event, d.body, d.subscription_id, s.url, s.secret_ciphertext, s.status AS subscription_status
     FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id WHERE d.id = $1`,
    [deliveryId],
  );
  if (!row || row.status !== WebhookDeliveryStatus.PENDING) return;
  if (row.subscription_status !== WebhookSubscriptionStatus.ACTIVE) {
    await failPending(deps.dataSource, row.id, 'its subscription is disabled');
    return;
  }
  const outcome = await attempt(deps, row);
  deps.logger[outcome.ok ? 'info' : 'warn'](
    { deliveryId, subscriptionId: row.subscription_id, event: row.event, attempt: row.attempts + 1, status: outcome.status, error: outcome.error },
    outcome.ok ? 'webhook delivered' : 'webhook attempt failed',
  );
  await deps.dataSource.transaction(async (manager) => {
    // Only the attempt that still finds the row as it read it records (a redelivery or another worker may have moved on).
    const [current] = await manager.query(`SELECT status, attempts FROM webhook_delivery WHERE id = $1 FOR UPDATE`, [row.id]);
    if (!current || current.status !== WebhookDeliveryStatus.PENDING || current.attempts !== row.attempts) return;
    await record(manager, deps.settings, row, outcome);
  });
}
