import { FactorUsed } from '../calculator/calculation.types';
import type { FactorValue } from '../engine';

/** A factor as the API shows it: value, unit, provenance and the set that supplied it. */
export function factorUsedOf(key: string, factor: FactorValue & { factorSet: string }): FactorUsed {
  return {
    key,
    value: factor.value,
    unit: factor.unit,
    source: factor.source,
    rangeLow: factor.range?.[0] ?? null,
    rangeHigh: factor.range?.[1] ?? null,
    unconfirmed: factor.unconfirmed ?? false,
    factorSet: factor.factorSet,
    note: factor.note ?? null,
    countrySpecific: factor.provenance?.countrySpecific ?? false,
    provenance: factor.provenance ? { ...factor.provenance, applicability: factor.provenance.applicability ?? null } : null,
  };
}
