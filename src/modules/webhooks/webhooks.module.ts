import { ApiModule } from '../../core/modules/api-module';
import { webhookOutbox } from './outbox';
import { ensureQueue } from './queue';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookSubscription } from './webhook-subscription.entity';
import { WEBHOOK_READERS } from './webhooks.access';
import { WebhookDeliveryResolver, WebhookSubscriptionResolver } from './webhooks.resolver';
import { findWebhookDelivery, findWebhookSubscription } from './webhooks.service';
import './webhooks-runtime';

export const webhooksModule: ApiModule = {
  name: 'webhooks',
  entities: [WebhookSubscription, WebhookDelivery],
  resolvers: [WebhookSubscriptionResolver, WebhookDeliveryResolver],
  nodeTypes: {
    WebhookSubscription: { rule: WEBHOOK_READERS, load: findWebhookSubscription },
    WebhookDelivery: { rule: WEBHOOK_READERS, load: findWebhookDelivery },
  },
  scopes: ['webhooks'],
  // The outbox listens to every runWrite (one statement for a published record type, nothing otherwise).
  services: ({ config }) => ({ webhooks: config.webhooks, recordChangeListeners: [webhookOutbox(ensureQueue)] }),
};
