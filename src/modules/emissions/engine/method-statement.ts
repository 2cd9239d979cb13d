// The method statement of a calculation and of a factor set. For a country-specific set it names the
// factors taken from Viet Nam sources, the IPCC defaults that fill the rest, and the reported values the
// set does not adopt (UNCONFIRMED or not applicable), so no reader takes a default for a national value.
import type { FactorSetDefinition, FactorSetGap, FactorUse, FactorValue } from './types';

const IPCC_TIER1 = 'IPCC 2006 Guidelines Tier 1';

function gapsSentence(gaps: readonly FactorSetGap[]): string {
  if (gaps.length === 0) return '';
  return ` Not adopted (UNCONFIRMED or not applicable): ${gaps.map((g) => `${g.topic} [${g.sourceKey}]: ${g.reason}; ${g.fallback}`).join(' | ')}.`;
}

function countrySentence(factors: readonly [string, FactorValue][]): string {
  const listed = factors.map(([key, f]) => `${key} = ${f.value} ${f.unit} [${f.provenance!.sourceKey}]`).join(', ');
  const caveats = [...new Set(factors.map(([, f]) => f.provenance!.applicability).filter((a): a is string => !!a))];
  return `${listed}.${caveats.map((c) => ` Applicability: ${c}`).join('')}`;
}

const isDocumented = (f: FactorValue) => f.provenance !== undefined;

/** The statement stored with a result. Sets without provenance (IPCC, stored overrides) keep the short form. */
export function calculationMethod(chain: readonly string[], gaps: readonly FactorSetGap[], gwpSet: string, used: readonly FactorUse[]): string {
  const setLabel = chain.length > 1 ? `${chain[0]} over ${chain.slice(1).join(' over ')}` : chain[0];
  const documented = used.some(isDocumented) || gaps.length > 0;
  if (!documented) return `${IPCC_TIER1} (${setLabel} factor set, ${gwpSet} GWP-100)`;
  const country = used.filter((f) => f.provenance?.countrySpecific).map((f): [string, FactorValue] => [f.key, f]);
  // GWP values are listed with the factors used but belong to the GWP set, not to the factor set.
  const defaults = used.filter((f) => !f.provenance?.countrySpecific && chain.includes(f.factorSet));
  const bySet = new Map<string, string[]>();
  for (const f of defaults) bySet.set(f.factorSet, [...(bySet.get(f.factorSet) ?? []), f.key]);
  const head =
    country.length > 0
      ? `IPCC 2006 Guidelines, Tier 2 for the country-specific factors and Tier 1 for the rest (${setLabel} factor set, ${gwpSet} GWP-100).`
      : `${IPCC_TIER1} (${setLabel} factor set, ${gwpSet} GWP-100); no country-specific factor of ${chain[0]} applied to these activities.`;
  const countryPart = country.length > 0 ? ` Country-specific (Viet Nam) factors used: ${countrySentence(country)}` : '';
  const defaultPart = defaults.length > 0 ? ` IPCC default factors used: ${[...bySet].map(([set, keys]) => `${set}: ${keys.join(', ')}`).join('; ')}.` : '';
  return `${head}${countryPart}${defaultPart}${gapsSentence(gaps)}`;
}

/** What a set is made of: its own documented factors, the base that supplies the rest, and its gaps. */
export function factorSetStatement(definition: FactorSetDefinition): string | null {
  const own = Object.entries(definition.factors).sort(([a], [b]) => a.localeCompare(b));
  if (!own.some(([, f]) => isDocumented(f)) && (definition.gaps ?? []).length === 0) return null;
  const country = own.filter(([, f]) => f.provenance?.countrySpecific);
  const restated = own.filter(([, f]) => !f.provenance?.countrySpecific).map(([key]) => key);
  const base = definition.base ?? 'none';
  return (
    `Country-specific (Viet Nam) factors: ${country.length > 0 ? countrySentence(country) : 'none.'}` +
    (restated.length > 0 ? ` Restated defaults: ${restated.join(', ')}.` : '') +
    ` Every other factor is the ${base} Tier 1 default (factorSet ${base} on each factor used).` +
    gapsSentence(definition.gaps ?? [])
  );
}
