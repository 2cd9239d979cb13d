// 3.C.2 CO2 from liming (2006 Eq 11.12): CO2 = (M_limestone × EF_limestone + M_dolomite × EF_dolomite) × 44/12.
import { factorKey } from './catalogue';
import { CO2_PER_C } from './constants';
import type { CalculationContext, LineDraft, PreparedActivity } from './context';
import { LIME_TYPES, type DetailValue } from './types';

export function limingCo2(ctx: CalculationContext, { activity }: PreparedActivity): LineDraft[] {
  const lime = activity.lime ?? [];
  const details: Record<string, DetailValue> = {};
  let carbonKg = 0;
  for (const type of LIME_TYPES) {
    const amountKg = lime.filter((l) => l.type === type).reduce((sum, l) => sum + l.amountKg, 0);
    if (amountKg === 0) continue;
    const ef = ctx.factor(factorKey.limeEf(type));
    details[`${type.toLowerCase()}Kg`] = amountKg;
    details[`${type.toLowerCase()}EfTCPerT`] = ef;
    carbonKg += amountKg * ef;
  }
  if (carbonKg === 0) return [];
  return [
    {
      category: '3.C.2',
      gas: 'CO2',
      kind: 'EMISSION',
      massKg: carbonKg * CO2_PER_C,
      details: { ...details, carbonKg, formula: 'CO2 = Σ M_lime × EF_lime × 44/12' },
    },
  ];
}
