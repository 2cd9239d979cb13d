import { Arg, Ctx, Field, Float, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../../../core/context';
import { mayUseRecord } from './pilot-access';
import { PilotModel } from './pilot-model.entity';
import { ActivityRecord, roundKg, ClimateZoneEnum, GwpSetEnum, ClimateZone, GwpSetCode, RecordNotCalculableError, calculateRecords } from '../../emissions';

@ObjectType({ description: "A pilot's own reduction: its ACTUAL activity records against its BASELINE ones, computed now.", simpleResolvers: true })
export class PilotEmissionReduction {
  @Field()
  method: string;

  @Field(() => Int)
  baselineRecords: number;

  @Field(() => Int)
  actualRecords: number;

  @Field(() => Float, { description: 'Net kg CO2e of the baseline records.' })
  baselineCo2eKg: number;

  @Field(() => Float)
  actualCo2eKg: number;

  @Field(() => Float, { description: 'baseline − actual: positive is a reduction.' })
  reductionCo2eKg: number;

  @Field(() => Float, { nullable: true, description: 'Null when the baseline is zero.' })
  reductionPercent: number | null;

  @Field(() => [String])
  warnings: string[];
}

@Resolver(() => PilotModel)
export class PilotReductionResolver {
  @FieldResolver(() => PilotEmissionReduction, {
    nullable: true,
    description: 'Its linked ACTUAL records against its BASELINE records; null until both are linked, or when a record cannot be calculated.',
    // Two engine runs over the pilot's linked records, whatever is selected: priced as ten items.
    complexity: ({ childComplexity }) => 10 + childComplexity,
  })
  async emissionReduction(
    @Root() pilot: PilotModel,
    @Ctx() ctx: RequestContext,
    @Arg('factorSet', { defaultValue: 'IPCC2019' }) factorSetCode: string,
    @Arg('gwpSet', () => GwpSetEnum, { defaultValue: 'AR5' }) gwpSet: GwpSetCode,
    @Arg('climateZone', () => ClimateZoneEnum, { defaultValue: 'TROPICAL_MOIST' }) climateZone: ClimateZone,
  ): Promise<PilotEmissionReduction | null> {
    // Links are checked when written; a link to another commune's records stored before that is never published.
    const load = async (ids: string[] | null) =>
      (await ctx.loaders.activityRecordById.loadMany(ids ?? [])).filter((r): r is ActivityRecord => r instanceof ActivityRecord && mayUseRecord(pilot, r));
    const [baseline, actual] = [await load(pilot.baselineActivityRecordIds), await load(pilot.actualActivityRecordIds)];
    if (baseline.length === 0 || actual.length === 0) return null;
    const factorSet = await ctx.loaders.factorSetByCode.load(factorSetCode);
    try {
      const before = await calculateRecords(ctx, { factorSet, gwpSet, climateZone }, baseline);
      const after = await calculateRecords(ctx, { factorSet, gwpSet, climateZone }, actual);
      return {
        method: after.method,
        baselineRecords: baseline.length,
        actualRecords: actual.length,
        baselineCo2eKg: roundKg(before.totalCo2eKg),
        actualCo2eKg: roundKg(after.totalCo2eKg),
        reductionCo2eKg: roundKg(before.totalCo2eKg - after.totalCo2eKg),
        reductionPercent: before.totalCo2eKg !== 0 ? roundKg((100 * (before.totalCo2eKg - after.totalCo2eKg)) / before.totalCo2eKg) : null,
        warnings: [...new Set([...before.warnings, ...after.warnings])],
      };
    } catch (error) {
      if (error instanceof RecordNotCalculableError) return null;
      throw error;
    }
  }
}
