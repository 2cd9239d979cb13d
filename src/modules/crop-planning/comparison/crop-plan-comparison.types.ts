import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { AdministrativeUnit } from '../../geography';

@ObjectType({ description: "One crop: the plan against what the ACTUAL activity records show, and the crop's conversions.", simpleResolvers: true })
export class CropPlanComparisonLine {
  @Field()
  crop: string;

  @Field(() => Float, { description: 'Sum of the live crop plans (ha).' })
  plannedAreaHa: number;

  @Field(() => Int, { description: 'Crop plans summed (one per commune).' })
  planCount: number;

  @Field(() => Float, { description: 'Sum of the ACTUAL, not withdrawn, activity records (ha; seasons add up).' })
  actualAreaHa: number;

  @Field(() => Int, { description: 'Activity records summed.' })
  actualRecordCount: number;

  @Field(() => [ID], {
    description:
      'Global IDs of the activity records summed, at most 1,000 (see actualRecordIdsComplete); all of them are listed by ' +
      'activityRecords(filter: { year, cropCode, scenario: ACTUAL, administrativeUnitCode }).',
  })
  actualRecordIds: string[];

  @Field({ description: 'Whether actualRecordIds lists every record summed.' })
  actualRecordIdsComplete: boolean;

  @Field(() => Float, { description: 'actualAreaHa − plannedAreaHa: negative is behind the plan.' })
  differenceHa: number;

  @Field(() => Float, { nullable: true, description: 'actual / planned × 100; null without a plan.' })
  achievedPercent: number | null;

  @Field(() => Float, { description: 'Conversions to this crop, PLANNED (ha).' })
  convertedToPlannedHa: number;

  @Field(() => Float, { description: 'Conversions to this crop, DONE (ha).' })
  convertedToDoneHa: number;

  @Field(() => Float, { description: 'Conversions away from this crop, PLANNED (ha).' })
  convertedFromPlannedHa: number;

  @Field(() => Float, { description: 'Conversions away from this crop, DONE (ha).' })
  convertedFromDoneHa: number;
}

@ObjectType({ description: 'Crop plans of a year set against the ACTUAL activity records (task II.2), for a commune or the province.' })
export class CropPlanComparison {
  @Field(() => Int)
  year: number;

  @Field(() => AdministrativeUnit, { description: 'The commune or ward, or the province (every commune summed).' })
  administrativeUnit: AdministrativeUnit;

  @Field(() => [CropPlanComparisonLine], { description: "Every crop with a plan, an actual record or a conversion, in the crop catalogue's order." })
  crops: CropPlanComparisonLine[];
}
