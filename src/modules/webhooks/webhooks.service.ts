import { EntityManager } from 'typeorm';
import { RequestContext } from '../../core/context';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../core/errors/app-errors';
import { UserError } from '../../core/errors/user-error';
import { ConnectionResult } from '../../core/relay/connection';
import { decodeGlobalId } from '../../core/relay/global-id';
import { PageArgs, paginate } from '../../core/relay/pagination';
import { runWrite } from '../../core/writes/write-pipeline';
import { recordAudit } from '../audit';
import { WebhookUrlRefused, checkWebhookUrl } from './address-guard';
import { scheduleDeliveries } from './outbox';
import { ensureQueue } from './queue';
import { sealSecret } from './secret-box';
import { EVENT_NAMES } from './webhook-events';
import { WebhookDelivery, WebhookDeliveryStatus } from './webhook-delivery.entity';
import { WebhookSubscription, WebhookSubscriptionStatus } from './webhook-subscription.entity';
import { CreateWebhookSubscriptionInput, DeleteWebhookSubscriptionInput, UpdateWebhookSubscriptionInput } from './webhooks.inputs';

const TYPE = 'WebhookSubscription';
const DELIVERY = 'WebhookDelivery';

export interface WebhookSubscriptionResult {
  webhookSubscription: WebhookSubscription | null;
  userErrors: UserError[];
}

/** What the audit trail keeps of a subscription: never the secret. */
const audited = (s: WebhookSubscription) => ({ url: s.url, events: s.events, status: s.status, apiKeyId: s.apiKeyId });

async function checkedUrl(ctx: RequestContext, raw: string, field: string): Promise<string> {
  try {
    return (await checkWebhookUrl(raw.trim(), ctx.runtime.webhooks)).url.toString();
  } catch (error) {
    if (error instanceof WebhookUrlRefused) throw new BadUserInputError(error.message, field, error.code);
    throw error;
  }
}

function checkedEvents(events: string[], field: string): string[] {
  if (events.length === 0) throw new BadUserInputError('Choose at least one event', field, 'REQUIRED');
  events.forEach((event, i) => {
    if (!EVENT_NAMES.has(event)) throw new BadUserInputError(`Unknown event "${event}" (see webhookEventTypes)`, `${field}[${i}]`, 'UNKNOWN_EVENT');
  });
  return [...new Set(events)];
}

function checkedSecret(secret: string, field: string): string {
  if (secret.length < 16) throw new BadUserInputError('The secret needs at least 16 characters', field, 'TOO_SHORT');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(secret)) throw new BadUserInputError('The secret must not contain control characters', field, 'INVALID');
  return secret;
}

/** The key that owns a new subscription: a key's own; for ADMIN and province officers, the key they name. */
async function ownerKey(ctx: RequestContext, apiKeyId: string | null | undefined): Promise<string> {
  const { principal } = ctx;
  if (principal.kind === 'API_KEY') {
    if (apiKeyId && decodeGlobalId(apiKeyId, 'ApiKey', 'input.apiKeyId') !== principal.apiKeyId) {
      throw new ForbiddenError('A key manages only its own webhook subscriptions');
    }
    return principal.apiKeyId;
  }
  if (!apiKeyId) throw new BadUserInputError("Name the partner's API key the subscription belongs to", 'input.apiKeyId', 'REQUIRED');
  const id = decodeGlobalId(apiKeyId, 'ApiKey', 'input.apiKeyId');
  const [key] = await ctx.dataSource.query(`SELECT id FROM api_key WHERE id = $1 AND revoked_at IS NULL`, [id]);
  if (!key) throw new NotFoundError('ApiKey', apiKeyId, { field: 'input.apiKeyId' });
  return id;
}

/** A key sees only its own subscriptions (someone else's is "not found"); officers see all. */
const visibleTo = (ctx: RequestContext, subscription: WebhookSubscription | null): subscription is WebhookSubscription =>
  subscription !== null && (ctx.principal.kind !== 'API_KEY' || subscription.apiKeyId === ctx.principal.apiKeyId);

async function lockSubscription(ctx: RequestContext, manager: EntityManager, globalId: string, expectedVersion: number): Promise<WebhookSubscription> {
  const id = decodeGlobalId(globalId, TYPE, 'input.id');
  const found = await manager.getRepository(WebhookSubscription).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!visibleTo(ctx, found)) throw new NotFoundError(TYPE, globalId, { field: 'input.id' });
  if (found.version !== expectedVersion) {
    throw new ConflictError(`This webhook subscription is at version ${found.version}, not ${expectedVersion}`, 'STALE_VERSION', {
      currentVersion: found.version,
    });
  }
  return found;
}

export async function createWebhookSubscription(ctx: RequestContext, input: CreateWebhookSubscriptionInput): Promise<WebhookSubscriptionResult> {
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'createWebhookSubscription',
    entityType: TYPE,
    input,
    replay: (manager, id) => manager.getRepository(WebhookSubscription).findOneBy({ id }),
    prepare: async () => ({
      apiKeyId: await ownerKey(ctx, input.apiKeyId),
      url: await checkedUrl(ctx, input.url, 'input.url'),
      events: checkedEvents(input.events, 'input.events'),
      secretCiphertext: sealSecret(checkedSecret(input.secret, 'input.secret'), ctx.runtime.webhooks.secretKey),
    }),
    write: async (manager, fields) => {
      const repo = manager.getRepository(WebhookSubscription);
      const saved = await repo.save(repo.create({ ...fields, createdById: ctx.principal.kind === 'USER' ? ctx.principal.userId : null }));
      await recordAudit(manager, ctx, { action: 'createWebhookSubscription', entityType: TYPE, entityId: saved.id, before: null, after: audited(saved) });
      return saved;
    },
  });
  return { webhookSubscription: record, userErrors };
}

export async function updateWebhookSubscription(ctx: RequestContext, input: UpdateWebhookSubscriptionInput): Promise<WebhookSubscriptionResult> {
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'updateWebhookSubscription',
    entityType: TYPE,
    input,
    replay: (manager, id) => manager.getRepository(WebhookSubscription).findOneBy({ id }),
    prepare: async () => {
      const fields: Partial<WebhookSubscription> = {};
      if (input.url != null) fields.url = await checkedUrl(ctx, input.url, 'input.url');
      if (input.events != null) fields.events = checkedEvents(input.events, 'input.events');
      if (input.secret != null) fields.secretCiphertext = sealSecret(checkedSecret(input.secret, 'input.secret'), ctx.runtime.webhooks.secretKey);
      if (input.active === true) Object.assign(fields, { status: WebhookSubscriptionStatus.ACTIVE, disabledReason: null, consecutiveFailures: 0 });
      if (input.active === false) Object.assign(fields, { status: WebhookSubscriptionStatus.DISABLED, disabledReason: 'switched off' });
      return fields;
    },
    write: async (manager, fields) => {
      const before = await lockSubscription(ctx, manager, input.id, input.expectedVersion);
      const repo = manager.getRepository(WebhookSubscription);
      const saved = await repo.save(repo.merge(repo.create({ ...before }), fields));
      await recordAudit(manager, ctx, {
        action: 'updateWebhookSubscription',
        entityType: TYPE,
        entityId: saved.id,
        before: audited(before),
        after: audited(saved),
      });
      return saved;
    },
  });
  return { webhookSubscription: record, userErrors };
}

/** Deletes the subscription and its delivery history (partner configuration, not plan data). */
export async function deleteWebhookSubscription(ctx: RequestContext, input: DeleteWebhookSubscriptionInput): Promise<WebhookSubscriptionResult> {
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'deleteWebhookSubscription',
    entityType: TYPE,
    write: async (manager) => {
      const before = await lockSubscription(ctx, manager, input.id, input.expectedVersion);
      await manager.getRepository(WebhookSubscription).delete({ id: before.id });
      await recordAudit(manager, ctx, { action: 'deleteWebhookSubscription', entityType: TYPE, entityId: before.id, before: audited(before), after: null });
      return before;
    },
  });
  return { webhookSubscription: record, userErrors };
}

export function listWebhookSubscriptions(ctx: RequestContext, page: PageArgs, apiKeyId?: string | null): Promise<ConnectionResult<WebhookSubscription>> {
  const query = ctx.dataSource.getRepository(WebhookSubscription).createQueryBuilder('s');
  if (ctx.principal.kind === 'API_KEY') query.andWhere('s.api_key_id = :own', { own: ctx.principal.apiKeyId });
  if (apiKeyId) query.andWhere('s.api_key_id = :key', { key: decodeGlobalId(apiKeyId, 'ApiKey', 'apiKeyId') });
  return paginate(query, page, 's.sequence', (s) => Number(s.sequence));
}

export async function findWebhookSubscription(ctx: RequestContext, id: string): Promise<WebhookSubscription | null> {
  const found = await ctx.dataSource.getRepository(WebhookSubscription).findOneBy({ id });
  return visibleTo(ctx, found) ? found : null;
}

/** Deliveries of one subscription, or of every subscription the caller sees; newest first. */
export async function listWebhookDeliveries(
  ctx: RequestContext,
  subscriptionId: string | null | undefined,
  page: PageArgs,
  status?: WebhookDeliveryStatus | null,
): Promise<ConnectionResult<WebhookDelivery>> {
  const query = ctx.dataSource.getRepository(WebhookDelivery).createQueryBuilder('d');
  if (subscriptionId) {
    const subscription = await findWebhookSubscription(ctx, decodeGlobalId(subscriptionId, TYPE, 'subscriptionId'));
    if (!subscription) throw new NotFoundError(TYPE, subscriptionId, { field: 'subscriptionId' });
    query.andWhere('d.subscription_id = :id', { id: subscription.id });
  }
  if (ctx.principal.kind === 'API_KEY') {
    query.andWhere('d.subscription_id IN (SELECT s.id FROM webhook_subscription s WHERE s.api_key_id = :own)', { own: ctx.principal.apiKeyId });
  }
  if (status) query.andWhere('d.status = :status', { status });
  return paginate(query, page, 'd.sequence', (d) => Number(d.sequence), 'DESC');
}

export async function findWebhookDelivery(ctx: RequestContext, id: string): Promise<WebhookDelivery | null> {
  const delivery = await ctx.dataSource.getRepository(WebhookDelivery).findOneBy({ id });
  return delivery && (await findWebhookSubscription(ctx, delivery.subscriptionId)) ? delivery : null;
}

export interface WebhookDeliveryResult {
  webhookDelivery: WebhookDelivery | null;
  userErrors: UserError[];
}

/** Sends a delivery's event again, as a new delivery (same eventId and body, new delivery id); the first stays as it was. */
export async function redeliverWebhook(ctx: RequestContext, deliveryId: string): Promise<WebhookDeliveryResult> {
  const id = decodeGlobalId(deliveryId, DELIVERY, 'deliveryId');
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'redeliverWebhook',
    entityType: DELIVERY,
    write: async (manager) => {
      const original = await manager.getRepository(WebhookDelivery).findOneBy({ id });
      const subscription = original && (await manager.getRepository(WebhookSubscription).findOneBy({ id: original.subscriptionId }));
      if (!original || !visibleTo(ctx, subscription)) throw new NotFoundError(DELIVERY, deliveryId, { field: 'deliveryId' });
      if (subscription.status !== WebhookSubscriptionStatus.ACTIVE) {
        throw new ConflictError('The subscription is disabled: re-enable it (updateWebhookSubscription with active: true) first', 'SUBSCRIPTION_DISABLED');
      }
      const repo = manager.getRepository(WebhookDelivery);
      const copy = await repo.save(
        repo.create({
          subscriptionId: original.subscriptionId,
          event: original.event,
          eventId: original.eventId,
          body: original.body,
          redeliveryOfId: original.id,
          nextAttemptAt: new Date(),
        }),
      );
      await ensureQueue(manager);
      await scheduleDeliveries(manager, [copy.id]);
      await recordAudit(manager, ctx, {
        action: 'redeliverWebhook',
        entityType: DELIVERY,
        entityId: copy.id,
        before: null,
        after: { redeliveryOfId: original.id },
      });
      return copy;
    },
  });
  return { webhookDelivery: record, userErrors };
}
