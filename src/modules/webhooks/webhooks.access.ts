import { AccessRule } from '../../core/auth/access';
import { Role } from '../../core/auth/roles';

declare module '../../core/auth/scopes' {
  interface ScopeResources {
    webhooks: true;
  }
}

/** A partner key manages its own subscriptions; ADMIN and province officers manage any key's. */
export const WEBHOOK_READERS: AccessRule = { roles: [Role.PROVINCE_OFFICER], scopes: ['webhooks:read'] };
export const WEBHOOK_MANAGERS: AccessRule = { roles: [Role.PROVINCE_OFFICER], scopes: ['webhooks:write'] };
