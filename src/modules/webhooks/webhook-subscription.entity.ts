import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, VersionColumn } from 'typeorm';
import { NodeEntity } from '../../core/db/node-entity';
import { Node } from '../../core/relay/node.interface';

export enum WebhookSubscriptionStatus {
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}

registerEnumType(WebhookSubscriptionStatus, {
  name: 'WebhookSubscriptionStatus',
  valuesConfig: {
    ACTIVE: { description: 'Events are delivered' },
    DISABLED: { description: 'Nothing is delivered (too many failures in a row, or switched off); `updateWebhookSubscription(active: true)` re-enables it' },
  },
});

/** A partner key's request to be told about events by an HTTPS POST. The secret is never returned. */
@ObjectType({ implements: Node, description: "A partner API key's webhook: events POSTed to its URL, signed with its secret (never returned)." })
@Entity()
@Index('IDX_webhook_subscription_active', ['apiKeyId'], { where: `"status" = 'ACTIVE'` })
@Check(`"consecutive_failures" >= 0`)
export class WebhookSubscription extends NodeEntity {
  /** Monotonic creation order; the pagination key. */
  @Index({ unique: true })
  @Column({ type: 'bigint', generated: 'increment' })
  sequence: string;

  /** The partner API key that owns it: it receives only what that key may read. */
  @Index()
  @Column({ type: 'uuid' })
  apiKeyId: string;

  @Field({ description: 'Where events are POSTed (https; checked again before every delivery).' })
  @Column({ length: 2000 })
  url: string;

  @Field(() => [String], { description: 'Event types delivered, e.g. record.updated (see `webhookEventTypes`).' })
  @Column({ type: 'text', array: true })
  events: string[];

  /** The signing secret, encrypted (AES-256-GCM, see secret-box.ts). */
  @Column({ type: 'text' })
  secretCiphertext: string;

  @Field(() => WebhookSubscriptionStatus)
  @Column({ type: 'varchar', length: 20, default: WebhookSubscriptionStatus.ACTIVE })
  status: WebhookSubscriptionStatus;

  @Field(() => String, { nullable: true, description: 'Why it was disabled.' })
  @Column({ type: 'text', nullable: true })
  disabledReason: string | null;

  @Field(() => Int, { description: 'Failed attempts in a row; a success resets it.' })
  @Column({ type: 'int', default: 0 })
  consecutiveFailures: number;

  @Field(() => Int, { description: 'Send it as `expectedVersion` to update or delete.' })
  @VersionColumn()
  version: number;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;
}
