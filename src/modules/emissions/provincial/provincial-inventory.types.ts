import { Length } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../../core/errors/user-error';
import { GwpSetEnum } from '../emission-enums';
import type { GwpSetCode } from '../engine';
import { ProvincialInventory, ProvincialInventoryStatus } from './provincial-inventory.entity';
import { Limit, RANGES } from '../../../core/input/input-limits';

@ObjectType({ description: 'A commune or ward left out of a provincial inventory, and why.' })
export class MissingCommuneView {
  @Field()
  code: string;

  @Field()
  name: string;

  @Field({ description: 'NO_INVENTORY, NOT_VERIFIED, or OTHER_FACTOR_SET (verified with another factor or GWP set; sets are never mixed).' })
  reason: string;
}

@InputType()
export class CompileProvincialInventoryInput {
  @Field(() => Int)
  @Limit(RANGES.year)
  year: number;

  @Field({ defaultValue: 'IPCC2019' })
  factorSet: string;

  @Field(() => GwpSetEnum, { defaultValue: 'AR5' })
  gwpSet: GwpSetCode;
}

@InputType()
export class ProvincialInventoryIdInput {
  @Field(() => ID)
  id: string;
}

@InputType()
export class ReopenProvincialInventoryInput {
  @Field(() => ID)
  id: string;

  @Field()
  @Length(3, 2000)
  reason: string;
}

@InputType()
export class ProvincialInventoryFilter {
  @Field(() => Int, { nullable: true })
  @Limit(RANGES.year)
  year?: number | null;

  @Field(() => ProvincialInventoryStatus, { nullable: true })
  status?: ProvincialInventoryStatus | null;
}

@ObjectType()
export class ProvincialInventoryPayload {
  @Field(() => ProvincialInventory, { nullable: true })
  provincialInventory: ProvincialInventory | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
