// Physical constants and unit conversions only; every emission factor lives in data/.

/** Molecular weight ratio N2O / N2O-N. */
export const N2O_PER_N2O_N = 44 / 28;
/** Molecular weight ratio CO2 / C. */
export const CO2_PER_C = 44 / 12;
export const KG_PER_TONNE = 1000;
export const MJ_PER_TJ = 1_000_000;
export const KWH_PER_MWH = 1000;
