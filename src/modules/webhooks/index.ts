// The webhooks module's public surface: other modules import only this file.
export { webhooksModule } from './webhooks.module';
export { startWebhookWorker } from './worker';
export type { WebhookWorker } from './worker';
