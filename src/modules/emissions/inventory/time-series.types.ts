import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Limit, RANGES } from '../../../core/input/input-limits';
import { UserError } from '../../../core/errors/user-error';
import { GwpSetEnum } from '../emission-enums';
import type { GwpSetCode } from '../engine';
import { InventoryStatus } from './inventory-status';
import { InventoryUncertainty } from './inventory-uncertainty.types';

/** The longest series one request reads or recalculates (the plan period is ten years). */
export const MAX_SERIES_YEARS = 30;

@InputType({ description: 'Recalculates the verified inventories of a range of years with one factor and GWP set, as new RECALCULATED versions.' })
export class RecalculateInventoryYearsInput {
  @Field(() => Int)
  @Limit(RANGES.year)
  fromYear: number;

  @Field(() => Int)
  @Limit(RANGES.year)
  toYear: number;

  @Field({ description: 'The factor set the series is to use (e.g. a newly adopted Tier 2 set).' })
  factorSet: string;

  @Field(() => GwpSetEnum, { defaultValue: 'AR5' })
  gwpSet: GwpSetCode;
}

@ObjectType({ description: 'What happened to one commune-year in a recalculation.' })
export class RecalculatedUnitYear {
  @Field()
  administrativeUnitCode: string;

  @Field(() => Int)
  year: number;

  @Field({
    description:
      'CREATED (a new RECALCULATED version), CURRENT (the verified version already uses the set), ALREADY_RECALCULATED (a version with the set and the same records exists), NOT_VERIFIED (the current version is not verified: verify or recalculate it first).',
  })
  outcome: string;

  @Field(() => ID, { nullable: true, description: 'The inventory version of the series for this commune-year.' })
  inventoryId: string | null;

  @Field(() => Int, { nullable: true })
  version: number | null;
}

@ObjectType()
export class RecalculateInventoryYearsPayload {
  @Field(() => [RecalculatedUnitYear])
  unitYears: RecalculatedUnitYear[];

  @Field(() => Int, { description: 'New versions written by this call (0 when sent again).' })
  created: number;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType({ description: 'A commune inventory version counted in a year of the series.' })
export class SeriesInventoryUsed {
  @Field(() => ID)
  inventoryId: string;

  @Field()
  administrativeUnitCode: string;

  @Field(() => Int)
  version: number;

  @Field(() => InventoryStatus)
  status: InventoryStatus;
}

@ObjectType()
export class SeriesMissingCommune {
  @Field()
  administrativeUnitCode: string;

  @Field({ description: 'NO_INVENTORY, NOT_VERIFIED, or NO_VERSION_WITH_SET (never filled from another set or year).' })
  reason: string;
}

@ObjectType()
export class SeriesCategory {
  @Field()
  category: string;

  @Field(() => Float)
  co2eKg: number;

  @Field(() => Float, { nullable: true })
  uncertaintyPct: number | null;
}

@ObjectType({ description: 'One year of a consistent series: one factor set and one GWP set throughout.' })
export class TimeSeriesYear {
  @Field(() => Int)
  year: number;

  @Field({ description: 'True when every commune and ward is counted.' })
  complete: boolean;

  @Field(() => Float, { description: 'Net (emissions and removals) of the communes counted, kg CO2e.' })
  totalCo2eKg: number;

  @Field(() => Float)
  emissionsCo2eKg: number;

  @Field(() => Float)
  removalsCo2eKg: number;

  @Field(() => [SeriesCategory])
  byCategory: SeriesCategory[];

  @Field(() => InventoryUncertainty, { nullable: true, description: 'Approach 1 over the counted communes; null when none is counted.' })
  uncertainty: InventoryUncertainty | null;

  @Field(() => [SeriesInventoryUsed])
  inventories: SeriesInventoryUsed[];

  @Field(() => [SeriesMissingCommune])
  missing: SeriesMissingCommune[];
}

@ObjectType({ description: 'Provincial totals of a range of years, all computed with the same factor set and GWP set.' })
export class InventoryTimeSeries {
  @Field()
  factorSet: string;

  @Field(() => [String])
  factorSetChain: string[];

  @Field(() => GwpSetEnum)
  gwpSet: GwpSetCode;

  @Field(() => [TimeSeriesYear])
  years: TimeSeriesYear[];
}
