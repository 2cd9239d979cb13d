// Public API of the pure emission engine (no database, no HTTP).
export * from './types';
export { CalculationAbortedError, EngineInputError } from './errors';
export {
  DEFAULT_ACTIVITIES_PER_CHUNK,
  MAX_LINE_CO2E_KG,
  MAX_TOTAL_CO2E_KG,
  calculateEmissions,
  calculateEmissionsInChunks,
  type ChunkedCalculationOptions,
} from './calculate';
export { ACTIVITY_LIMITS } from './limits';
export { validateActivities, validateRequest } from './validate';
export { PLAUSIBILITY_LIMITS, plausibilityWarnings } from './plausibility';
export { BUILT_IN_FACTOR_SETS, builtInFactorSet, factorKeys, isBuiltInFactorSet, loadCountrySet, requiredFactorKeys, resolveFactorSet } from './factor-sets';
export { calculationMethod, factorSetStatement } from './method-statement';
export { GRID_KEY_PREFIX } from './catalogue';
export { GWP_SETS } from './gwp';
export { CROPS, findCrop } from './crops';
export { CATEGORY_NAMES, type CategoryCode } from './categories';
export {
  ACTIVITY_UNCERTAINTY_DEFAULTS,
  APPROACH as UNCERTAINTY_APPROACH,
  MAX_ACTIVITY_DATA_UNCERTAINTY_PCT,
  addLine,
  combine,
  defaultActivityDataUncertainty,
  emptyPartial,
  factorUncertainties,
  factorUncertainty,
  mergePartials,
  productUncertainty,
  sumUncertainty,
  summarize,
  type CombinedUncertainty,
  type FactorUncertainty,
  type KeyedPartial,
  type UncertaintyFigure,
  type UncertaintyPartial,
  type UncertaintySummary,
} from './uncertainty';
