import { BadUserInputError } from '../../core/errors/app-errors';
import { CROPS } from '../emissions';

/**
 * The crop vocabulary of the field records (the emission engine's catalogue). Read from the emissions
 * module directly: field-records itself points to organisations (a pilot's host), so importing it
 * here would close a cycle.
 */
const CROP_CODES: readonly string[] = CROPS.map((crop) => crop.code);

export const CROP_LIST_DESCRIPTION = `Crop codes of the emission engine's catalogue: ${CROP_CODES.join(', ')}.`;

export function cropCode(value: string, field: string): string {
  const code = value.trim().toUpperCase();
  if (!CROP_CODES.includes(code)) throw new BadUserInputError(`${field} must be one of ${CROP_CODES.join(', ')}`, field, 'UNKNOWN_CROP');
  return code;
}

/** Crop codes without repeats, in the order given; each refusal names the item (`input.crops[2]`). */
export function cropCodes(values: readonly string[], field: string): string[] {
  return [...new Set(values.map((value, i) => cropCode(value, `${field}[${i}]`)))];
}
