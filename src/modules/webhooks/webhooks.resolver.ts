import { Arg, Args, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../core/auth/access';
import { RequestContext } from '../../core/context';
import { UserError } from '../../core/errors/user-error';
import { ConnectionType } from '../../core/relay/connection';
import { toGlobalId } from '../../core/relay/global-id';
import { PageArgs } from '../../core/relay/pagination';
import { WEBHOOK_EVENT_TYPES } from './webhook-events';
import { WebhookDelivery, WebhookDeliveryStatus } from './webhook-delivery.entity';
import { WebhookSubscription } from './webhook-subscription.entity';
import { WEBHOOK_MANAGERS, WEBHOOK_READERS } from './webhooks.access';
import { CreateWebhookSubscriptionInput, DeleteWebhookSubscriptionInput, UpdateWebhookSubscriptionInput } from './webhooks.inputs';
import {
  createWebhookSubscription,
  deleteWebhookSubscription,
  listWebhookDeliveries,
  listWebhookSubscriptions,
  redeliverWebhook,
  updateWebhookSubscription,
} from './webhooks.service';

@ObjectType({ description: 'A page of webhook subscriptions, oldest first.' })
export class WebhookSubscriptionConnection extends ConnectionType(WebhookSubscription, 'WebhookSubscription') {}

@ObjectType({ description: 'A page of deliveries, newest first.' })
export class WebhookDeliveryConnection extends ConnectionType(WebhookDelivery, 'WebhookDelivery') {}

@ObjectType()
export class WebhookSubscriptionPayload {
  @Field(() => WebhookSubscription, { nullable: true, description: 'The subscription (after a delete: as it was).' })
  webhookSubscription: WebhookSubscription | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class WebhookDeliveryPayload {
  @Field(() => WebhookDelivery, { nullable: true })
  webhookDelivery: WebhookDelivery | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType({ description: 'An event a webhook subscription can ask for.' })
export class WebhookEventType {
  @Field()
  name: string;

  @Field()
  description: string;
}

@Resolver(() => WebhookSubscription)
export class WebhookSubscriptionResolver {
  @Access(WEBHOOK_READERS)
  @Query(() => [WebhookEventType], { description: 'The events webhooks deliver.' })
  webhookEventTypes(): WebhookEventType[] {
    return [...WEBHOOK_EVENT_TYPES];
  }

  @Access(WEBHOOK_READERS)
  @Query(() => WebhookSubscriptionConnection, { description: "Webhook subscriptions: a key's own; every key's for ADMIN and province officers." })
  webhookSubscriptions(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('apiKeyId', () => ID, { nullable: true }) apiKeyId?: string | null,
  ): Promise<WebhookSubscriptionConnection> {
    return listWebhookSubscriptions(ctx, page, apiKeyId) as Promise<WebhookSubscriptionConnection>;
  }

  @Access(WEBHOOK_READERS)
  @Query(() => WebhookDeliveryConnection, {
    description: "A subscription's deliveries (without subscriptionId: of every subscription you see), newest first; never the body or the secret.",
  })
  webhookDeliveries(
    @Ctx() ctx: RequestContext,
    @Arg('subscriptionId', () => ID, { nullable: true }) subscriptionId: string | null | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('status', () => WebhookDeliveryStatus, { nullable: true }) status?: WebhookDeliveryStatus | null,
  ): Promise<WebhookDeliveryConnection> {
    return listWebhookDeliveries(ctx, subscriptionId, page, status) as Promise<WebhookDeliveryConnection>;
  }

  @Access(WEBHOOK_MANAGERS)
  @Mutation(() => WebhookSubscriptionPayload, { description: 'Subscribes a partner key to events, POSTed to an https URL and signed with the secret.' })
  createWebhookSubscription(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateWebhookSubscriptionInput) input: CreateWebhookSubscriptionInput,
  ): Promise<WebhookSubscriptionPayload> {
    return createWebhookSubscription(ctx, input);
  }

  @Access(WEBHOOK_MANAGERS)
  @Mutation(() => WebhookSubscriptionPayload, { description: 'Changes the URL, events or secret; `active: true` re-enables a disabled subscription.' })
  updateWebhookSubscription(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateWebhookSubscriptionInput) input: UpdateWebhookSubscriptionInput,
  ): Promise<WebhookSubscriptionPayload> {
    return updateWebhookSubscription(ctx, input);
  }

  @Access(WEBHOOK_MANAGERS)
  @Mutation(() => WebhookSubscriptionPayload, { description: 'Deletes the subscription and its delivery history.' })
  deleteWebhookSubscription(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => DeleteWebhookSubscriptionInput) input: DeleteWebhookSubscriptionInput,
  ): Promise<WebhookSubscriptionPayload> {
    return deleteWebhookSubscription(ctx, input);
  }

  @Access(WEBHOOK_MANAGERS)
  @Mutation(() => WebhookDeliveryPayload, { description: "Sends a delivery's event again as a new delivery (same eventId and body)." })
  redeliverWebhook(@Ctx() ctx: RequestContext, @Arg('deliveryId', () => ID) deliveryId: string): Promise<WebhookDeliveryPayload> {
    return redeliverWebhook(ctx, deliveryId);
  }

  @FieldResolver(() => ID, { description: 'Global ID of the owning API key.' })
  apiKeyId(@Root() subscription: WebhookSubscription): string {
    return toGlobalId('ApiKey', subscription.apiKeyId);
  }

  @FieldResolver(() => Date, { description: 'When it was created.' })
  createdAt(@Root() subscription: WebhookSubscription): Date {
    return subscription.createdAt;
  }

  @FieldResolver(() => Date, { description: 'Last change (a failure counted, a status changed, an edit).' })
  updatedAt(@Root() subscription: WebhookSubscription): Date {
    return subscription.updatedAt;
  }
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  @FieldResolver(() => Date, { description: 'When the event was recorded (in the transaction of the change).' })
  createdAt(@Root() delivery: WebhookDelivery): Date {
    return delivery.createdAt;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The delivery this one sends again (redeliverWebhook).' })
  redeliveryOf(@Root() delivery: WebhookDelivery): string | null {
    return delivery.redeliveryOfId ? toGlobalId('WebhookDelivery', delivery.redeliveryOfId) : null;
  }
}
