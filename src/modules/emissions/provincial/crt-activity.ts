import { EntityManager } from 'typeorm';
import type { ActivityAggregate, DecimalQuantity } from '../../sync/ports';
import { GWP_SETS, type GwpSetCode } from '../engine';

// The reporting-table rows of a provincial inventory, summed in PostgreSQL numeric from the stored lines
// of its commune inventories (their `details` hold the engine's activity data and factors), so every
// figure is an exact decimal of what the engine stored. Masses are rounded to the milligram like the
// lines (kg, 6 decimals), activity data too (float noise of the stored details goes); implied factors
// to 10 decimals, from the rounded figures. Read only: nothing here changes a line.

const d = (key: string) => `(details->>'${key}')::numeric`;
export const z = (key: string) => `COALESCE(${d(key)}, 0)`;

/** Each part gives (category, item, kind, ad, ad2, co2, ch4, n2o); masses in kg of the gas. */
const PARTS = [
  // 3.C.7 rice by water regime: area harvested, area-weighted cultivation period.
  `SELECT '3.C.7', details->>'waterRegime', 'EMISSION', SUM(${d('areaHa')}), SUM(${d('areaHa')} * ${d('cultivationDays')}) / NULLIF(SUM(${d('areaHa')}), 0),
          NULL::numeric, SUM(mass_kg), NULL::numeric
     FROM l WHERE category = '3.C.7' AND gas = 'CH4' GROUP BY 2`,
  // 3.C.4 direct N2O by N source: N × EF1 (as used) × 44/28.
  `SELECT '3.C.4', v.item, 'EMISSION', SUM(v.n), NULL::numeric, NULL::numeric, NULL::numeric, SUM(v.n * v.ef) * 44 / 28
     FROM l, LATERAL (VALUES ('SYNTHETIC_N_F_SN', ${z('syntheticNKg')}, ${z('ef1Synthetic')}),
                             ('ORGANIC_N_F_ON', ${z('organicNKg')}, ${z('ef1Other')}),
                             ('CROP_RESIDUE_N_F_CR', ${z('residueNKg')}, ${z('ef1Other')})) v(item, n, ef)
    WHERE category = '3.C.4' GROUP BY v.item HAVING SUM(v.n) > 0`,
  // 3.C.5 indirect N2O: N volatilised × EF4, N leached × EF5, × 44/28.
  `SELECT '3.C.5', v.item, 'EMISSION', SUM(v.n), NULL::numeric, NULL::numeric, NULL::numeric, SUM(v.n * v.ef) * 44 / 28
     FROM l, LATERAL (VALUES ('ATMOSPHERIC_DEPOSITION', ${z('volatilisedNKg')}, ${z('ef4')}),
                             ('NITROGEN_LEACHING_AND_RUNOFF', ${z('leachedNKg')}, ${z('ef5')})) v(item, n, ef)
    WHERE category = '3.C.5' GROUP BY v.item HAVING SUM(v.n) > 0`,
  // 3.C.1 field burning by crop: dry matter burnt (t).
  `SELECT '3.C.1', crop_code, 'EMISSION', SUM(${d('burntDryMatterT')}) FILTER (WHERE gas = 'CH4'), NULL::numeric, NULL::numeric,
          SUM(mass_kg) FILTER (WHERE gas = 'CH4'), SUM(mass_kg) FILTER (WHERE gas = 'N2O')
     FROM l WHERE category = '3.C.1' GROUP BY 2`,
  // 3.C.2 liming by type: M × EF (t C/t) × 44/12.
  `SELECT '3.C.2', v.item, 'EMISSION', SUM(v.m), NULL::numeric, SUM(v.m * v.ef) * 44 / 12, NULL::numeric, NULL::numeric
     FROM l, LATERAL (VALUES ('LIMESTONE', ${z('limestoneKg')}, ${z('limestoneEfTCPerT')}),
                             ('DOLOMITE', ${z('dolomiteKg')}, ${z('dolomiteEfTCPerT')})) v(item, m, ef)
    WHERE category = '3.C.2' GROUP BY v.item HAVING SUM(v.m) > 0`,
  // 3.C.3 urea: mass of urea.
  `SELECT '3.C.3', 'UREA', 'EMISSION', SUM(${d('ureaKg')}), NULL::numeric, SUM(mass_kg), NULL::numeric, NULL::numeric
     FROM l WHERE category = '3.C.3' GROUP BY 1`,
  // 3.B.2 perennial woody biomass by crop: growing area (gain, a removal) and removed area (loss).
  `SELECT '3.B.2', crop_code || CASE WHEN kind = 'REMOVAL' THEN ':GAIN' ELSE ':LOSS' END, kind,
          SUM(CASE WHEN kind = 'REMOVAL' THEN ${d('growingAreaHa')} ELSE ${d('removedAreaHa')} END), NULL::numeric, SUM(mass_kg), NULL::numeric, NULL::numeric
     FROM l WHERE category = '3.B.2' GROUP BY crop_code, kind`,
];

const SQL = `
WITH l AS (SELECT category, gas, kind, mass_kg, crop_code, details FROM inventory_line WHERE inventory_id = ANY($1)),
t(category, item, kind, ad, ad2, co2, ch4, n2o) AS (${PARTS.join('\nUNION ALL\n')})
SELECT category, item, kind, round(ad, 6)::text AS ad, round(ad2, 6)::text AS ad2,
       round(co2, 6)::text AS co2, round(ch4, 6)::text AS ch4, round(n2o, 6)::text AS n2o,
       round(round(ch4, 6) * $2, 6)::text AS ch4_co2e, round(round(n2o, 6) * $3, 6)::text AS n2o_co2e,
       CASE WHEN round(ad, 6) <> 0 THEN round(round(co2, 6) / round(ad, 6), 10)::text END AS co2_ief,
       CASE WHEN round(ad, 6) <> 0 THEN round(round(ch4, 6) / round(ad, 6), 10)::text END AS ch4_ief,
       CASE WHEN round(ad, 6) <> 0 THEN round(round(n2o, 6) / round(ad, 6), 10)::text END AS n2o_ief
  FROM t ORDER BY category, item`;

interface Row {
  category: string;
  item: string;
  kind: 'EMISSION' | 'REMOVAL';
  ad: string;
  ad2: string | null;
  co2: string | null;
  ch4: string | null;
  n2o: string | null;
  ch4_co2e: string | null;
  n2o_co2e: string | null;
  co2_ief: string | null;
  ch4_ief: string | null;
  n2o_ief: string | null;
}

/** The activity datum each category's implied factors divide by. */
const ACTIVITY: Record<string, { parameter: string; unit: string }> = {
  '3.C.7': { parameter: 'areaHarvested', unit: 'ha' },
  '3.C.4': { parameter: 'nitrogenApplied', unit: 'kg N' },
  '3.C.5': { parameter: 'nitrogenVolatilisedOrLeached', unit: 'kg N' },
  '3.C.1': { parameter: 'dryMatterBurnt', unit: 't dm' },
  '3.C.2': { parameter: 'limeApplied', unit: 'kg' },
  '3.C.3': { parameter: 'ureaApplied', unit: 'kg' },
  '3.B.2': { parameter: 'area', unit: 'ha' },
};

/** A row before its uncertainty (crt-uncertainty.ts) is attached. */
export type ActivityRow = Omit<ActivityAggregate, 'uncertainty'>;

/** Drops trailing zeros of a numeric's text ("12.500000" → "12.5"). */
export const trimDecimal = (text: string): string => (text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text);

function aggregateOf(row: Row): ActivityRow {
  const activity = ACTIVITY[row.category];
  const activityData: DecimalQuantity[] = [{ ...activity, value: trimDecimal(row.ad) }];
  if (row.ad2 !== null) activityData.push({ parameter: 'cultivationPeriod', value: trimDecimal(row.ad2), unit: 'days' });
  const gases: ActivityAggregate['gases'] = [];
  const add = (gas: 'CO2' | 'CH4' | 'N2O', mass: string | null, co2e: string | null, ief: string | null) => {
    if (mass === null) return;
    gases.push({
      gas,
      kind: row.kind,
      massKg: trimDecimal(mass),
      co2eKg: trimDecimal(co2e ?? mass),
      impliedFactor: ief === null ? null : { parameter: 'impliedEmissionFactor', value: trimDecimal(ief), unit: `kg ${gas}/${activity.unit}` },
    });
  };
  add('CO2', row.co2, null, row.co2_ief);
  add('CH4', row.ch4, row.ch4_co2e, row.ch4_ief);
  add('N2O', row.n2o, row.n2o_co2e, row.n2o_ief);
  return { category: row.category, item: row.item, activityData, gases };
}

/** The reporting-table rows of the commune inventories a provincial inventory adds up. */
export async function crtActivityRows(manager: EntityManager, communeInventoryIds: string[], gwpSet: GwpSetCode): Promise<ActivityRow[]> {
  if (communeInventoryIds.length === 0) return [];
  const gwp = GWP_SETS[gwpSet];
  const rows = await manager.query<Row[]>(SQL, [communeInventoryIds, gwp.CH4.value, gwp.N2O.value]);
  return rows.map(aggregateOf);
}
