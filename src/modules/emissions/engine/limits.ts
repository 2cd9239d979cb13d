// The largest activity data the engine accepts: far beyond any real record (one commune's crop in one
// season; the province has about 1.8 million ha), so only typing errors and hostile input meet them.
// They keep every quantity the engine multiplies finite and every stored result inside its column.
export const ACTIVITY_LIMITS = {
  /** Hectares of one activity; smaller than 1 m² is a typing error (and would make intensities unbounded). */
  areaHa: { min: 0.0001, max: 1_000_000 },
  /** Kilograms of one input: fertiliser product, nitrogen, lime. */
  kilograms: 1e10,
  /** Tonnes of harvested product; a known yield is at least 1 kg. */
  yieldTonnes: { min: 0.001, max: 1e8 },
  /** Tonnes per hectare: residues, organic amendments. */
  tonnesPerHa: 1000,
  cultivationDays: { min: 1, max: 366 },
  standAgeYears: 500,
  dieselLitres: 1e9,
  electricityKwh: 1e10,
  /** Activity-data uncertainty (%, 95 %): beyond 1000 % the figure says nothing. */
  activityDataUncertaintyPct: 1000,
} as const;
