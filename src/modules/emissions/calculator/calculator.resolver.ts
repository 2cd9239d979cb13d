import { Arg, Ctx, Extensions, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Access, PUBLIC } from '../../../core/auth/access';
import { Role } from '../../../core/auth/roles';
import { RequestContext } from '../../../core/context';
import { CROPS } from '../engine';
import { allFactorSetDefinitions, createFactorSet, factorSetView } from '../factor-sets/factor-set.service';
import { CreateFactorSetInput, CreateFactorSetPayload, FactorSet } from '../factor-sets/factor-set.types';
import { calculate } from './calculate';
import { CalculationInput, CalculationResult } from './calculation.types';

@ObjectType({ description: 'A crop the emission engine knows.' })
export class Crop {
  @Field()
  code: string;

  @Field()
  nameVi: string;

  @Field()
  nameEn: string;

  @Field({ description: 'ANNUAL, PERENNIAL (woody biomass applies) or RICE (methane applies).' })
  kind: string;
}

/** Activities a calculateEmissions call computes, from its arguments (variables and literals alike). */
export function activitiesOf(args: Record<string, unknown>): number {
  const activities = (args.input as { activities?: unknown } | undefined)?.activities;
  return Array.isArray(activities) ? activities.length : 0;
}

@Resolver()
export class CalculatorResolver {
  @Access(PUBLIC)
  // Every activity is computed whatever is selected: each costs 1 plus the selection (its result and
  // lines), and they count toward the per-request activity cap.
  @Extensions({ activities: activitiesOf })
  @Query(() => CalculationResult, {
    description: 'Emissions of the given activity data by IPCC category and gas. Nothing is stored; no login needed.',
    complexity: ({ args, childComplexity }) => Math.max(1, activitiesOf(args)) * (1 + childComplexity),
  })
  calculateEmissions(@Ctx() ctx: RequestContext, @Arg('input', () => CalculationInput) input: CalculationInput): Promise<CalculationResult> {
    return calculate(ctx, input);
  }

  @Access(PUBLIC)
  @Query(() => [FactorSet], { description: 'The IPCC factor sets and the country-specific sets, with every factor and its source.' })
  async factorSets(@Ctx() ctx: RequestContext): Promise<FactorSet[]> {
    return (await allFactorSetDefinitions(ctx.dataSource.manager)).map(factorSetView);
  }

  @Access(PUBLIC)
  @Query(() => [Crop])
  crops(): Crop[] {
    return CROPS.map(({ code, nameVi, nameEn, kind }) => ({ code, nameVi, nameEn, kind }));
  }

  @Access({ roles: [Role.ADMIN, Role.PROVINCE_OFFICER] })
  @Mutation(() => CreateFactorSetPayload, { description: 'A country-specific (Tier 2) set overriding factors of an IPCC set. Sets never change once created.' })
  createFactorSet(@Ctx() ctx: RequestContext, @Arg('input', () => CreateFactorSetInput) input: CreateFactorSetInput): Promise<CreateFactorSetPayload> {
    return createFactorSet(ctx, input);
  }
}
