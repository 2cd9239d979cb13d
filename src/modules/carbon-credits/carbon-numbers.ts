import { BadUserInputError } from '../../core/errors/app-errors';

/** A serial number split at its last block of digits: `VCS-4471-2029-000100-A` → prefix `VCS-4471-2029-`, 100, suffix `-A`. */
export interface SerialParts {
  prefix: string;
  block: bigint;
  suffix: string;
}

const SERIAL = /^((?:[\x21-\x7e]*[\x21-\x2f\x3a-\x7e])?)(\d{1,18})([\x21-\x2f\x3a-\x7e]*)$/;

export function parseSerial(value: string, field: string): SerialParts {
  const match = SERIAL.exec(value.trim());
  if (!match || value.trim().length > 200) {
    throw new BadUserInputError(`${field} must be printable text whose last block of digits has at most 18 digits`, field, 'INVALID_SERIAL');
  }
  return { prefix: match[1], block: BigInt(match[2]), suffix: match[3] };
}

/** The range from two serials: same prefix and suffix, end not before start, exactly `quantity` numbers. */
export function serialRange(start: string, end: string, quantity: number): { first: SerialParts; last: SerialParts } {
  const first = parseSerial(start, 'input.serialStart');
  const last = parseSerial(end, 'input.serialEnd');
  if (first.prefix !== last.prefix || first.suffix !== last.suffix) {
    throw new BadUserInputError('input.serialEnd must differ from serialStart only in its last block of digits', 'input.serialEnd', 'SERIAL_MISMATCH');
  }
  if (last.block < first.block) throw new BadUserInputError('input.serialEnd is before serialStart', 'input.serialEnd', 'END_BEFORE_START');
  if (last.block - first.block + 1n !== BigInt(quantity)) {
    throw new BadUserInputError(`The serial range holds ${last.block - first.block + 1n} credits, not ${quantity}`, 'input.quantity', 'QUANTITY_MISMATCH');
  }
  return { first, last };
}

/** A non-negative exact decimal text with at most `scale` decimals and `digits` whole digits, normalised. */
export function decimalText(value: string, field: string, digits: number, scale: number): string {
  const match = new RegExp(`^(\\d{1,${digits}})(?:\\.(\\d{1,${scale}}))?$`).exec(value.trim());
  if (!match) throw new BadUserInputError(`${field} must be a decimal number with at most ${scale} decimals`, field, 'INVALID_DECIMAL');
  return `${BigInt(match[1])}.${(match[2] ?? '').padEnd(scale, '0')}`;
}

/** A decimal text as an integer count of 10^-scale units, for exact comparison. */
export function scaled(value: string, scale: number): bigint {
  const [whole, fraction = ''] = value.split('.');
  const negative = whole.startsWith('-');
  const units = BigInt(whole.replace('-', '')) * 10n ** BigInt(scale) + BigInt(fraction.padEnd(scale, '0').slice(0, scale) || '0');
  return negative ? -units : units;
}
