import { registerEnumType } from 'type-graphql';

export enum CriteriaSetStatus {
  DRAFT = 'DRAFT',
  ADOPTED = 'ADOPTED',
  SUPERSEDED = 'SUPERSEDED',
}

/** A numeric threshold of a criteria set; each metric has one unit, stored with the value. */
export enum CriteriaMetric {
  MAX_EMISSION_INTENSITY_KG_CO2E_PER_KG = 'MAX_EMISSION_INTENSITY_KG_CO2E_PER_KG',
  MAX_EMISSIONS_T_CO2E_PER_HA = 'MAX_EMISSIONS_T_CO2E_PER_HA',
  MAX_SYNTHETIC_N_KG_PER_HA = 'MAX_SYNTHETIC_N_KG_PER_HA',
  MIN_ORGANIC_FERTILISER_T_PER_HA = 'MIN_ORGANIC_FERTILISER_T_PER_HA',
  MIN_RESIDUE_RECYCLED_PERCENT = 'MIN_RESIDUE_RECYCLED_PERCENT',
  MAX_IRRIGATION_WATER_M3_PER_HA = 'MAX_IRRIGATION_WATER_M3_PER_HA',
  MIN_SHADE_TREES_PER_HA = 'MIN_SHADE_TREES_PER_HA',
  MIN_AWD_DRAINAGES_PER_SEASON = 'MIN_AWD_DRAINAGES_PER_SEASON',
}

/** Each metric's unit and the largest value that can be meant (a larger one is a typing error). */
export const METRIC_UNITS: Record<CriteriaMetric, { unit: string; max: number }> = {
  MAX_EMISSION_INTENSITY_KG_CO2E_PER_KG: { unit: 'kg CO2e/kg', max: 1000 },
  MAX_EMISSIONS_T_CO2E_PER_HA: { unit: 't CO2e/ha/year', max: 1000 },
  MAX_SYNTHETIC_N_KG_PER_HA: { unit: 'kg N/ha/year', max: 5000 },
  MIN_ORGANIC_FERTILISER_T_PER_HA: { unit: 't/ha/year', max: 1000 },
  MIN_RESIDUE_RECYCLED_PERCENT: { unit: '%', max: 100 },
  MAX_IRRIGATION_WATER_M3_PER_HA: { unit: 'm3/ha/year', max: 1_000_000 },
  MIN_SHADE_TREES_PER_HA: { unit: 'trees/ha', max: 100_000 },
  MIN_AWD_DRAINAGES_PER_SEASON: { unit: 'drainages/season', max: 100 },
};

registerEnumType(CriteriaSetStatus, {
  name: 'CriteriaSetStatus',
  valuesConfig: {
    DRAFT: { description: 'Dự thảo / draft: may change or be deleted' },
    ADOPTED: { description: 'Đã ban hành / adopted: fixed; the one in force for its crop' },
    SUPERSEDED: { description: 'Đã được thay thế / replaced by a newer adopted version' },
  },
});

registerEnumType(CriteriaMetric, {
  name: 'CriteriaMetric',
  valuesConfig: {
    MAX_EMISSION_INTENSITY_KG_CO2E_PER_KG: { description: 'Highest emission intensity, kg CO2e per kg of product' },
    MAX_EMISSIONS_T_CO2E_PER_HA: { description: 'Highest emissions per hectare, t CO2e per ha and year' },
    MAX_SYNTHETIC_N_KG_PER_HA: { description: 'Most synthetic nitrogen, kg N per ha and year' },
    MIN_ORGANIC_FERTILISER_T_PER_HA: { description: 'Least organic fertiliser or compost, t per ha and year' },
    MIN_RESIDUE_RECYCLED_PERCENT: { description: 'Least share of crop residue recycled rather than burnt, %' },
    MAX_IRRIGATION_WATER_M3_PER_HA: { description: 'Most irrigation water, m3 per ha and year' },
    MIN_SHADE_TREES_PER_HA: { description: 'Fewest shade or intercropped trees per ha (perennials)' },
    MIN_AWD_DRAINAGES_PER_SEASON: { description: 'Fewest field drainages per season under alternate wetting and drying (rice)' },
  },
});
