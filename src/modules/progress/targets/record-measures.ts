import { MetricMeasure } from './measure.types';

/** I.4: adopted implementation plans per commune or ward. */
export const communeImplementationPlans: MetricMeasure = {
  source: 'RECORDS',
  describe: 'Communes and wards with an implementation plan ADOPTED by the end of the year (communeImplementationPlans)',
  async measure({ manager, toYear, unitIds }) {
    const rows: { unit: string }[] = await manager.query(
      `SELECT administrative_unit_id AS unit FROM commune_implementation_plan
        WHERE status = 'ADOPTED' AND adopted_on <= make_date($1, 12, 31) AND ($2::uuid[] IS NULL OR administrative_unit_id = ANY($2))`,
      [toYear, unitIds],
    );
    const perUnit = new Map(rows.map((r) => [r.unit, 1]));
    return { value: perUnit.size, perUnit };
  },
};

/** V.4: the year's provincial inventory, verified (0 or 1). */
export const annualEmissionReports: MetricMeasure = {
  source: 'RECORDS',
  describe: 'Verified provincial emission inventories for the year (provincialInventories, annualEmissionReport)',
  async measure({ manager, fromYear, toYear }) {
    const [{ n }] = await manager.query(
      `SELECT count(DISTINCT year)::int AS n FROM provincial_inventory WHERE status = 'VERIFIED' AND year BETWEEN $1 AND $2`,
      [fromYear, toYear],
    );
    return { value: n };
  },
};
