import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { SyncFailureKind, SyncJobStatus } from './sync-job.entity';
import { Limit, RANGES } from '../../core/input/input-limits';

/** GraphQL type of the inventories SyncJobs deliver (owned by the inventory module; named, not imported). */
export const INVENTORY_NODE_TYPE = 'ProvincialInventory';

@ObjectType({ description: 'How deliveries to one target have gone, from its SyncJobs.' })
export class SyncTargetHealth {
  @Field(() => Date, { nullable: true })
  lastDeliveredAt: Date | null;

  @Field(() => Date, { nullable: true })
  lastFailureAt: Date | null;

  @Field(() => String, { nullable: true, description: "The most recent failure's message." })
  lastError: string | null;

  @Field(() => SyncFailureKind, { nullable: true })
  lastFailureKind: SyncFailureKind | null;

  @Field(() => Int, { description: 'Jobs waiting or being delivered.' })
  pendingJobs: number;

  @Field(() => Int, { description: 'Jobs stopped by a failure (FAILED_*); they need a resend.' })
  failedJobs: number;

  @Field(() => Int)
  deliveredJobs: number;
}

@ObjectType({ description: 'A national sync target from the configuration (SYNC_TARGETS).' })
export class SyncTarget {
  @Field()
  name: string;

  @Field({ description: 'Adapter kind, e.g. file or http-json.' })
  adapter: string;

  @Field({ description: 'Where it delivers (never a secret).' })
  description: string;

  @Field({ description: 'False for a target that has jobs but is no longer configured.' })
  configured: boolean;

  @Field(() => SyncTargetHealth)
  health: SyncTargetHealth;
}

@InputType({ description: 'All given conditions must hold.' })
export class SyncJobFilter {
  @Field(() => [SyncJobStatus], { nullable: true, description: 'Any of these statuses.' })
  status?: SyncJobStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Target name.' })
  target?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global ID of the provincial inventory.' })
  inventoryId?: string | null;

  @Field(() => Int, { nullable: true })
  @Limit(RANGES.version)
  inventoryVersion?: number | null;
}
