// 3.B.2 Perennial woody biomass, gain-loss Tier 1 (2006 Vol4 Eq 2.7, Ch5 §5.2.1):
// gain = (area − removed) × G while the stand is younger than its maturity cycle (0 after: Tier 1 net zero
// at maturity); loss = removed area × L. CO2 = −ΔC × 44/12. Gain and loss are separate lines so both show.
import { factorKey } from './catalogue';
import { CO2_PER_C, KG_PER_TONNE } from './constants';
import type { CalculationContext, LineDraft, PreparedActivity } from './context';
import type { DetailValue } from './types';

export function perennialBiomass(ctx: CalculationContext, { activity, crop }: PreparedActivity): LineDraft[] {
  const stand = activity.perennial;
  if (crop.kind !== 'PERENNIAL' || !stand) return [];
  const zone = ctx.climateZone;
  const removedAreaHa = stand.removedAreaHa ?? 0;
  const growingAreaHa = activity.areaHa - removedAreaHa;
  const cycle = ctx.factor(factorKey.perennialCycle(zone));
  const growing = stand.standAgeYears < cycle;
  const g = growing && growingAreaHa > 0 ? ctx.factor(factorKey.perennialGrowth(zone)) : 0;
  const l = removedAreaHa > 0 ? ctx.factor(factorKey.perennialLoss(zone)) : 0;
  const gainTC = growing ? growingAreaHa * g : 0;
  const lossTC = removedAreaHa * l;
  const details: Record<string, DetailValue> = {
    climateZone: zone,
    standAgeYears: stand.standAgeYears,
    maturityCycleYears: cycle,
    withinMaturityCycle: growing,
    growingAreaHa,
    growthTCPerHaYr: g,
    gainTC,
    removedAreaHa,
    lossTCPerHa: l,
    lossTC,
    deltaCTC: gainTC - lossTC,
    formula: 'CO2 = −(A_growing × G − A_removed × L) × 44/12',
  };
  return [
    // The maturity cycle only decides whether the stand grows; it multiplies nothing.
    { category: '3.B.2', gas: 'CO2', kind: 'REMOVAL', massKg: -gainTC * CO2_PER_C * KG_PER_TONNE, details, factorKeys: [factorKey.perennialGrowth(zone)] },
    { category: '3.B.2', gas: 'CO2', kind: 'EMISSION', massKg: lossTC * CO2_PER_C * KG_PER_TONNE, details, factorKeys: [factorKey.perennialLoss(zone)] },
  ];
}
