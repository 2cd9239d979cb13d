// GWP-100 sets. Biogenic methane (rice, residue burning) uses CH4; fuel combustion uses CH4_FOSSIL.
import gwpData from './data/gwp-sets.json';
import { factorValueIssues } from './factor-sets';
import { GWP_SET_CODES, type FactorValue, type Gas, type GwpSetCode, type GwpValues } from './types';

export type GwpGas = keyof GwpValues;

function loadGwpSets(raw: Record<string, Record<string, unknown>>): Record<GwpSetCode, GwpValues> {
  const out = {} as Record<GwpSetCode, GwpValues>;
  for (const code of GWP_SET_CODES) {
    const set = raw[code];
    const values = {} as Record<GwpGas, FactorValue>;
    for (const gas of ['CH4', 'CH4_FOSSIL', 'N2O'] as const) {
      const issues = factorValueIssues(`${code}.${gas}`, set?.[gas]);
      if (issues.length > 0) throw new Error(`gwp-sets.json: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`);
      values[gas] = Object.freeze({ ...(set[gas] as FactorValue) });
    }
    out[code] = Object.freeze(values);
  }
  return Object.freeze(out);
}

export const GWP_SETS: Record<GwpSetCode, GwpValues> = loadGwpSets(gwpData);

/** Which GWP entry a line's gas takes; CO2 is 1 by definition and has none. */
export function gwpGasFor(gas: Gas, fossil: boolean): GwpGas | null {
  if (gas === 'CO2') return null;
  if (gas === 'CH4') return fossil ? 'CH4_FOSSIL' : 'CH4';
  return 'N2O';
}

export function gwpKey(set: GwpSetCode, gas: GwpGas): string {
  return `GWP.${set}.${gas}`;
}
