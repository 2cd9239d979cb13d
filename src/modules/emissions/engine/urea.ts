// 3.C.3 CO2 from urea (2006 Eq 11.13): CO2 = M_urea × EF × 44/12, on the mass of urea product.
import { factorKey } from './catalogue';
import { CO2_PER_C } from './constants';
import type { CalculationContext, LineDraft, PreparedActivity } from './context';

export function ureaCo2(ctx: CalculationContext, { activity }: PreparedActivity): LineDraft[] {
  const ureaKg = (activity.syntheticFertilizers ?? []).filter((f) => f.type === 'UREA').reduce((sum, f) => sum + f.productKg, 0);
  if (ureaKg === 0) return [];
  const ef = ctx.factor(factorKey.ureaEf());
  return [
    {
      category: '3.C.3',
      gas: 'CO2',
      kind: 'EMISSION',
      massKg: ureaKg * ef * CO2_PER_C,
      details: { ureaKg, efTCPerTUrea: ef, carbonKg: ureaKg * ef, formula: 'CO2 = M_urea × EF × 44/12' },
    },
  ];
}
