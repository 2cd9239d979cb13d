// 3.C.7 CH4 from rice cultivation, Tier 1 (2006 Eq 5.1-5.3): EF = EF_c × SF_w × SF_p × SF_o,
// SF_o = (1 + Σ ROA × CFOA)^exponent, CH4 (kg) = EF × days × area. EF_c is regional in the 2019R; the 2006
// set repeats its global 1.30 under every region. Days default to the 2019R regional period when a set has one.
// A country set may give EF_c per cropping season (RICE.EF_C.<region>.<season>); it then applies by the
// activity's season, and a season without one falls back to the regional EF_c with a warning.
import { factorKey } from './catalogue';
import type { CalculationContext, LineDraft, PreparedActivity } from './context';
import type { DetailValue } from './types';

/** The season's own EF_c when the set has one (country sets), else the regional EF_c. */
function efcKeyFor(ctx: CalculationContext, season: string | null, path: string): string {
  const regional = factorKey.riceEfc(ctx.region);
  if (!ctx.hasSeasonalRiceFactors()) return regional;
  const seasonal = season === null ? null : factorKey.riceSeasonalEfc(ctx.region, season);
  if (seasonal !== null && ctx.has(seasonal)) return seasonal;
  const fallback = ctx.factorSet.factors[regional];
  ctx.warn(
    `${path}: ${ctx.factorSet.code} gives no EF_c for season ${season ?? '(none)'}; the ${fallback.factorSet} value for ${ctx.region} (${fallback.value} kg CH4/ha/day) was used`,
  );
  return regional;
}

export function riceMethane(ctx: CalculationContext, { activity, crop, index }: PreparedActivity): LineDraft[] {
  const rice = activity.rice;
  if (crop.kind !== 'RICE' || !rice?.waterRegime) return [];
  const path = `activities[${index}].rice`;

  const efcKey = efcKeyFor(ctx, activity.season ?? null, `activities[${index}].season`);
  const efc = ctx.factor(efcKey);
  const sfw = ctx.factor(factorKey.riceSfw(rice.waterRegime));
  let sfp: number;
  if (rice.preSeason) {
    sfp = ctx.factor(factorKey.riceSfp(rice.preSeason));
  } else {
    sfp = ctx.factor(factorKey.riceSfp('AGGREGATED'));
    ctx.warn(`${path}.preSeason: not given; the aggregated SF_p (${sfp}) was assumed`);
  }

  const details: Record<string, DetailValue> = {};
  let weightedAmendments = 0;
  (rice.organicAmendments ?? []).forEach((a, i) => {
    if (a.tonnesPerHa === 0) return;
    const cfoa = ctx.factor(factorKey.riceCfoa(a.type));
    details[`organicAmendments[${i}].type`] = a.type;
    details[`organicAmendments[${i}].tonnesPerHa`] = a.tonnesPerHa;
    details[`organicAmendments[${i}].cfoa`] = cfoa;
    weightedAmendments += a.tonnesPerHa * cfoa;
  });
  const exponent = weightedAmendments > 0 ? ctx.factor(factorKey.riceSfoExponent()) : null;
  const sfo = exponent === null ? 1 : (1 + weightedAmendments) ** exponent;

  let days: number;
  let daysSource: string;
  if (rice.cultivationDays !== null && rice.cultivationDays !== undefined) {
    days = rice.cultivationDays;
    daysSource = 'INPUT';
  } else if (sfw === 0) {
    // No CH4 whatever the period (upland rice), so no default is assumed.
    days = 0;
    daysSource = 'NOT_NEEDED';
  } else {
    days = ctx.factor(factorKey.riceDefaultDays(ctx.region));
    daysSource = 'DEFAULT';
    ctx.warn(`${path}.cultivationDays: not given; the default period for ${ctx.region} (${days} days) was assumed`);
  }

  const ef = efc * sfw * sfp * sfo;
  return [
    {
      category: '3.C.7',
      gas: 'CH4',
      kind: 'EMISSION',
      massKg: ef * days * activity.areaHa,
      details: {
        region: ctx.region,
        waterRegime: rice.waterRegime,
        preSeason: rice.preSeason ?? 'AGGREGATED',
        ...(ctx.hasSeasonalRiceFactors() ? { season: activity.season ?? null, efcKey } : {}),
        efcKgPerHaDay: efc,
        sfw,
        sfp,
        ...details,
        sumRoaCfoa: weightedAmendments,
        sfoExponent: exponent,
        sfo,
        efKgPerHaDay: ef,
        cultivationDays: days,
        cultivationDaysSource: daysSource,
        areaHa: activity.areaHa,
        formula: 'CH4 = EF_c × SF_w × SF_p × SF_o × days × area; SF_o = (1 + Σ ROA × CFOA)^e',
      },
    },
  ];
}
