// 3.C.4 Direct N2O from managed soils, Tier 1 (2006 / 2019R Eq 11.1), mineral soils, no F_SOM or grazing.
// Flooded rice (any regime but UPLAND) takes EF1FR for all its inputs. Otherwise the 2019R wet class
// splits synthetic N (EF1 wet synthetic) from other N (EF1 wet other); dry climates use one EF1. The
// 2006 set carries 0.01 under every key, so the same code serves both sets.
import { factorKey } from './catalogue';
import { floodedRiceRegime, isWetClimate } from './climate';
import { N2O_PER_N2O_N } from './constants';
import type { CalculationContext, LineDraft, PreparedActivity } from './context';
import { nitrogenDetails, type NitrogenInputs } from './nitrogen';

export function directN2o(ctx: CalculationContext, { activity, crop }: PreparedActivity, n: NitrogenInputs): LineDraft[] {
  const otherN = n.fOn + n.fCr;
  if (n.fSn + otherN === 0) return [];
  const flooded = floodedRiceRegime(activity, crop);
  let efSynthetic: number;
  let efOther: number;
  let climateClass: string;
  if (flooded) {
    efSynthetic = efOther = ctx.factor(factorKey.ef1Fr(flooded));
    climateClass = `FLOODED_RICE_${flooded}`;
  } else if (isWetClimate(ctx.climateZone)) {
    efSynthetic = n.fSn > 0 ? ctx.factor(factorKey.ef1WetSynthetic()) : 0;
    efOther = otherN > 0 ? ctx.factor(factorKey.ef1WetOther()) : 0;
    climateClass = 'WET';
  } else {
    efSynthetic = efOther = ctx.factor(factorKey.ef1Dry());
    climateClass = 'DRY';
  }
  const n2oNSynthetic = n.fSn * efSynthetic;
  const n2oNOther = otherN * efOther;
  const n2oN = n2oNSynthetic + n2oNOther;
  return [
    {
      category: '3.C.4',
      gas: 'N2O',
      kind: 'EMISSION',
      massKg: n2oN * N2O_PER_N2O_N,
      details: {
        ...nitrogenDetails(n),
        climateClass,
        ef1Synthetic: efSynthetic,
        ef1Other: efOther,
        n2oNSyntheticKg: n2oNSynthetic,
        n2oNOtherKg: n2oNOther,
        n2oNKg: n2oN,
        formula: 'N2O = [F_SN × EF1(synthetic) + (F_ON + F_CR) × EF1(other)] × 44/28',
      },
    },
  ];
}
