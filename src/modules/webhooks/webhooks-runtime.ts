import { WebhookConfig } from '../../config';

declare module '../../core/context' {
  interface AppRuntime {
    /** Partner webhook settings (address rules, retries, the secrets' key). */
    webhooks: WebhookConfig;
  }
}
