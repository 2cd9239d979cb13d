import { RequestContext } from '../../../core/context';
import { BadUserInputError } from '../../../core/errors/app-errors';
import { CalculationResult as EngineResult, EngineInputError } from '../engine';
import { factorUsedOf } from '../factor-sets/factor-view';
import { resolveFactorSetCode } from '../factor-sets/factor-set.service';
import { runCalculation } from '../run-calculation';
import { CalculationInput, CalculationResult } from './calculation.types';

/**
 * Engine input errors become one BAD_USER_INPUT naming the first field (`input.activities[2].areaHa`),
 * with every issue listed in `extensions.issues` so a form can mark all fields at once.
 */
export function toBadUserInput(error: EngineInputError, prefix: string): BadUserInputError {
  const issues = error.issues.map((issue) => ({ ...issue, path: `${prefix}.${issue.path}` }));
  const first = issues[0];
  return new BadUserInputError(first.message, first.path, first.reason, { issues });
}

export function resultView(result: EngineResult, factorSetChain: string[]): CalculationResult {
  return {
    ...result,
    factorSetChain,
    factorsUsed: result.factorsUsed.map((f) => factorUsedOf(f.key, f)),
    lines: result.lines.map((line) => ({
      ...line,
      uncertaintyPct: line.uncertainty.pct,
      uncertaintyLowerPct: line.uncertainty.lowerPct,
      uncertaintyUpperPct: line.uncertainty.upperPct,
    })),
  };
}

/** The public calculator: nothing is stored. */
export async function calculate(ctx: RequestContext, input: CalculationInput): Promise<CalculationResult> {
  const factorSet = await resolveFactorSetCode(ctx.dataSource.manager, input.factorSet, 'input.factorSet');
  try {
    const result = await runCalculation(ctx, {
      factorSet,
      gwpSet: input.gwp,
      climateZone: input.climateZone,
      region: input.region ?? null,
      year: input.year ?? null,
      activities: input.activities,
    });
    return resultView(result, factorSet.chain);
  } catch (error) {
    if (error instanceof EngineInputError) throw toBadUserInput(error, 'input');
    throw error;
  }
}
