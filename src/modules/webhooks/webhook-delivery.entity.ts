import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { NodeEntity } from '../../core/db/node-entity';
import { Node } from '../../core/relay/node.interface';
import { WebhookSubscription } from './webhook-subscription.entity';

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}

registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  valuesConfig: {
    PENDING: { description: 'Waiting for its first attempt or a retry at nextAttemptAt' },
    SUCCEEDED: { description: 'The receiver answered 2xx' },
    FAILED: { description: 'Attempts ran out, or its subscription was disabled; `redeliverWebhook` sends it again' },
  },
});

/** One event for one subscription: the outbox row, written in the transaction of the change. */
@ObjectType({ implements: Node, description: 'One event POSTed (or to be POSTed) to one webhook subscription.' })
@Entity()
@Index(['subscriptionId', 'sequence'])
@Check(`"attempts" >= 0`)
export class WebhookDelivery extends NodeEntity {
  /** Monotonic creation order; the pagination key (newest first). */
  @Index({ unique: true })
  @Column({ type: 'bigint', generated: 'increment' })
  sequence: string;

  @Column({ type: 'uuid' })
  subscriptionId: string;

  @ManyToOne(() => WebhookSubscription, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subscription_id' })
  subscription?: WebhookSubscription;

  @Field({ description: 'The event type, e.g. record.updated (also the X-Webhook-Event header).' })
  @Column({ length: 100 })
  event: string;

  @Field({ description: 'The event (the same for every subscription and redelivery): receivers deduplicate by it.' })
  @Column({ type: 'uuid' })
  eventId: string;

  /** The exact JSON body sent (and signed). */
  @Column({ type: 'text' })
  body: string;

  @Field(() => WebhookDeliveryStatus)
  @Column({ type: 'varchar', length: 20, default: WebhookDeliveryStatus.PENDING })
  status: WebhookDeliveryStatus;

  @Field(() => Int, { description: 'POSTs tried so far.' })
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Field(() => Int, { nullable: true, description: "HTTP status of the receiver's last answer (null: no answer)." })
  @Column({ type: 'int', nullable: true })
  responseStatus: number | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed.' })
  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Field(() => Int, { nullable: true, description: 'How long the last attempt took, in milliseconds.' })
  @Column({ type: 'int', nullable: true })
  durationMs: number | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  lastAttemptAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the next attempt is due (PENDING only).' })
  @Column({ type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  /** The delivery this one sends again (redeliverWebhook). */
  @Column({ type: 'uuid', nullable: true })
  redeliveryOfId: string | null;
}
