import { Field, ID, InputType, Int } from 'type-graphql';
import { Limit, RANGES } from '../../core/input/input-limits';
import { IdempotentInput, RecordUpdateInput } from '../../core/input/record-inputs';
import { ClimateZone, ClimateZoneEnum, GwpSetCode, GwpSetEnum } from '../emissions';

@InputType({ description: "Estimates a project's reductions for some years from its communes' BASELINE and ACTUAL activity records." })
export class EstimateCarbonMonitoringPeriodInput extends IdempotentInput {
  @Field(() => ID)
  projectId: string;

  @Field(() => Int)
  @Limit(RANGES.year)
  fromYear: number;

  @Field(() => Int)
  @Limit(RANGES.year)
  toYear: number;

  @Field(() => [ID], {
    nullable: true,
    description: "Only these activity records (of the project's communes and years); every live one of them when omitted. At most 1000.",
  })
  activityRecordIds?: string[] | null;

  @Field({ defaultValue: 'IPCC2019' })
  factorSet: string;

  @Field(() => GwpSetEnum, { defaultValue: 'AR5' })
  gwpSet: GwpSetCode;

  @Field(() => ClimateZoneEnum, { defaultValue: 'TROPICAL_MOIST' })
  climateZone: ClimateZone;
}

@InputType({ description: 'The quantity a verification confirmed; at most the estimate.' })
export class VerifyCarbonMonitoringPeriodInput extends RecordUpdateInput {
  @Field({ description: 't CO2e as a decimal text with at most 3 decimals, not above the estimate.' })
  verifiedTco2e: string;
}

@InputType({ description: 'Credits a registry issued to a project.' })
export class RecordCreditIssuanceInput extends IdempotentInput {
  @Field(() => ID)
  projectId: string;

  @Field(() => Int)
  @Limit(RANGES.year)
  vintage: number;

  @Field(() => Int, { description: 'Whole credits (t CO2e); serialEnd − serialStart + 1.' })
  @Limit({ min: 1, max: 100_000_000, integer: true })
  quantity: number;

  @Field()
  registry: string;

  @Field()
  serialStart: string;

  @Field()
  serialEnd: string;

  @Field({ description: 'YYYY-MM-DD, not in the future.' })
  @Limit({ format: 'date' })
  issuedOn: string;
}

@InputType()
export class CarbonMonitoringPeriodFilter {
  @Field(() => ID, { nullable: true })
  projectId?: string | null;
}

@InputType()
export class CreditIssuanceFilter {
  @Field(() => ID, { nullable: true })
  projectId?: string | null;

  @Field(() => String, { nullable: true })
  registry?: string | null;

  @Field(() => Int, { nullable: true })
  @Limit(RANGES.year)
  vintage?: number | null;

  @Field(() => Int, { nullable: true, description: 'Issued in this year.' })
  @Limit(RANGES.year)
  issuedYear?: number | null;
}
