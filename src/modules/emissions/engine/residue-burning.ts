// 3.C.1 Non-CO2 from field burning of crop residues (2006 Vol4 Ch2 Eq 2.27):
// L (kg) = A_burnt (ha) × M_B (t DM/ha) × C_f × G_ef (g/kg DM), since t × g/kg = kg.
// CO2 from burning residues is biogenic and not reported; it is kept in the details only.
import { factorKey } from './catalogue';
import type { CalculationContext, LineDraft, PreparedActivity } from './context';
import type { DetailValue } from './types';

export function residueBurning(ctx: CalculationContext, { activity, crop }: PreparedActivity): LineDraft[] {
  const burning = activity.residueBurning;
  if (!burning) return [];
  const areaBurntHa = activity.areaHa * burning.fractionBurned;
  const fuelT = areaBurntHa * burning.dryMatterTonnesPerHa;
  if (fuelT === 0) return [];
  const cf = ctx.factor(crop.residueCombustionFactorKey);
  const burntDryMatterT = fuelT * cf;
  const gefCh4 = ctx.factor(factorKey.burningGef('CH4'));
  const gefN2o = ctx.factor(factorKey.burningGef('N2O'));
  const gefCo2 = ctx.factor(factorKey.burningGef('CO2'));
  const details: Record<string, DetailValue> = {
    areaHa: activity.areaHa,
    fractionBurned: burning.fractionBurned,
    areaBurntHa,
    dryMatterTonnesPerHa: burning.dryMatterTonnesPerHa,
    combustionFactor: cf,
    burntDryMatterT,
    gefCh4GPerKg: gefCh4,
    gefN2oGPerKg: gefN2o,
    gefCo2GPerKg: gefCo2,
    biogenicCo2KgNotReported: burntDryMatterT * gefCo2,
    formula: 'L (kg) = A × fraction burnt × M_B × C_f × G_ef',
  };
  return [
    {
      category: '3.C.1',
      gas: 'CH4',
      kind: 'EMISSION',
      massKg: burntDryMatterT * gefCh4,
      details,
      factorKeys: [crop.residueCombustionFactorKey, factorKey.burningGef('CH4')],
    },
    {
      category: '3.C.1',
      gas: 'N2O',
      kind: 'EMISSION',
      massKg: burntDryMatterT * gefN2o,
      details,
      factorKeys: [crop.residueCombustionFactorKey, factorKey.burningGef('N2O')],
    },
  ];
}
