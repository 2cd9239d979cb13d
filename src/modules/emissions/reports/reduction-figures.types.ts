import { Field, Float, Int, ObjectType } from 'type-graphql';
import { InventoryStatus } from '../inventory/inventory-status';

/** Baseline, actual and their difference for one group, with the difference's uncertainty. */
@ObjectType({ description: 'Baseline, actual and reduction of one group (net kg CO2e: emissions plus removals, grid electricity excluded).' })
export abstract class ReductionAmounts {
  @Field(() => Float)
  baselineCo2eKg: number;

  @Field(() => Float)
  actualCo2eKg: number;

  @Field(() => Float, { description: 'baseline − actual: positive is a reduction.' })
  reductionCo2eKg: number;

  @Field(() => Float, { nullable: true, description: 'Reduction as a percentage of the baseline; null when the baseline is zero.' })
  reductionPercent: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Uncertainty of the reduction (%, 95 %, relative to |reduction|): IPCC 2006 Vol 1 Ch 3 Approach 1, Eq 3.2 over the difference; null when the reduction is zero or a line was not assessed.',
  })
  uncertaintyPct: number | null;
}

@ObjectType()
export class ReductionTotal extends ReductionAmounts {}

@ObjectType()
export class ReductionByCategory extends ReductionAmounts {
  @Field({ description: 'IPCC category code.' })
  category: string;
}

@ObjectType()
export class ReductionByCrop extends ReductionAmounts {
  @Field()
  cropCode: string;
}

@ObjectType()
export class ReductionByCommune extends ReductionAmounts {
  @Field()
  administrativeUnitCode: string;

  @Field()
  name: string;

  @Field(() => Int, { nullable: true, description: 'The verified BASELINE inventory version counted; null for unverified figures.' })
  baselineInventoryVersion: number | null;

  @Field(() => Int, { nullable: true, description: 'The verified ACTUAL inventory version counted; null for unverified figures.' })
  actualInventoryVersion: number | null;
}

@ObjectType({ description: 'BASELINE against ACTUAL for one unit, crop and IPCC category.' })
export class ReductionRow extends ReductionAmounts {
  @Field()
  administrativeUnitCode: string;

  @Field()
  cropCode: string;

  @Field()
  category: string;
}

/** One set of reduction figures and the groupings the reports show. */
@ObjectType({ description: 'Reductions in total and by IPCC category, crop, commune, and unit × crop × category.' })
export abstract class ReductionFigures {
  @Field({ description: 'What the figures count, with which factor and GWP sets, and how their uncertainty is propagated.' })
  basis: string;

  @Field(() => ReductionTotal)
  total: ReductionTotal;

  @Field(() => [ReductionByCategory])
  byCategory: ReductionByCategory[];

  @Field(() => [ReductionByCrop])
  byCrop: ReductionByCrop[];

  @Field(() => [ReductionByCommune])
  byCommune: ReductionByCommune[];

  @Field(() => [ReductionRow])
  rows: ReductionRow[];
}

@ObjectType({ description: 'Reductions from verified BASELINE and verified ACTUAL inventories of the same units, years, factor set and GWP set.' })
export class VerifiedReductions extends ReductionFigures {}

@ObjectType({ description: 'Why a unit-year has no verified reduction.' })
export class UnverifiedReductionUnit {
  @Field()
  administrativeUnitCode: string;

  @Field()
  name: string;

  @Field({
    description:
      'NO_BASELINE_INVENTORY, BASELINE_NOT_VERIFIED, NO_ACTUAL_INVENTORY, ACTUAL_NOT_VERIFIED, SETS_DIFFER (baseline and actual use other factor or GWP sets), OTHER_FACTOR_SET (both verified with sets other than those asked for) or NOT_IN_PROVINCIAL_INVENTORY.',
  })
  reason: string;

  @Field(() => InventoryStatus, { nullable: true, description: 'Status of the current BASELINE inventory, if any.' })
  baselineStatus: InventoryStatus | null;

  @Field(() => InventoryStatus, { nullable: true, description: 'Status of the current ACTUAL inventory, if any.' })
  actualStatus: InventoryStatus | null;
}

@ObjectType({
  description: 'Reductions of the unit-years without a verified pair, computed now from their activity records; never part of the verified figures.',
})
export class UnverifiedReductions extends ReductionFigures {
  @Field(() => [UnverifiedReductionUnit])
  units: UnverifiedReductionUnit[];

  @Field(() => [String])
  warnings: string[];
}
