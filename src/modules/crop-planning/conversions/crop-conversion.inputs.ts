import { Field, Float, InputType, Int } from 'type-graphql';
import { Limit, RANGES } from '../../../core/input/input-limits';
import { IdempotentInput, RecordUpdateInput } from '../../../core/input/record-inputs';
import { CROP_DESCRIPTION } from '../../field-records';
import { REGISTER_AREA } from '../crop-plans/crop-plan.inputs';
import { ConversionStatus } from './crop-conversion.entity';

const PERENNIAL_DESCRIPTION =
  'Whether the new crop is perennial. Derived from the crop catalogue where it knows the crop (a contradicting value is refused); needed only for a crop it does not classify.';

@InputType()
export class CreateCropConversionInput extends IdempotentInput {
  @Field({ description: 'The commune or ward.' })
  administrativeUnitCode: string;

  @Field(() => Int, { description: '2026-2035.' })
  @Limit(RANGES.year)
  year: number;

  @Field({ description: CROP_DESCRIPTION })
  fromCrop: string;

  @Field()
  toCrop: string;

  @Field(() => Float, { description: 'Hectares, 0.01 to 1,000,000.' })
  @Limit(REGISTER_AREA)
  areaHa: number;

  @Field(() => ConversionStatus, { nullable: true, description: 'Default PLANNED.' })
  status?: ConversionStatus | null;

  @Field(() => Boolean, { nullable: true, description: PERENNIAL_DESCRIPTION })
  toCropPerennial?: boolean | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

/** Omitted fields keep their value; null clears an optional one. The unit never changes. */
@InputType()
export class UpdateCropConversionInput extends RecordUpdateInput {
  @Field(() => Int, { nullable: true })
  @Limit(RANGES.year)
  year?: number | null;

  @Field(() => String, { nullable: true })
  fromCrop?: string | null;

  @Field(() => String, { nullable: true })
  toCrop?: string | null;

  @Field(() => Float, { nullable: true })
  @Limit(REGISTER_AREA)
  areaHa?: number | null;

  @Field(() => ConversionStatus, { nullable: true })
  status?: ConversionStatus | null;

  @Field(() => Boolean, { nullable: true, description: PERENNIAL_DESCRIPTION })
  toCropPerennial?: boolean | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType({ description: 'All given conditions must hold.' })
export class CropConversionFilter {
  @Field(() => String, { nullable: true, description: 'Exactly this commune or ward.' })
  administrativeUnitCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Converted from or to this crop.' })
  crop?: string | null;

  @Field(() => String, { nullable: true })
  fromCrop?: string | null;

  @Field(() => String, { nullable: true })
  toCrop?: string | null;

  @Field(() => Int, { nullable: true })
  @Limit(RANGES.year)
  year?: number | null;

  @Field(() => ConversionStatus, { nullable: true })
  status?: ConversionStatus | null;

  @Field(() => Boolean, { nullable: true })
  toCropPerennial?: boolean | null;
}
