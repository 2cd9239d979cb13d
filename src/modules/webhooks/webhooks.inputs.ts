import { Field, ID, InputType, Int } from 'type-graphql';
import { IdempotentInput, RecordUpdateInput } from '../../core/input/record-inputs';
import { Limit, RANGES } from '../../core/input/input-limits';

const EVENT_LIST = { maxItems: 20, maxLength: 100 };
const SECRET = { maxLength: 200 };

@InputType()
export class CreateWebhookSubscriptionInput extends IdempotentInput {
  @Field({ description: 'https URL (refused: private, loopback, link-local and other internal addresses).' })
  url: string;

  @Field(() => [String], { description: 'Event types to receive (see `webhookEventTypes`).' })
  @Limit(EVENT_LIST)
  events: string[];

  @Field({ description: 'Signing secret (16-200 characters): write-only, never returned.' })
  @Limit(SECRET)
  secret: string;

  @Field(() => ID, { nullable: true, description: "The owning API key: a key omits it (it owns its own); ADMIN and province officers name the partner's key." })
  apiKeyId?: string | null;
}

@InputType()
export class UpdateWebhookSubscriptionInput extends RecordUpdateInput {
  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => [String], { nullable: true })
  @Limit(EVENT_LIST)
  events?: string[] | null;

  @Field(() => String, { nullable: true, description: 'A new signing secret (write-only).' })
  @Limit(SECRET)
  secret?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true re-enables a DISABLED subscription (and resets its failure count); false disables it.' })
  active?: boolean | null;
}

@InputType()
export class DeleteWebhookSubscriptionInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  @Limit(RANGES.version)
  expectedVersion: number;
}
