import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { ClimateZoneEnum, GwpSetEnum } from '../emission-enums';
import type { ClimateZone, GwpSetCode } from '../engine';
import { Limit, RANGES } from '../../../core/input/input-limits';

@InputType()
export class EmissionReductionInput {
  @Field(() => Int)
  @Limit(RANGES.year)
  year: number;

  @Field(() => String, { nullable: true, description: 'One commune or ward; all visible units when omitted.' })
  administrativeUnitCode?: string | null;

  @Field({ defaultValue: 'IPCC2019' })
  factorSet: string;

  @Field(() => GwpSetEnum, { defaultValue: 'AR5' })
  gwpSet: GwpSetCode;

  @Field(() => ClimateZoneEnum, { defaultValue: 'TROPICAL_MOIST' })
  climateZone: ClimateZone;

  @Field({ defaultValue: 'SOUTH_EAST_ASIA' })
  region: string;
}

@ObjectType({ description: 'BASELINE against ACTUAL for one unit, crop and IPCC category (net kg CO2e).' })
export class ReductionRow {
  @Field()
  administrativeUnitCode: string;

  @Field()
  cropCode: string;

  @Field()
  category: string;

  @Field(() => Float)
  baselineCo2eKg: number;

  @Field(() => Float)
  actualCo2eKg: number;

  @Field(() => Float, { description: 'baseline − actual: positive is a reduction.' })
  reductionCo2eKg: number;

  @Field(() => Float, { nullable: true, description: 'Reduction as a percentage of the baseline; null when the baseline is zero.' })
  reductionPercent: number | null;
}

@ObjectType({ description: 'Emission intensity of a crop in one scenario.' })
export class CropIntensity {
  @Field()
  cropCode: string;

  @Field()
  scenario: string;

  @Field(() => Float)
  areaHa: number;

  @Field(() => Float, { nullable: true })
  yieldTonnes: number | null;

  @Field(() => Float)
  netCo2eKg: number;

  @Field(() => Float)
  co2ePerHa: number;

  @Field(() => Float, { nullable: true, description: 'Null when some record of the crop has no yield.' })
  co2ePerKgProduct: number | null;
}

@ObjectType({ description: 'Reductions of ACTUAL against BASELINE activity data, computed now with one factor set.' })
export class EmissionReduction {
  @Field(() => Int)
  year: number;

  @Field()
  method: string;

  @Field(() => Float)
  baselineCo2eKg: number;

  @Field(() => Float)
  actualCo2eKg: number;

  @Field(() => Float)
  reductionCo2eKg: number;

  @Field(() => [ReductionRow])
  rows: ReductionRow[];

  @Field(() => [CropIntensity])
  intensities: CropIntensity[];

  @Field(() => [String])
  warnings: string[];
}
