import { numericTransformer } from '../../../core/db/numeric-transformer';

/**
 * Masses are stored as exact decimals rounded to the milligram, so provincial sums taken in SQL equal
 * the sum of the communes' lines exactly, whatever the order of addition.
 */
export const KG_SCALE = 6;
export const kgColumn = { type: 'numeric' as const, precision: 24, scale: KG_SCALE, transformer: numericTransformer };

export const roundKg = (value: number): number => Number(value.toFixed(KG_SCALE));
