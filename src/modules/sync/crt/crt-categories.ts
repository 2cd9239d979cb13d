/**
 * IPCC 2006 AFOLU category (the code on our inventory lines) → the category of the UNFCCC Common
 * Reporting Tables (CRT) of the Enhanced Transparency Framework, where the national inventory reports it.
 *
 * Source: the CRT for sector 3 Agriculture and sector 4 LULUCF (decision 5/CMA.3, annex II; tables
 * 3.C, 3.D, 3.F, 3.G, 3.H and 4.B), which keep the IPCC 1996/CRF numbering: rice 3.C, managed soils
 * 3.D, field burning 3.F, liming 3.G, urea 3.H; perennial woody biomass on cropland (IPCC 2006 3.B.2)
 * goes to LULUCF, 4.B cropland remaining cropland. Data, not code: a new line category is one row here.
 */
export interface CrtCategory {
  crt: string;
  crtName: string;
  crtTable: string;
  /** The IPCC 2006 codes it gathers, in order. */
  ipcc: string[];
}

export const CRT_MAPPING_SOURCE = 'UNFCCC Common Reporting Tables, decision 5/CMA.3 annex II (sectors 3 and 4); IPCC 2006 Guidelines Vol 4 Ch 5 and 11';

export const CRT_CATEGORIES: readonly CrtCategory[] = [
  { crt: '3.C', crtName: 'Rice cultivation', crtTable: 'Table 3.C', ipcc: ['3.C.7'] },
  { crt: '3.D', crtName: 'Direct and indirect N2O emissions from agricultural soils', crtTable: 'Table 3.D', ipcc: ['3.C.4', '3.C.5'] },
  { crt: '3.F', crtName: 'Field burning of agricultural residues', crtTable: 'Table 3.F', ipcc: ['3.C.1'] },
  { crt: '3.G', crtName: 'Liming', crtTable: 'Table 3.G-I', ipcc: ['3.C.2'] },
  { crt: '3.H', crtName: 'Urea application', crtTable: 'Table 3.G-I', ipcc: ['3.C.3'] },
  { crt: '4.B', crtName: 'Cropland remaining cropland (perennial woody biomass)', crtTable: 'Table 4.B', ipcc: ['3.B.2'] },
];

/** The CRT category of an IPCC 2006 code, or null when the submission has no table for it (e.g. energy). */
export function crtCategoryOf(ipcc: string): CrtCategory | null {
  return CRT_CATEGORIES.find((c) => c.ipcc.includes(ipcc)) ?? null;
}
