import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Access, PUBLIC } from '../../../core/auth/access';
import { RequestContext } from '../../../core/context';
import { ACTIVITY_READERS } from '../activity/activity-record.resolver';
import { annualEmissionReport } from './annual-report.service';
import { AnnualEmissionReport } from './annual-report.types';
import { emissionReduction } from './reduction.service';
import { EmissionReduction, EmissionReductionInput } from './reduction.types';
import { dataSetWork } from '../../../server/limits/cost-estimators';
import { ArgLimits, RANGES } from '../../../core/input/input-limits';

@Resolver()
export class EmissionReportsResolver {
  @Access(PUBLIC)
  @Query(() => AnnualEmissionReport, {
    nullable: true,
    description: 'Plan task V.4: the report of the verified provincial inventory; null until one is verified.',
    complexity: dataSetWork,
  })
  @ArgLimits({ year: RANGES.year })
  annualEmissionReport(@Ctx() ctx: RequestContext, @Arg('year', () => Int) year: number): Promise<AnnualEmissionReport | null> {
    return annualEmissionReport(ctx.dataSource.manager, year);
  }

  @Access(ACTIVITY_READERS)
  @Query(() => EmissionReduction, { description: 'ACTUAL against BASELINE per unit, crop and category, and intensity per crop.', complexity: dataSetWork })
  emissionReduction(@Ctx() ctx: RequestContext, @Arg('input', () => EmissionReductionInput) input: EmissionReductionInput): Promise<EmissionReduction> {
    return emissionReduction(ctx, input);
  }
}
