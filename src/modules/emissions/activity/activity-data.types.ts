import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { DieselUseEnum, LimeTypeEnum, OrganicAmendmentTypeEnum, PreSeasonRegimeEnum, SyntheticFertilizerTypeEnum, WaterRegimeEnum } from '../emission-enums';
import type { ActivityData, DieselUse, LimeType, OrganicAmendmentType, PreSeasonRegime, SyntheticFertilizerType, WaterRegime } from '../engine';
import { InputLimit, Limit } from '../../../core/input/input-limits';
import { ACTIVITY_LIMITS as L } from '../engine/limits';

/** The engine checks activity data itself, reporting every issue at once (see engine/limits.ts). */
const ENGINE = (max: number): InputLimit => ({ max, checkedBy: 'the emission engine' });

// Each class is both the input a client sends and the object it reads back, so the two cannot drift.

@ObjectType('SyntheticFertilizer')
@InputType('SyntheticFertilizerInput')
export class SyntheticFertilizerData {
  @Field(() => SyntheticFertilizerTypeEnum)
  type: SyntheticFertilizerType;

  @Field(() => Float, { description: 'Mass of fertiliser product (kg), not of nitrogen.' })
  @Limit(ENGINE(L.kilograms))
  productKg: number;

  @Field(() => Float, { nullable: true, description: 'Mass fraction of N in the product; default by type (urea 0.46).' })
  @Limit(ENGINE(1))
  nitrogenFraction?: number | null;
}

@ObjectType('LimeApplication')
@InputType('LimeInput')
export class LimeData {
  @Field(() => LimeTypeEnum)
  type: LimeType;

  @Field(() => Float)
  @Limit(ENGINE(L.kilograms))
  amountKg: number;
}

@ObjectType('OrganicAmendment')
@InputType('OrganicAmendmentInput')
export class OrganicAmendmentData {
  @Field(() => OrganicAmendmentTypeEnum)
  type: OrganicAmendmentType;

  @Field(() => Float, { description: 'Tonnes per hectare: straw dry weight, other amendments fresh weight.' })
  @Limit(ENGINE(L.tonnesPerHa))
  tonnesPerHa: number;
}

@ObjectType('RiceCultivation')
@InputType('RiceInput')
export class RiceData {
  @Field(() => WaterRegimeEnum, { nullable: true, description: 'Required for rice.' })
  waterRegime?: WaterRegime | null;

  @Field(() => PreSeasonRegimeEnum, { nullable: true, description: 'When unknown, the aggregated scaling factor is used (with a warning).' })
  preSeason?: PreSeasonRegime | null;

  @Field(() => Int, { nullable: true, description: 'Days of cultivation; the regional default when unknown (IPCC2019 only).' })
  @Limit(ENGINE(L.cultivationDays.max))
  cultivationDays?: number | null;

  @Field(() => [OrganicAmendmentData], { nullable: true })
  @Limit({ maxItems: 50 })
  organicAmendments?: OrganicAmendmentData[] | null;
}

@ObjectType('ResidueBurning')
@InputType('ResidueBurningInput')
export class ResidueBurningData {
  @Field(() => Float, { description: 'Residue available to burn, tonnes of dry matter per hectare.' })
  @Limit(ENGINE(L.tonnesPerHa))
  dryMatterTonnesPerHa: number;

  @Field(() => Float, { description: 'Share of the area burnt, 0-1.' })
  @Limit(ENGINE(1))
  fractionBurned: number;
}

@ObjectType('PerennialStand')
@InputType('PerennialInput')
export class PerennialData {
  @Field(() => Int)
  @Limit(ENGINE(L.standAgeYears))
  standAgeYears: number;

  @Field(() => Float, { nullable: true, description: 'Area cleared or replanted this year (ha).' })
  @Limit(ENGINE(L.areaHa.max))
  removedAreaHa?: number | null;
}

@ObjectType('FarmEnergy')
@InputType('EnergyInput')
export class EnergyData {
  @Field(() => Float, { nullable: true })
  @Limit(ENGINE(L.dieselLitres))
  dieselLitres?: number | null;

  @Field(() => DieselUseEnum, { nullable: true, description: 'Required when dieselLitres is given.' })
  dieselUse?: DieselUse | null;

  @Field(() => Float, { nullable: true, description: 'Grid electricity; reported as an indirect figure, outside the totals.' })
  @Limit(ENGINE(L.electricityKwh))
  electricityKwh?: number | null;
}

@ObjectType('ActivityData', { description: "What was done on one crop area in one period: the emission engine's input." })
@InputType('ActivityInput')
export class ActivityFields implements ActivityData {
  @Field({ description: 'Crop code, e.g. RICE, COFFEE, PEPPER, DURIAN, SUGARCANE, MAIZE, CASSAVA (see `crops`).' })
  cropCode: string;

  @Field(() => Float, { description: 'Harvested or planted area (ha); sum each rice season separately.' })
  @Limit(ENGINE(L.areaHa.max))
  areaHa: number;

  @Field(() => [SyntheticFertilizerData], { nullable: true })
  @Limit({ maxItems: 50 })
  syntheticFertilizers?: SyntheticFertilizerData[] | null;

  @Field(() => Float, { nullable: true, description: 'N in manure, compost and other organic inputs (kg N).' })
  @Limit(ENGINE(L.kilograms))
  organicNitrogenKg?: number | null;

  @Field(() => Float, { nullable: true, description: 'N in crop residues returned to the soil (kg N).' })
  @Limit(ENGINE(L.kilograms))
  residueNitrogenKg?: number | null;

  @Field(() => [LimeData], { nullable: true })
  @Limit({ maxItems: 50 })
  lime?: LimeData[] | null;

  @Field(() => RiceData, { nullable: true })
  rice?: RiceData | null;

  @Field(() => ResidueBurningData, { nullable: true })
  residueBurning?: ResidueBurningData | null;

  @Field(() => PerennialData, { nullable: true })
  perennial?: PerennialData | null;

  @Field(() => EnergyData, { nullable: true })
  energy?: EnergyData | null;

  @Field(() => Float, { nullable: true, description: 'Harvested product (t), for the emission intensity per kg.' })
  @Limit(ENGINE(L.yieldTonnes.max))
  yieldTonnes?: number | null;
}
