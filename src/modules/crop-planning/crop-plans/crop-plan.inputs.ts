import { Field, Float, InputType, Int } from 'type-graphql';
import { Limit, RANGES } from '../../../core/input/input-limits';
import { IdempotentInput, RecordUpdateInput } from '../../../core/input/record-inputs';
import { CROP_DESCRIPTION } from '../../field-records';

/** Stored to 0.01 ha: a smaller area would be stored as 0. */
export const REGISTER_AREA = { ...RANGES.hectares, positive: true, min: 0.01 };
const PRODUCTION = { min: 0, max: 1e8 };

@InputType()
export class CreateCropPlanInput extends IdempotentInput {
  @Field({ description: 'The commune or ward.' })
  administrativeUnitCode: string;

  @Field({ description: CROP_DESCRIPTION })
  crop: string;

  @Field(() => Int, { description: '2026-2035.' })
  @Limit(RANGES.year)
  year: number;

  @Field(() => Float, { description: 'Hectares, 0.01 to 1,000,000.' })
  @Limit(REGISTER_AREA)
  plannedAreaHa: number;

  @Field(() => Float, { nullable: true, description: 'Tonnes per hectare, 0 to 1,000.' })
  @Limit(RANGES.tonnesPerHa)
  plannedYieldTonnesPerHa?: number | null;

  @Field(() => Float, { nullable: true, description: 'Tonnes, 0 to 100,000,000.' })
  @Limit(PRODUCTION)
  plannedProductionTonnes?: number | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

/** Omitted fields keep their value; null clears an optional one. Unit, crop and year never change: delete and record again. */
@InputType()
export class UpdateCropPlanInput extends RecordUpdateInput {
  @Field(() => Float, { nullable: true })
  @Limit(REGISTER_AREA)
  plannedAreaHa?: number | null;

  @Field(() => Float, { nullable: true })
  @Limit(RANGES.tonnesPerHa)
  plannedYieldTonnesPerHa?: number | null;

  @Field(() => Float, { nullable: true })
  @Limit(PRODUCTION)
  plannedProductionTonnes?: number | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType({ description: 'All given conditions must hold.' })
export class CropPlanFilter {
  @Field(() => String, { nullable: true, description: 'Exactly this commune or ward.' })
  administrativeUnitCode?: string | null;

  @Field(() => String, { nullable: true })
  crop?: string | null;

  @Field(() => Int, { nullable: true })
  @Limit(RANGES.year)
  year?: number | null;
}
