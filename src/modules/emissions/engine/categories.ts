// IPCC 2006 category codes the engine reports, with their English names.
export const CATEGORY_NAMES = {
  '1.A.4.c.i': 'Agriculture: stationary fuel combustion',
  '1.A.4.c.ii': 'Agriculture: off-road vehicles and other machinery',
  '3.B.2': 'Cropland: perennial woody biomass',
  '3.C.1': 'Biomass burning in cropland (crop residues)',
  '3.C.2': 'Liming',
  '3.C.3': 'Urea application',
  '3.C.4': 'Direct N2O emissions from managed soils',
  '3.C.5': 'Indirect N2O emissions from managed soils',
  '3.C.7': 'Rice cultivation',
  INDIRECT_ELECTRICITY: 'Grid electricity (indirect, not in totals)',
} as const;

export type CategoryCode = keyof typeof CATEGORY_NAMES;
