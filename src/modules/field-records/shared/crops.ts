import { BadUserInputError } from '../../../core/errors/app-errors';
import { CROPS } from '../../emissions';

/** Crop codes of the emission engine's catalogue, so field records join with activity data. */
export const FIELD_RECORD_CROPS: readonly string[] = CROPS.map((crop) => crop.code);

export const CROP_DESCRIPTION = `Crop code of the emission engine's catalogue: ${FIELD_RECORD_CROPS.join(', ')}.`;

export function cropCode(value: string, field: string): string {
  const code = value.trim().toUpperCase();
  if (!FIELD_RECORD_CROPS.includes(code)) {
    throw new BadUserInputError(`${field} must be one of ${FIELD_RECORD_CROPS.join(', ')}`, field, 'UNKNOWN_CROP');
  }
  return code;
}
