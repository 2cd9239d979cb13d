// 3.C.5 Indirect N2O: volatilisation (Eq 11.9) and leaching/runoff (Eq 11.10), each × 44/28.
// Leaching applies in wet climates and to flooded rice in any climate (the field is irrigated or
// flooded); in dry climates otherwise FracLEACH = 0, with a warning because irrigation would change it.
import { factorKey } from './catalogue';
import { floodedRiceRegime, isWetClimate } from './climate';
import { N2O_PER_N2O_N } from './constants';
import type { CalculationContext, LineDraft, PreparedActivity } from './context';
import { nitrogenDetails, type NitrogenInputs } from './nitrogen';
import type { DetailValue } from './types';

export function indirectN2o(ctx: CalculationContext, { activity, crop, index }: PreparedActivity, n: NitrogenInputs): LineDraft[] {
  const totalN = n.fSn + n.fOn + n.fCr;
  if (totalN === 0) return [];
  const wet = isWetClimate(ctx.climateZone);
  const details: Record<string, DetailValue> = { ...nitrogenDetails(n) };

  let volatilisedN = 0;
  n.synthetic.forEach((s, i) => {
    if (s.nKg === 0) return;
    const frac = ctx.factor(factorKey.fracGasf(s.type));
    details[`syntheticFertilizers[${i}].fracGasf`] = frac;
    volatilisedN += s.nKg * frac;
  });
  if (n.fOn > 0) {
    const fracGasm = ctx.factor(factorKey.fracGasm());
    details.fracGasm = fracGasm;
    volatilisedN += n.fOn * fracGasm;
  }
  const ef4 = volatilisedN > 0 ? ctx.factor(factorKey.ef4(wet)) : 0;
  const n2oNVolatilisation = volatilisedN * ef4;

  const leachingApplies = wet || floodedRiceRegime(activity, crop) !== null;
  let leachedN = 0;
  let ef5 = 0;
  if (leachingApplies) {
    const fracLeach = ctx.factor(factorKey.fracLeach());
    leachedN = totalN * fracLeach;
    ef5 = ctx.factor(factorKey.ef5());
    details.fracLeach = fracLeach;
  } else {
    details.fracLeach = 0;
    ctx.warn(`activities[${index}]: dry climate without flooding, so leaching (FracLEACH) is taken as 0; irrigation other than drip would make it apply`);
  }
  const n2oNLeaching = leachedN * ef5;
  const n2oN = n2oNVolatilisation + n2oNLeaching;
  return [
    {
      category: '3.C.5',
      gas: 'N2O',
      kind: 'EMISSION',
      massKg: n2oN * N2O_PER_N2O_N,
      details: {
        ...details,
        climateClass: wet ? 'WET' : 'DRY',
        volatilisedNKg: volatilisedN,
        ef4,
        n2oNVolatilisationKg: n2oNVolatilisation,
        leachingApplies,
        leachedNKg: leachedN,
        ef5,
        n2oNLeachingKg: n2oNLeaching,
        n2oNKg: n2oN,
        formula: 'N2O = [(Σ F_SN,i × FracGASF,i + F_ON × FracGASM) × EF4 + (F_SN + F_ON + F_CR) × FracLEACH × EF5] × 44/28',
      },
    },
  ];
}
