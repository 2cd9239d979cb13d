// Every factor key the engine reads, with the unit its equations assume. Data files and Tier 2 overrides
// are checked against this list, so a set cannot silently carry a value in another unit or a typo'd key.
import {
  DIESEL_USES,
  ORGANIC_AMENDMENT_TYPES,
  PRE_SEASON_REGIMES,
  RICE_REGIONS,
  RICE_SEASONS,
  SYNTHETIC_FERTILIZER_TYPES,
  CLIMATE_ZONES,
  WATER_REGIMES,
  type ClimateZone,
  type DieselUse,
  type LimeType,
  type OrganicAmendmentType,
  type PreSeasonRegime,
  type SyntheticFertilizerType,
  type WaterRegime,
  LIME_TYPES,
} from './types';

export interface CatalogueEntry {
  unit: string;
  /** An optional key may be absent from a complete set; the engine then needs the value as input. */
  optional: boolean;
}

const FLOODED_REGIMES = WATER_REGIMES.filter((r) => r !== 'UPLAND');
const BURNING_CROP_GROUPS = ['MAIZE', 'RICE', 'SUGARCANE', 'OTHER'] as const;

/** Grid factors are one per year; any year may be added by a Tier 2 set. */
export const GRID_KEY_PREFIX = 'ELECTRICITY.GRID_EF.VN.';
const GRID_UNIT = 't CO2/MWh';
const GRID_KEY_PATTERN = /^ELECTRICITY\.GRID_EF\.VN\.(\d{4})$/u;

export const factorKey = {
  nFraction: (t: SyntheticFertilizerType) => `FERTILIZER.N_FRACTION.${t}`,
  ef1WetSynthetic: () => 'N2O.EF1.WET.SYNTHETIC',
  ef1WetOther: () => 'N2O.EF1.WET.OTHER',
  ef1Dry: () => 'N2O.EF1.DRY',
  ef1Fr: (r: WaterRegime) => `N2O.EF1FR.${r}`,
  fracGasf: (t: SyntheticFertilizerType) => `N2O.FRAC_GASF.${t}`,
  fracGasm: () => 'N2O.FRAC_GASM',
  ef4: (wet: boolean) => (wet ? 'N2O.EF4.WET' : 'N2O.EF4.DRY'),
  fracLeach: () => 'N2O.FRAC_LEACH',
  ef5: () => 'N2O.EF5',
  ureaEf: () => 'CO2.UREA.EF',
  limeEf: (t: LimeType) => `CO2.LIME.${t}`,
  riceEfc: (region: string) => `RICE.EF_C.${region}`,
  riceSeasonalEfc: (region: string, season: string) => `RICE.EF_C.${region}.${season}`,
  riceDefaultDays: (region: string) => `RICE.DEFAULT_DAYS.${region}`,
  riceSfw: (r: WaterRegime) => `RICE.SF_W.${r}`,
  riceSfp: (p: PreSeasonRegime | 'AGGREGATED') => `RICE.SF_P.${p}`,
  riceCfoa: (t: OrganicAmendmentType) => `RICE.CFOA.${t}`,
  riceSfoExponent: () => 'RICE.SF_O.EXPONENT',
  burningGef: (gas: 'CO2' | 'CH4' | 'N2O') => `BURNING.G_EF.${gas}`,
  burningCf: (group: (typeof BURNING_CROP_GROUPS)[number]) => `BURNING.C_F.${group}`,
  perennialGrowth: (z: ClimateZone) => `PERENNIAL.G.${z}`,
  perennialCycle: (z: ClimateZone) => `PERENNIAL.CYCLE.${z}`,
  perennialLoss: (z: ClimateZone) => `PERENNIAL.L.${z}`,
  dieselDensity: () => 'ENERGY.DIESEL.DENSITY',
  dieselNcv: () => 'ENERGY.DIESEL.NCV',
  dieselCo2: () => 'ENERGY.DIESEL.CO2',
  dieselCh4: (u: DieselUse) => `ENERGY.DIESEL.CH4.${u}`,
  dieselN2o: (u: DieselUse) => `ENERGY.DIESEL.N2O.${u}`,
  grid: (year: number) => `${GRID_KEY_PREFIX}${year}`,
};

function buildCatalogue(): Map<string, CatalogueEntry> {
  const entries: [string, string, boolean?][] = [];
  const add = (key: string, unit: string, optional = false) => entries.push([key, unit, optional]);

  // OTHER has no default N fraction: the user enters it unless a set supplies one.
  for (const t of SYNTHETIC_FERTILIZER_TYPES) add(factorKey.nFraction(t), 'kg N/kg product', t === 'OTHER');
  add(factorKey.ef1WetSynthetic(), 'kg N2O-N/kg N');
  add(factorKey.ef1WetOther(), 'kg N2O-N/kg N');
  add(factorKey.ef1Dry(), 'kg N2O-N/kg N');
  for (const r of FLOODED_REGIMES) add(factorKey.ef1Fr(r), 'kg N2O-N/kg N');
  for (const t of SYNTHETIC_FERTILIZER_TYPES) add(factorKey.fracGasf(t), 'kg (NH3-N + NOx-N)/kg N');
  add(factorKey.fracGasm(), 'kg (NH3-N + NOx-N)/kg N');
  add(factorKey.ef4(true), 'kg N2O-N/kg (NH3-N + NOx-N) volatilised');
  add(factorKey.ef4(false), 'kg N2O-N/kg (NH3-N + NOx-N) volatilised');
  add(factorKey.fracLeach(), 'kg N/kg N');
  add(factorKey.ef5(), 'kg N2O-N/kg N leached');
  add(factorKey.ureaEf(), 't C/t urea');
  for (const t of LIME_TYPES) add(factorKey.limeEf(t), 't C/t');
  for (const region of RICE_REGIONS) add(factorKey.riceEfc(region), 'kg CH4/ha/day');
  // Country sets may give EF_c per cropping season (Viet Nam: [VNRICE]); the regional value covers the rest.
  for (const region of RICE_REGIONS) for (const season of RICE_SEASONS) add(factorKey.riceSeasonalEfc(region, season), 'kg CH4/ha/day', true);
  // The 2006 Guidelines give no default period, and the 2019R none for Africa.
  for (const region of RICE_REGIONS) add(factorKey.riceDefaultDays(region), 'day', true);
  for (const r of WATER_REGIMES) add(factorKey.riceSfw(r), 'dimensionless');
  // The >365 d pre-season row is new in the 2019R.
  for (const p of PRE_SEASON_REGIMES) add(factorKey.riceSfp(p), 'dimensionless', p === 'NON_FLOODED_OVER_YEAR');
  add(factorKey.riceSfp('AGGREGATED'), 'dimensionless');
  for (const t of ORGANIC_AMENDMENT_TYPES) add(factorKey.riceCfoa(t), 'dimensionless');
  add(factorKey.riceSfoExponent(), 'dimensionless');
  for (const gas of ['CO2', 'CH4', 'N2O'] as const) add(factorKey.burningGef(gas), 'g/kg dry matter burnt');
  for (const g of BURNING_CROP_GROUPS) add(factorKey.burningCf(g), 'dimensionless');
  for (const z of CLIMATE_ZONES) {
    add(factorKey.perennialGrowth(z), 't C/ha/yr');
    add(factorKey.perennialCycle(z), 'yr');
    add(factorKey.perennialLoss(z), 't C/ha');
  }
  add(factorKey.dieselDensity(), 'kg/L');
  add(factorKey.dieselNcv(), 'MJ/kg');
  add(factorKey.dieselCo2(), 'kg CO2/TJ');
  for (const u of DIESEL_USES) {
    add(factorKey.dieselCh4(u), 'kg CH4/TJ');
    add(factorKey.dieselN2o(u), 'kg N2O/TJ');
  }
  return new Map(entries.map(([key, unit, optional]) => [key, { unit, optional: optional ?? false }]));
}

const CATALOGUE = buildCatalogue();

/** The catalogue entry for a key, or null when the engine never reads it. */
export function catalogueEntry(key: string): CatalogueEntry | null {
  const fixed = CATALOGUE.get(key);
  if (fixed) return fixed;
  const grid = GRID_KEY_PATTERN.exec(key);
  if (grid && Number(grid[1]) >= 1990 && Number(grid[1]) <= 2100) return { unit: GRID_UNIT, optional: true };
  return null;
}

/** Every fixed key the engine reads, sorted; grid factors are `ELECTRICITY.GRID_EF.VN.<year>` (any year). */
export function factorKeys(): string[] {
  return [...CATALOGUE.keys()].sort();
}

/** The keys a complete (base-less) set must define. */
export function requiredFactorKeys(): string[] {
  return factorKeys().filter((key) => !CATALOGUE.get(key)?.optional);
}

/** Years that have a grid factor in the set, ascending. */
export function gridYears(keys: Iterable<string>): number[] {
  const years: number[] = [];
  for (const key of keys) {
    const match = GRID_KEY_PATTERN.exec(key);
    if (match) years.push(Number(match[1]));
  }
  return years.sort((a, b) => a - b);
}
