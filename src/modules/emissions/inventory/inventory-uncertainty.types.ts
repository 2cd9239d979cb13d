import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { UncertaintySummary } from '../engine';

@ObjectType({ description: 'A combined uncertainty (%, half the 95 % interval relative to the value) of a sum of lines.' })
export class UncertaintyFigureView {
  @Field({ description: 'IPCC category code, gas, TOTAL (net, grid electricity excluded) or EMISSIONS.' })
  key: string;

  @Field(() => Float)
  co2eKg: number;

  @Field(() => Float, { nullable: true, description: 'Propagated with the larger half-width of each asymmetric factor range; null when the sum is zero.' })
  pct: number | null;

  @Field(() => Float, { nullable: true, description: 'Propagated with the lower half-widths.' })
  lowerPct: number | null;

  @Field(() => Float, { nullable: true, description: 'Propagated with the upper half-widths.' })
  upperPct: number | null;
}

@ObjectType({ description: 'Uncertainty of an inventory by IPCC 2006 Vol 1 Ch 3 Approach 1 (see the method statement).' })
export class InventoryUncertainty implements UncertaintySummary {
  @Field({ description: 'The approach and equations used.' })
  approach: string;

  @Field(() => UncertaintyFigureView)
  total: UncertaintyFigureView;

  @Field(() => UncertaintyFigureView)
  emissions: UncertaintyFigureView;

  @Field(() => [UncertaintyFigureView])
  byCategory: UncertaintyFigureView[];

  @Field(() => [UncertaintyFigureView])
  byGas: UncertaintyFigureView[];

  @Field(() => [String], { description: 'Factors used without a range in their set: counted as exact, so the figures understate.' })
  factorsWithoutRange: string[];

  @Field(() => Int, { description: 'Lines computed before uncertainty was assessed: left out of the figures.' })
  linesNotAssessed: number;
}
