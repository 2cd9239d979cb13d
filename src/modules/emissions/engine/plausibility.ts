// Plausibility flags: values that are possible but unusual enough to be typing errors. They never block a
// calculation; they are returned as warnings (and stored with activity records).
import { factorKey } from './catalogue';
import { KG_PER_TONNE } from './constants';
import { builtInFactorSet } from './factor-sets';
import type { ActivityData, ResolvedFactorSet } from './types';

export const PLAUSIBILITY_LIMITS = {
  nitrogenKgPerHa: 1000,
  riceCultivationDays: 200,
  limeKgPerHa: 10_000,
  dieselLitresPerHa: 1000,
} as const;

let defaultSet: ResolvedFactorSet | null = null;

function path(prefix: string, field: string): string {
  return prefix ? `${prefix}.${field}` : field;
}

/**
 * Warnings for one (valid) activity. N fractions not entered take the set's defaults (IPCC2019 unless
 * given); `prefix` is put before each field path, e.g. 'activities[3]'.
 */
export function plausibilityWarnings(activity: ActivityData, options: { factorSet?: ResolvedFactorSet; prefix?: string } = {}): string[] {
  const set = options.factorSet ?? (defaultSet ??= builtInFactorSet('IPCC2019'));
  const prefix = options.prefix ?? '';
  const area = activity.areaHa;
  if (!(area > 0)) return [];
  const warnings: string[] = [];

  const syntheticN = (activity.syntheticFertilizers ?? []).reduce((sum, f) => {
    const fraction = f.nitrogenFraction ?? set.factors[factorKey.nFraction(f.type)]?.value ?? 0;
    return sum + f.productKg * fraction;
  }, 0);
  const nPerHa = (syntheticN + (activity.organicNitrogenKg ?? 0)) / area;
  if (nPerHa > PLAUSIBILITY_LIMITS.nitrogenKgPerHa) {
    warnings.push(
      `${path(prefix, 'syntheticFertilizers')}: synthetic + organic N is ${round(nPerHa)} kg N/ha, above ${PLAUSIBILITY_LIMITS.nitrogenKgPerHa}; check the amounts`,
    );
  }
  const days = activity.rice?.cultivationDays ?? 0;
  if (days > PLAUSIBILITY_LIMITS.riceCultivationDays) {
    warnings.push(
      `${path(prefix, 'rice.cultivationDays')}: ${days} days is longer than ${PLAUSIBILITY_LIMITS.riceCultivationDays}; check that it is one season`,
    );
  }
  const limePerHa = (activity.lime ?? []).reduce((sum, l) => sum + l.amountKg, 0) / area;
  if (limePerHa > PLAUSIBILITY_LIMITS.limeKgPerHa) {
    warnings.push(
      `${path(prefix, 'lime')}: ${round(limePerHa / KG_PER_TONNE)} t/ha, above ${PLAUSIBILITY_LIMITS.limeKgPerHa / KG_PER_TONNE} t/ha; check the amounts`,
    );
  }
  const dieselPerHa = (activity.energy?.dieselLitres ?? 0) / area;
  if (dieselPerHa > PLAUSIBILITY_LIMITS.dieselLitresPerHa) {
    warnings.push(`${path(prefix, 'energy.dieselLitres')}: ${round(dieselPerHa)} L/ha, above ${PLAUSIBILITY_LIMITS.dieselLitresPerHa} L/ha; check the amount`);
  }
  return warnings;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
