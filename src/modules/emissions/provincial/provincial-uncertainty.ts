// The provincial inventory's uncertainty, from the communes' stored lines: per category × gas × kind the
// sum of each factor's lines and of the records' activity-data variance (one statement), then Approach 1
// on those partial sums (see engine/uncertainty.ts). Communes share one factor set, so a shared factor's
// error is added across communes before squaring, exactly as across records within a commune.
import { EntityManager } from 'typeorm';
import { combine, emptyPartial, factorUncertainties, summarize, type FactorUse, type UncertaintyPartial } from '../engine';

interface PartialRow {
  grp: string;
  key: string | null;
  x: string | null;
  adv: number | null;
  unassessed: number;
  total: string | null;
}

export interface GroupPartial {
  partial: UncertaintyPartial;
  unassessed: number;
  /** CO2e of every line of the group, assessed or not. */
  co2eKg: number;
}

const GROUPINGS = {
  category_gas_kind: "category || '|' || gas || '|' || kind",
  crop_code: 'crop_code',
  inventory_category_gas_kind: "inventory_id::text || '|' || category || '|' || gas || '|' || kind",
} as const;

/**
 * Approach 1 partial sums of the commune inventories' lines, grouped by one of GROUPINGS (keys joined
 * with '|'), in one statement.
 */
export async function communeLinePartials(
  manager: EntityManager,
  communeInventoryIds: string[],
  groupBy: keyof typeof GROUPINGS,
  where = 'TRUE',
): Promise<{ groups: Map<string, GroupPartial>; usedKeys: Set<string> }> {
  const grp = GROUPINGS[groupBy];
  const rows: PartialRow[] = await manager.query(
    `SELECT ${grp} AS grp, NULL::text AS key,
            SUM(co2e_kg) FILTER (WHERE factor_keys IS NOT NULL) AS x,
            COALESCE(SUM((co2e_kg::float8 * activity_data_uncertainty_pct) ^ 2) FILTER (WHERE factor_keys IS NOT NULL), 0) AS adv,
            (COUNT(*) FILTER (WHERE factor_keys IS NULL))::int AS unassessed, SUM(co2e_kg) AS total
       FROM inventory_line WHERE inventory_id = ANY($1) AND ${where} GROUP BY 1
     UNION ALL
     SELECT ${grp}, k, SUM(co2e_kg), NULL, 0, NULL
       FROM inventory_line, unnest(factor_keys) AS k WHERE inventory_id = ANY($1) AND ${where} GROUP BY 1, 2`,
    [communeInventoryIds],
  );
  const groups = new Map<string, GroupPartial>();
  const usedKeys = new Set<string>();
  for (const r of rows) {
    let g = groups.get(r.grp);
    if (!g) groups.set(r.grp, (g = { partial: emptyPartial(), unassessed: 0, co2eKg: 0 }));
    if (r.key === null) {
      g.partial.co2eKg += Number(r.x ?? 0);
      g.partial.activityVariance += Number(r.adv ?? 0);
      g.unassessed += r.unassessed;
      g.co2eKg += Number(r.total ?? 0);
    } else {
      g.partial.byFactor.set(r.key, Number(r.x ?? 0));
      usedKeys.add(r.key);
    }
  }
  return { groups, usedKeys };
}

export async function applyProvincialUncertainty(
  manager: EntityManager,
  inventoryId: string,
  communeInventoryIds: string[],
  factorsUsed: readonly FactorUse[],
): Promise<void> {
  const { groups: byId, usedKeys } = await communeLinePartials(manager, communeInventoryIds, 'category_gas_kind');
  const groups = [...byId].map(([id, g]) => {
    const [category, gas, kind] = id.split('|');
    return { category, gas, kind, partial: g.partial, unassessed: g.unassessed };
  });
  const factors = factorUncertainties(factorsUsed.filter((f) => usedKeys.has(f.key)));
  const lines = groups.map((g) => ({ g, u: g.unassessed > 0 ? null : combine(g.partial, factors.byKey) }));
  await manager.query(
    `UPDATE provincial_inventory_line l SET uncertainty_pct = v.pct, uncertainty_lower_pct = v.lo, uncertainty_upper_pct = v.hi
       FROM unnest($2::text[], $3::text[], $4::text[], $5::float8[], $6::float8[], $7::float8[]) AS v(category, gas, kind, pct, lo, hi)
      WHERE l.inventory_id = $1 AND l.category = v.category AND l.gas = v.gas AND l.kind = v.kind`,
    [
      inventoryId,
      lines.map((l) => l.g.category),
      lines.map((l) => l.g.gas),
      lines.map((l) => l.g.kind),
      lines.map((l) => l.u?.pct ?? null),
      lines.map((l) => l.u?.lowerPct ?? null),
      lines.map((l) => l.u?.upperPct ?? null),
    ],
  );
  const summary = summarize(groups, factors.byKey, {
    factorsWithoutRange: [...factors.withoutRange],
    linesNotAssessed: groups.reduce((n, g) => n + g.unassessed, 0),
  });
  await manager.query('UPDATE provincial_inventory SET uncertainty = $2 WHERE id = $1', [inventoryId, JSON.stringify(summary)]);
}
