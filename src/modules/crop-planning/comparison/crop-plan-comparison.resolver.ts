import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Access } from '../../../core/auth/access';
import { RequestContext } from '../../../core/context';
import { ArgLimits, RANGES } from '../../../core/input/input-limits';
import { dataSetWork } from '../../../server/limits/cost-estimators';
import { COMPARISON_READERS } from '../crop-planning-access';
import { cropPlanComparison } from './crop-plan-comparison.service';
import { CropPlanComparison } from './crop-plan-comparison.types';

@Resolver()
export class CropPlanComparisonResolver {
  @Access(COMPARISON_READERS)
  @ArgLimits({ year: RANGES.year })
  @Query(() => CropPlanComparison, {
    description:
      'Crop plans of a year against the area of the ACTUAL activity records, per crop, with the conversions to and from each crop. ' +
      'For a commune or ward, or without a code the province (every commune summed). Needs read access to those activity records.',
    complexity: dataSetWork,
  })
  cropPlanComparison(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int) year: number,
    @Arg('administrativeUnitCode', () => String, { nullable: true }) administrativeUnitCode?: string | null,
  ): Promise<CropPlanComparison> {
    return cropPlanComparison(ctx, year, administrativeUnitCode);
  }
}
