// N inputs of one activity (2006 Eq 11.1 terms), shared by direct and indirect N2O.
import { factorKey } from './catalogue';
import type { CalculationContext } from './context';
import type { ActivityData, DetailValue, SyntheticFertilizerType } from './types';

export interface SyntheticInput {
  type: SyntheticFertilizerType;
  productKg: number;
  nitrogenFraction: number;
  nKg: number;
}

export interface NitrogenInputs {
  synthetic: SyntheticInput[];
  /** F_SN: kg N in synthetic fertiliser. */
  fSn: number;
  /** F_ON: kg N in organic amendments. */
  fOn: number;
  /** F_CR: kg N in crop residues returned. */
  fCr: number;
}

/** F_SN = Σ product × N fraction (entered, else the set's default for the type); F_ON and F_CR as entered. */
export function nitrogenInputs(ctx: CalculationContext, activity: ActivityData): NitrogenInputs {
  const synthetic = (activity.syntheticFertilizers ?? []).map((f): SyntheticInput => {
    const nitrogenFraction = f.nitrogenFraction ?? (f.productKg > 0 ? ctx.factor(factorKey.nFraction(f.type)) : 0);
    return { type: f.type, productKg: f.productKg, nitrogenFraction, nKg: f.productKg * nitrogenFraction };
  });
  return {
    synthetic,
    fSn: synthetic.reduce((sum, s) => sum + s.nKg, 0),
    fOn: activity.organicNitrogenKg ?? 0,
    fCr: activity.residueNitrogenKg ?? 0,
  };
}

/** Synthetic N by fertiliser type, for line details. */
export function syntheticNByType(inputs: NitrogenInputs): Map<SyntheticFertilizerType, number> {
  const byType = new Map<SyntheticFertilizerType, number>();
  for (const s of inputs.synthetic) byType.set(s.type, (byType.get(s.type) ?? 0) + s.nKg);
  return byType;
}

export function nitrogenDetails(inputs: NitrogenInputs): Record<string, DetailValue> {
  const details: Record<string, DetailValue> = {};
  inputs.synthetic.forEach((s, i) => {
    details[`syntheticFertilizers[${i}].type`] = s.type;
    details[`syntheticFertilizers[${i}].productKg`] = s.productKg;
    details[`syntheticFertilizers[${i}].nitrogenFraction`] = s.nitrogenFraction;
    details[`syntheticFertilizers[${i}].nKg`] = s.nKg;
  });
  details.syntheticNKg = inputs.fSn;
  details.organicNKg = inputs.fOn;
  details.residueNKg = inputs.fCr;
  return details;
}
