import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { ClimateZoneEnum, GwpSetEnum } from '../emission-enums';
import type { ClimateZone, GwpSetCode } from '../engine';
import { Limit, RANGES } from '../../../core/input/input-limits';
import { ReductionRow, UnverifiedReductions, VerifiedReductions } from './reduction-figures.types';

export { ReductionRow };

@InputType()
export class EmissionReductionInput {
  @Field(() => Int)
  @Limit(RANGES.year)
  year: number;

  @Field(() => String, { nullable: true, description: 'One commune or ward; all visible units when omitted.' })
  administrativeUnitCode?: string | null;

  @Field({ defaultValue: 'IPCC2019', description: 'Verified figures count only pairs whose inventories both use this factor set.' })
  factorSet: string;

  @Field(() => GwpSetEnum, { defaultValue: 'AR5', description: 'Verified figures count only pairs whose inventories both use this GWP set.' })
  gwpSet: GwpSetCode;

  @Field(() => ClimateZoneEnum, { defaultValue: 'TROPICAL_MOIST' })
  climateZone: ClimateZone;

  @Field({ defaultValue: 'SOUTH_EAST_ASIA' })
  region: string;
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

@ObjectType({
  description:
    'Reductions of ACTUAL against BASELINE: verified figures from verified inventories of both scenarios with one factor set and GWP set, and, apart, the unverified unit-years computed now from their records.',
})
export class EmissionReduction {
  @Field(() => Int)
  year: number;

  @Field({ description: 'The factor set both verified inventories of a pair must use (and the unverified figures are computed with).' })
  factorSet: string;

  @Field(() => GwpSetEnum, { description: 'The GWP set both verified inventories of a pair must use.' })
  gwpSet: GwpSetCode;

  @Field()
  method: string;

  @Field({ description: 'What the top-level figures count: verified pairs only (the same as verified.basis).' })
  basis: string;

  @Field(() => Float, { description: 'Verified pairs only.' })
  baselineCo2eKg: number;

  @Field(() => Float, { description: 'Verified pairs only.' })
  actualCo2eKg: number;

  @Field(() => Float, { description: 'Verified pairs only: baseline − actual.' })
  reductionCo2eKg: number;

  @Field(() => Float, { nullable: true, description: 'Uncertainty of the verified reduction (%, 95 %); see verified.basis.' })
  reductionUncertaintyPct: number | null;

  @Field(() => [ReductionRow], { description: 'Verified pairs only, per unit, crop and category.' })
  rows: ReductionRow[];

  @Field(() => VerifiedReductions)
  verified: VerifiedReductions;

  @Field(() => UnverifiedReductions, { description: 'Shown apart: never added to the verified figures.' })
  unverified: UnverifiedReductions;

  @Field(() => [CropIntensity], { description: 'Emission intensity per crop and scenario, computed now from all the records in scope (verified or not).' })
  intensities: CropIntensity[];

  @Field(() => [String])
  warnings: string[];
}
