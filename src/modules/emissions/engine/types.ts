import type { UncertaintySummary } from './uncertainty';

// Public types of the pure emission engine. The lists are the only accepted values of each enum; other
// modules (GraphQL enums, activity records) build on them, so they change only by adding values.

export type GwpSetCode = 'AR4' | 'AR5' | 'AR6';
export const GWP_SET_CODES = ['AR4', 'AR5', 'AR6'] as const satisfies readonly GwpSetCode[];

export const CLIMATE_ZONES = [
  'TROPICAL_WET',
  'TROPICAL_MOIST',
  'TROPICAL_DRY',
  'WARM_TEMPERATE_MOIST',
  'WARM_TEMPERATE_DRY',
  'COOL_TEMPERATE_MOIST',
  'COOL_TEMPERATE_DRY',
] as const;
export type ClimateZone = (typeof CLIMATE_ZONES)[number];

export const SYNTHETIC_FERTILIZER_TYPES = ['UREA', 'AMMONIUM_BASED', 'NITRATE_BASED', 'AMMONIUM_NITRATE_BASED', 'OTHER'] as const;
export type SyntheticFertilizerType = (typeof SYNTHETIC_FERTILIZER_TYPES)[number];

export const LIME_TYPES = ['LIMESTONE', 'DOLOMITE'] as const;
export type LimeType = (typeof LIME_TYPES)[number];

export const WATER_REGIMES = [
  'CONTINUOUSLY_FLOODED',
  'SINGLE_DRAINAGE',
  'MULTIPLE_DRAINAGE',
  'RAINFED_REGULAR',
  'RAINFED_DROUGHT_PRONE',
  'DEEP_WATER',
  'UPLAND',
] as const;
export type WaterRegime = (typeof WATER_REGIMES)[number];

export const PRE_SEASON_REGIMES = ['NON_FLOODED_SHORT', 'NON_FLOODED_LONG', 'FLOODED_LONG', 'NON_FLOODED_OVER_YEAR'] as const;
export type PreSeasonRegime = (typeof PRE_SEASON_REGIMES)[number];

export const ORGANIC_AMENDMENT_TYPES = ['STRAW_SHORT', 'STRAW_LONG', 'COMPOST', 'FARMYARD_MANURE', 'GREEN_MANURE'] as const;
export type OrganicAmendmentType = (typeof ORGANIC_AMENDMENT_TYPES)[number];

export const DIESEL_USES = ['STATIONARY', 'OFF_ROAD'] as const;
export type DieselUse = (typeof DIESEL_USES)[number];

/** Regions of the 2019R rice tables (EF_c, default cultivation period). */
export const RICE_REGIONS = ['SOUTH_EAST_ASIA', 'EAST_ASIA', 'SOUTH_ASIA', 'EUROPE', 'NORTH_AMERICA', 'SOUTH_AMERICA', 'AFRICA', 'WORLD'] as const;
export type RiceRegion = (typeof RICE_REGIONS)[number];
export const DEFAULT_REGION: RiceRegion = 'SOUTH_EAST_ASIA';

/** Cropping seasons a country set may give its own rice EF_c for (`RICE.EF_C.<region>.<season>`). */
export const RICE_SEASONS = ['WINTER_SPRING', 'SUMMER_AUTUMN', 'AUTUMN_WINTER', 'MAIN'] as const;
export type RiceSeason = (typeof RICE_SEASONS)[number];
/** Every season an activity may carry; WHOLE_YEAR has no seasonal rice factor. */
export const ACTIVITY_SEASONS = ['WHOLE_YEAR', ...RICE_SEASONS] as const;

export interface SyntheticFertilizerInput {
  type: SyntheticFertilizerType;
  productKg: number;
  /** kg N per kg product; null takes the set's default for the type (urea 0.46). */
  nitrogenFraction?: number | null;
}

export interface LimeInput {
  type: LimeType;
  amountKg: number;
}

export interface OrganicAmendmentInput {
  type: OrganicAmendmentType;
  /** Straw in dry weight, other amendments in fresh weight (2006 Eq 5.3). */
  tonnesPerHa: number;
}

export interface RiceInput {
  waterRegime?: WaterRegime | null;
  preSeason?: PreSeasonRegime | null;
  cultivationDays?: number | null;
  organicAmendments?: OrganicAmendmentInput[] | null;
}

export interface ActivityData {
  cropCode: string;
  areaHa: number;
  syntheticFertilizers?: SyntheticFertilizerInput[] | null;
  organicNitrogenKg?: number | null;
  residueNitrogenKg?: number | null;
  lime?: LimeInput[] | null;
  rice?: RiceInput | null;
  residueBurning?: { dryMatterTonnesPerHa: number; fractionBurned: number } | null;
  perennial?: { standAgeYears: number; removedAreaHa?: number | null } | null;
  energy?: { dieselLitres?: number | null; dieselUse?: DieselUse | null; electricityKwh?: number | null } | null;
  /** Total product of the activity (t), for the intensity per kg of product. */
  yieldTonnes?: number | null;
  /** Activity-data uncertainty (%, 95 %) of this activity; null takes the DEFAULT expert judgement figure. */
  activityDataUncertaintyPct?: number | null;
  /** Cropping season; selects a seasonal rice EF_c when the set has one. */
  season?: string | null;
}

export interface CalculationRequest {
  factorSet: ResolvedFactorSet;
  gwpSet: GwpSetCode;
  climateZone: ClimateZone;
  /** Rice region (EF_c, default cultivation period); default SOUTH_EAST_ASIA. */
  region?: string | null;
  /** Selects the grid electricity factor: that year, else the latest earlier one (with a warning). */
  year?: number | null;
  activities: ActivityData[];
}

export type Gas = 'CO2' | 'CH4' | 'N2O';
/** INDIRECT = grid electricity: reported beside the inventory, never in its totals. */
export type LineKind = 'EMISSION' | 'REMOVAL' | 'INDIRECT';

export type DetailValue = number | string | boolean | null;

export interface ResultLine {
  category: string;
  categoryName: string;
  gas: Gas;
  kind: LineKind;
  /** Mass of the gas in kg; removals are negative. */
  massKg: number;
  /** massKg × GWP, same sign as massKg. */
  co2eKg: number;
  activityIndex: number;
  details: Record<string, DetailValue>;
  uncertainty: LineUncertainty;
}

/** A line's combined uncertainty (%, 95 %; IPCC 2006 Vol 1 Ch 3 Eq 3.1 over its activity data and factors). */
export interface LineUncertainty {
  /** The factors the line's equation read (GWP excluded), sorted. */
  factorKeys: string[];
  activityDataPct: number;
  pct: number | null;
  lowerPct: number | null;
  upperPct: number | null;
}

export interface FactorUse {
  key: string;
  value: number;
  unit: string;
  source: string;
  range: [number, number] | null;
  unconfirmed: boolean;
  factorSet: string;
  note: string | null;
  /** Present only for factors whose set documents it (country-specific sets). */
  provenance?: FactorProvenance;
}

export interface ActivityIntensity {
  activityIndex: number;
  cropCode: string;
  netCo2eKg: number;
  co2ePerHa: number;
  co2ePerKgProduct: number | null;
}

export interface CalculationResult {
  /** Emissions + removals (net), without INDIRECT lines. */
  totalCo2eKg: number;
  emissionsCo2eKg: number;
  /** ≤ 0. */
  removalsCo2eKg: number;
  indirectEnergyCo2eKg: number;
  /** By activityIndex, then category, then gas (CO2, CH4, N2O), then kind; zero lines omitted. */
  lines: ResultLine[];
  /** Each factor once, sorted by key, including the GWP values used. */
  factorsUsed: FactorUse[];
  warnings: string[];
  intensities: ActivityIntensity[];
  method: string;
  uncertainty: UncertaintySummary;
}

export interface InputIssue {
  /** e.g. 'activities[0].rice.waterRegime', 'region', 'factors.RICE.EF_C.SOUTH_EAST_ASIA'. */
  path: string;
  /** NEGATIVE | OUT_OF_RANGE | REQUIRED | NOT_FINITE | INVALID_VALUE | UNKNOWN_CROP | NOT_APPLICABLE | UNKNOWN_FACTOR | UNIT_MISMATCH | UNKNOWN_BASE | ... */
  reason: string;
  message: string;
}

/** Where a factor of a country-specific set comes from, and how far it applies. */
export interface FactorProvenance {
  /** Key of the source in docs/emission-methods.md §10, e.g. VNRICE. */
  sourceKey: string;
  citation: string;
  /** Table, page or section the value was read from. */
  location: string;
  /** True for a published Viet Nam value; false for a default the set restates. */
  countrySpecific: boolean;
  /** Limits on applying the value here (e.g. the study's region is not the province's). */
  applicability: string | null;
}

export interface FactorValue {
  value: number;
  unit: string;
  source: string;
  range?: [number, number] | null;
  unconfirmed?: boolean;
  note?: string | null;
  provenance?: FactorProvenance;
}

/** A value the literature reports but the set does not adopt, and why (said in the method statement). */
export interface FactorSetGap {
  topic: string;
  sourceKey: string;
  /** What the engine uses instead. */
  fallback: string;
  reason: string;
}

export interface FactorSetDefinition {
  code: string;
  name: string;
  description: string;
  /** Code of the set this one overrides (Tier 2); null for a complete (IPCC) set. */
  base: string | null;
  factors: Record<string, FactorValue>;
  /** Reported values not adopted (country sets); the method statement names them. */
  gaps?: FactorSetGap[];
}

export interface ResolvedFactorSet {
  code: string;
  name: string;
  description: string;
  /** This set first, then its bases, e.g. ['VN_DAKLAK_2026', 'IPCC2019']. */
  chain: string[];
  factors: Record<string, FactorValue & { factorSet: string }>;
  /** The gaps of every set in the chain. */
  gaps: FactorSetGap[];
}

export type CropKind = 'ANNUAL' | 'PERENNIAL' | 'RICE';

export interface CropDefinition {
  code: string;
  nameVi: string;
  nameEn: string;
  kind: CropKind;
  residueCombustionFactorKey: string;
}

export interface GwpValues {
  CH4: FactorValue;
  CH4_FOSSIL: FactorValue;
  N2O: FactorValue;
}
