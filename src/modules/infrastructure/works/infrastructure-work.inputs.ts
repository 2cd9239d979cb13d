import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { Limit, RANGES } from '../../../core/input/input-limits';
import { IdempotentInput, RecordUpdateInput } from '../../../core/input/record-inputs';
import { InfrastructureKind, InfrastructureStatus } from './infrastructure-work.enums';

const AREA_SERVED = { ...RANGES.hectares, min: 0 };
const BUDGET_LINE_DESCRIPTION = "Global ID of the budget line that funds it: of the work's commune or of the province.";

@InputType()
export class CreateInfrastructureWorkInput extends IdempotentInput {
  @Field({ description: 'The commune or ward.' })
  administrativeUnitCode: string;

  @Field(() => InfrastructureKind)
  kind: InfrastructureKind;

  @Field()
  name: string;

  @Field(() => Float, { description: 'Hectares served, 0 to 1,000,000.' })
  @Limit(AREA_SERVED)
  areaServedHa: number;

  @Field({ description: 'Whether it enables alternate wetting and drying of rice.' })
  enablesAlternateWettingDrying: boolean;

  @Field(() => Float, { description: 'Whole đồng, 0 to 10^15.' })
  @Limit({ ...RANGES.vnd, min: 0 })
  investmentVnd: number;

  @Field(() => ID, { nullable: true, description: BUDGET_LINE_DESCRIPTION })
  budgetLineId?: string | null;

  @Field(() => InfrastructureStatus, { nullable: true, description: 'Default PLANNED.' })
  status?: InfrastructureStatus | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, required when COMPLETED (and only then); within the plan period, not in the future.' })
  @Limit({ format: 'date' })
  completedOn?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

/** Omitted fields keep their value; null clears an optional one. The unit never changes. */
@InputType()
export class UpdateInfrastructureWorkInput extends RecordUpdateInput {
  @Field(() => InfrastructureKind, { nullable: true })
  kind?: InfrastructureKind | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => Float, { nullable: true })
  @Limit(AREA_SERVED)
  areaServedHa?: number | null;

  @Field(() => Boolean, { nullable: true })
  enablesAlternateWettingDrying?: boolean | null;

  @Field(() => Float, { nullable: true })
  @Limit({ ...RANGES.vnd, min: 0 })
  investmentVnd?: number | null;

  @Field(() => ID, { nullable: true, description: BUDGET_LINE_DESCRIPTION })
  budgetLineId?: string | null;

  @Field(() => InfrastructureStatus, { nullable: true })
  status?: InfrastructureStatus | null;

  @Field(() => String, { nullable: true })
  @Limit({ format: 'date' })
  completedOn?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType({ description: 'All given conditions must hold.' })
export class InfrastructureWorkFilter {
  @Field(() => String, { nullable: true, description: 'Exactly this commune or ward.' })
  administrativeUnitCode?: string | null;

  @Field(() => InfrastructureKind, { nullable: true })
  kind?: InfrastructureKind | null;

  @Field(() => InfrastructureStatus, { nullable: true })
  status?: InfrastructureStatus | null;

  @Field(() => Boolean, { nullable: true })
  enablesAlternateWettingDrying?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Completed in this year.' })
  @Limit(RANGES.year)
  completedInYear?: number | null;
}
