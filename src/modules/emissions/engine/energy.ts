// On-farm diesel (1.A.4.c.i stationary, 1.A.4.c.ii off-road; 2006 Vol2 Tier 1) and grid electricity
// (indirect, never in totals). Diesel: litres × density × NCV → TJ, × kg gas/TJ.
import { factorKey } from './catalogue';
import { KWH_PER_MWH, KG_PER_TONNE, MJ_PER_TJ } from './constants';
import type { CalculationContext, LineDraft, PreparedActivity } from './context';

export function dieselCombustion(ctx: CalculationContext, { activity }: PreparedActivity): LineDraft[] {
  const litres = activity.energy?.dieselLitres ?? 0;
  const use = activity.energy?.dieselUse;
  if (litres === 0 || !use) return [];
  const density = ctx.factor(factorKey.dieselDensity());
  const ncv = ctx.factor(factorKey.dieselNcv());
  const energyTJ = (litres * density * ncv) / MJ_PER_TJ;
  const efCo2 = ctx.factor(factorKey.dieselCo2());
  const efCh4 = ctx.factor(factorKey.dieselCh4(use));
  const efN2o = ctx.factor(factorKey.dieselN2o(use));
  const category = use === 'STATIONARY' ? '1.A.4.c.i' : '1.A.4.c.ii';
  const energyKeys = [factorKey.dieselDensity(), factorKey.dieselNcv()];
  const details = {
    dieselLitres: litres,
    dieselUse: use,
    densityKgPerL: density,
    ncvMJPerKg: ncv,
    energyTJ,
    efCo2KgPerTJ: efCo2,
    efCh4KgPerTJ: efCh4,
    efN2oKgPerTJ: efN2o,
    formula: 'gas (kg) = litres × density × NCV / 10^6 × EF (kg/TJ)',
  };
  return [
    { category, gas: 'CO2', kind: 'EMISSION', massKg: energyTJ * efCo2, details, factorKeys: [...energyKeys, factorKey.dieselCo2()] },
    { category, gas: 'CH4', kind: 'EMISSION', massKg: energyTJ * efCh4, fossil: true, details, factorKeys: [...energyKeys, factorKey.dieselCh4(use)] },
    { category, gas: 'N2O', kind: 'EMISSION', massKg: energyTJ * efN2o, details, factorKeys: [...energyKeys, factorKey.dieselN2o(use)] },
  ];
}

/** The grid factor's year: the requested one, else the latest earlier one, else the earliest (both warned). */
function gridYear(ctx: CalculationContext, index: number): number {
  const years = ctx.gridYears();
  const latest = years[years.length - 1];
  const path = `activities[${index}].energy.electricityKwh`;
  if (ctx.year === null) {
    ctx.warn(`${path}: no year given; the latest grid factor (${latest}) was used`);
    return latest;
  }
  if (years.includes(ctx.year)) return ctx.year;
  const earlier = years.filter((y) => y < ctx.year!);
  const chosen = earlier.length > 0 ? earlier[earlier.length - 1] : years[0];
  ctx.warn(`${path}: no grid factor for ${ctx.year}; the ${chosen} factor was used`);
  return chosen;
}

export function gridElectricity(ctx: CalculationContext, { activity, index }: PreparedActivity): LineDraft[] {
  const kwh = activity.energy?.electricityKwh ?? 0;
  if (kwh === 0) return [];
  const year = gridYear(ctx, index);
  const ef = ctx.factor(factorKey.grid(year));
  return [
    {
      category: 'INDIRECT_ELECTRICITY',
      gas: 'CO2',
      kind: 'INDIRECT',
      massKg: (kwh / KWH_PER_MWH) * ef * KG_PER_TONNE,
      details: { electricityKwh: kwh, gridYear: year, gridEfTCo2PerMWh: ef, formula: 'CO2 (kg) = kWh / 1000 × EF (t/MWh) × 1000' },
    },
  ];
}
