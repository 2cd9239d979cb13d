import { ArrayMaxSize } from 'class-validator';
import { InventoryUncertainty } from '../inventory/inventory-uncertainty.types';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { ActivityFields } from '../activity/activity-data.types';
import { ClimateZoneEnum, GasEnum, GwpSetEnum, LineKindEnum } from '../emission-enums';
import type { ClimateZone, Gas, GwpSetCode, LineKind } from '../engine';
import { Limit, RANGES } from '../../../core/input/input-limits';

/** The public calculator needs no login, so one call's work is bounded. */
export const MAX_CALCULATION_ACTIVITIES = 1000;

@InputType({ description: 'Activity data to calculate with; nothing is stored.' })
export class CalculationInput {
  @Field({ description: 'Factor set code: IPCC2006, IPCC2019 or a country-specific set (see `factorSets`).' })
  factorSet: string;

  @Field(() => GwpSetEnum)
  gwp: GwpSetCode;

  @Field(() => ClimateZoneEnum)
  climateZone: ClimateZone;

  @Field(() => String, { nullable: true, description: 'Region for rice baselines; default SOUTH_EAST_ASIA.' })
  region?: string | null;

  @Field(() => Int, { nullable: true, description: 'Year of the activity, for the grid electricity factor; default the latest published.' })
  @Limit(RANGES.year)
  year?: number | null;

  @Field(() => [ActivityFields], { description: `At most ${MAX_CALCULATION_ACTIVITIES} activities per call.` })
  @ArrayMaxSize(MAX_CALCULATION_ACTIVITIES)
  activities: ActivityFields[];
}

// simpleResolvers: plain data fields, so the global middleware (root fields only) is skipped per field.
@ObjectType({ description: 'One gas from one IPCC category for one activity, with every quantity used to compute it.', simpleResolvers: true })
export class CalculationLine {
  @Field({ description: 'IPCC category code, e.g. 3.C.7; INDIRECT_ELECTRICITY for grid power.' })
  category: string;

  @Field()
  categoryName: string;

  @Field(() => GasEnum)
  gas: Gas;

  @Field(() => LineKindEnum)
  kind: LineKind;

  @Field(() => Float, { description: 'Mass of the gas (kg); negative for removals.' })
  massKg: number;

  @Field(() => Float, { description: 'massKg × GWP (kg CO2e).' })
  co2eKg: number;

  @Field(() => Int, { description: 'Index of the activity in the input list.' })
  activityIndex: number;

  @Field(() => GraphQLJSON, { description: 'Intermediate quantities: N inputs, factors, scaling factors, days, areas, the formula.' })
  details: Record<string, unknown>;

  @Field(() => Float, {
    nullable: true,
    description: 'Combined uncertainty (%, 95 %; Approach 1, Eq 3.1) with the default activity-data uncertainty of unknown sources (20 %, expert judgement).',
  })
  uncertaintyPct: number | null;

  @Field(() => Float, { nullable: true })
  uncertaintyLowerPct: number | null;

  @Field(() => Float, { nullable: true })
  uncertaintyUpperPct: number | null;
}

@ObjectType({ description: 'Where a factor of a country-specific set comes from (docs/emission-methods.md §10).', simpleResolvers: true })
export class FactorProvenance {
  @Field({ description: 'Source key of the methods sheet, e.g. VNRICE or DCC.' })
  sourceKey: string;

  @Field()
  citation: string;

  @Field({ description: 'Table, page or section the value was read from.' })
  location: string;

  @Field({ description: 'True for a published Viet Nam value.' })
  countrySpecific: boolean;

  @Field(() => String, { nullable: true, description: 'Limits on applying the value here, e.g. a study region other than Đắk Lắk.' })
  applicability: string | null;
}

@ObjectType({ description: 'A factor as used in a calculation, with where it comes from.', simpleResolvers: true })
export class FactorUsed {
  @Field({ description: 'Factor key, e.g. EF1.SYNTHETIC.WET or GWP.AR5.CH4.' })
  key: string;

  @Field(() => Float)
  value: number;

  @Field()
  unit: string;

  @Field({ description: 'Table and source of the value.' })
  source: string;

  @Field(() => Float, { nullable: true })
  rangeLow: number | null;

  @Field(() => Float, { nullable: true })
  rangeHigh: number | null;

  @Field({ description: 'True when the value has not been checked against the primary document.' })
  unconfirmed: boolean;

  @Field({ description: 'The factor set that supplied the value (a country set or the IPCC set beneath it).' })
  factorSet: string;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field({ description: 'True for a published Viet Nam value; false for an IPCC default (factorSet names which set).' })
  countrySpecific: boolean;

  @Field(() => FactorProvenance, { nullable: true, description: 'Null for IPCC defaults and for overrides stored without provenance.' })
  provenance: FactorProvenance | null;
}

@ObjectType({ description: 'Emission intensity of one activity: net CO2e per hectare and per kg of product.', simpleResolvers: true })
export class ActivityIntensity {
  @Field(() => Int)
  activityIndex: number;

  @Field()
  cropCode: string;

  @Field(() => Float)
  netCo2eKg: number;

  @Field(() => Float)
  co2ePerHa: number;

  @Field(() => Float, { nullable: true, description: 'Null without a yield.' })
  co2ePerKgProduct: number | null;
}

@ObjectType({ description: 'Results by category and gas. Removals and grid electricity are reported apart.' })
export class CalculationResult {
  @Field(() => Float, { description: 'Net: emissions plus removals (kg CO2e); grid electricity excluded.' })
  totalCo2eKg: number;

  @Field(() => Float)
  emissionsCo2eKg: number;

  @Field(() => Float, { description: 'Zero or negative.' })
  removalsCo2eKg: number;

  @Field(() => Float, { description: 'Grid electricity (indirect, outside the totals).' })
  indirectEnergyCo2eKg: number;

  @Field({ description: 'Method statement: guidelines, tier, factor set and GWP set.' })
  method: string;

  @Field(() => [String], { description: 'The factor set and the sets beneath it, most specific first.' })
  factorSetChain: string[];

  @Field(() => [CalculationLine])
  lines: CalculationLine[];

  @Field(() => [FactorUsed])
  factorsUsed: FactorUsed[];

  @Field(() => [String], { description: 'Unconfirmed factors used, defaults assumed, implausible values (flagged, not refused).' })
  warnings: string[];

  @Field(() => [ActivityIntensity])
  intensities: ActivityIntensity[];

  @Field(() => InventoryUncertainty, { description: 'Uncertainty of the totals (IPCC 2006 Vol 1 Ch 3 Approach 1).' })
  uncertainty: InventoryUncertainty;
}
