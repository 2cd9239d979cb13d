import { EntityManager } from 'typeorm';
import type { SourceUncertainty, SubmissionUncertainty } from '../../sync/ports';
import { GWP_SETS, UNCERTAINTY_APPROACH, combine, emptyPartial, factorUncertainties, mergePartials, type GwpSetCode, type UncertaintyPartial } from '../engine';
import { z } from './crt-activity';

// Approach 1 uncertainty (engine/uncertainty.ts) of the reporting-table rows and of any set of the
// provincial lines, over exactly the commune lines that make them up, in one statement. A row that is
// a whole set of lines (rice by water regime, burning by crop, urea, woody biomass by crop and kind)
// adds those lines as the engine does: x = the line's CO2e, its factor keys, its activity-data figure.
// A row that is a part of each line (3.C.4 by N source, 3.C.5 by pathway, 3.C.2 by lime type) takes
// the part's CO2e (the same products as crt-activity.ts) and, of the line's factor keys, those the part
// multiplies (PART_FACTORS); the activity-data figure of the record applies to the part. Shared factors
// are summed over lines before squaring, as in the engine. Factor ranges come from the communes'
// factorsUsed (one factor set across the province).

/** Which of a line's factor keys (SQL LIKE patterns) multiply each part of it. Data: one row per part. */
export const PART_FACTORS: Record<string, Record<string, string[]>> = {
  '3.C.4': {
    SYNTHETIC_N_F_SN: ['FERTILIZER.N_FRACTION.%', 'N2O.EF1.WET.SYNTHETIC', 'N2O.EF1.DRY', 'N2O.EF1FR.%'],
    ORGANIC_N_F_ON: ['N2O.EF1.WET.OTHER', 'N2O.EF1.DRY', 'N2O.EF1FR.%'],
    CROP_RESIDUE_N_F_CR: ['N2O.EF1.WET.OTHER', 'N2O.EF1.DRY', 'N2O.EF1FR.%'],
  },
  '3.C.5': {
    ATMOSPHERIC_DEPOSITION: ['FERTILIZER.N_FRACTION.%', 'N2O.FRAC_GASF.%', 'N2O.FRAC_GASM', 'N2O.EF4.%'],
    NITROGEN_LEACHING_AND_RUNOFF: ['FERTILIZER.N_FRACTION.%', 'N2O.FRAC_LEACH', 'N2O.EF5'],
  },
  '3.C.2': { LIMESTONE: ['CO2.LIME.LIMESTONE'], DOLOMITE: ['CO2.LIME.DOLOMITE'] },
};

function part(category: string, item: string, x: string): string {
  const patterns = PART_FACTORS[category][item].map((p) => `'${p}'`).join(', ');
  return `SELECT 'R|${category}|${item}', (${x})::float8,
          CASE WHEN keys IS NOT NULL THEN ARRAY(SELECT k FROM unnest(keys) AS k WHERE k LIKE ANY (ARRAY[${patterns}])) END, u
     FROM l WHERE category = '${category}' AND (${x}) > 0`;
}

/** Each part gives (grp, x, keys, u): grp 'L|category|gas|kind' for whole lines, 'R|category|item' for rows. */
const PARTS = [
  `SELECT 'L|' || category || '|' || gas || '|' || kind, x, keys, u FROM l`,
  `SELECT 'R|3.C.7|' || (details->>'waterRegime'), x, keys, u FROM l WHERE category = '3.C.7' AND gas = 'CH4'`,
  `SELECT 'R|3.C.1|' || crop_code, x, keys, u FROM l WHERE category = '3.C.1'`,
  `SELECT 'R|3.C.3|UREA', x, keys, u FROM l WHERE category = '3.C.3'`,
  `SELECT 'R|3.B.2|' || crop_code || CASE WHEN kind = 'REMOVAL' THEN ':GAIN' ELSE ':LOSS' END, x, keys, u FROM l WHERE category = '3.B.2'`,
  part('3.C.4', 'SYNTHETIC_N_F_SN', `${z('syntheticNKg')} * ${z('ef1Synthetic')} * 44 / 28 * $2`),
  part('3.C.4', 'ORGANIC_N_F_ON', `${z('organicNKg')} * ${z('ef1Other')} * 44 / 28 * $2`),
  part('3.C.4', 'CROP_RESIDUE_N_F_CR', `${z('residueNKg')} * ${z('ef1Other')} * 44 / 28 * $2`),
  part('3.C.5', 'ATMOSPHERIC_DEPOSITION', `${z('volatilisedNKg')} * ${z('ef4')} * 44 / 28 * $2`),
  part('3.C.5', 'NITROGEN_LEACHING_AND_RUNOFF', `${z('leachedNKg')} * ${z('ef5')} * 44 / 28 * $2`),
  part('3.C.2', 'LIMESTONE', `${z('limestoneKg')} * ${z('limestoneEfTCPerT')} * 44 / 12`),
  part('3.C.2', 'DOLOMITE', `${z('dolomiteKg')} * ${z('dolomiteEfTCPerT')} * 44 / 12`),
];

const SQL = `
WITH l AS (SELECT category, gas, kind, crop_code, details, co2e_kg::float8 AS x, factor_keys AS keys, activity_data_uncertainty_pct AS u
             FROM inventory_line WHERE inventory_id = ANY($1)),
fu AS (SELECT DISTINCT ON (f->>'key') f->>'key' AS key, (f->>'value')::float8 AS value, f->'range' AS range
         FROM emission_inventory e, jsonb_array_elements(e.factors_used) f WHERE e.id = ANY($1) ORDER BY f->>'key'),
p(grp, x, keys, u) AS (${PARTS.join('\nUNION ALL\n')})
SELECT grp, NULL::text AS key, SUM(x) FILTER (WHERE keys IS NOT NULL) AS x,
       COALESCE(SUM((x * u) ^ 2) FILTER (WHERE keys IS NOT NULL), 0) AS adv, (COUNT(*) FILTER (WHERE keys IS NULL))::int AS unassessed,
       NULL::float8 AS value, NULL::jsonb AS range
  FROM p GROUP BY 1
UNION ALL
SELECT grp, k, SUM(x), NULL, 0, fu.value, fu.range FROM p CROSS JOIN unnest(keys) AS k LEFT JOIN fu ON fu.key = k GROUP BY 1, 2, 6, 7`;

interface Row {
  grp: string;
  key: string | null;
  x: number | null;
  adv: number | null;
  unassessed: number;
  value: number | null;
  range: [number, number] | null;
}

interface Group {
  partial: UncertaintyPartial;
  unassessed: number;
}

/**
 * The uncertainty of the provincial inventory's reporting-table rows ('category|item' → figure) and a
 * function giving it for any set of its lines (by category, gas and kind), e.g. a table's total.
 */
export async function crtUncertainty(
  manager: EntityManager,
  communeInventoryIds: string[],
  gwpSet: GwpSetCode,
): Promise<{ rows: Map<string, SourceUncertainty>; source: SubmissionUncertainty }> {
  const rows: Row[] = communeInventoryIds.length ? await manager.query(SQL, [communeInventoryIds, GWP_SETS[gwpSet].N2O.value]) : [];
  const groups = new Map<string, Group>();
  const factors = new Map<string, { key: string; value: number; range: [number, number] | null }>();
  for (const r of rows) {
    let g = groups.get(r.grp);
    if (!g) groups.set(r.grp, (g = { partial: emptyPartial(), unassessed: 0 }));
    if (r.key === null) {
      g.partial.co2eKg += Number(r.x ?? 0);
      g.partial.activityVariance += Number(r.adv ?? 0);
      g.unassessed += r.unassessed;
    } else {
      g.partial.byFactor.set(r.key, Number(r.x ?? 0));
      factors.set(r.key, { key: r.key, value: Number(r.value ?? 0), range: r.range });
    }
  }
  const { byKey, withoutRange } = factorUncertainties([...factors.values()]);
  const figure = (group: Group): SourceUncertainty => ({ ...combine(group.partial, byKey), linesNotAssessed: group.unassessed });
  const rowFigures = new Map<string, SourceUncertainty>();
  for (const [grp, g] of groups) if (grp.startsWith('R|')) rowFigures.set(grp.slice(2), figure(g));
  return {
    rows: rowFigures,
    source: {
      approach: UNCERTAINTY_APPROACH,
      factorsWithoutRange: [...withoutRange].sort(),
      ofLines: (lines) => {
        const merged: Group = { partial: emptyPartial(), unassessed: 0 };
        for (const l of lines) {
          const g = groups.get(`L|${l.category}|${l.gas}|${l.kind}`);
          if (!g) continue;
          mergePartials(merged.partial, g.partial);
          merged.unassessed += g.unassessed;
        }
        return figure(merged);
      },
    },
  };
}
