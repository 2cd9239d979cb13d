import { BadUserInputError } from '../../core/errors/app-errors';

const DECIMAL = /^(\d{1,14})(?:\.(\d{1,2}))?$/;

/** US dollars written as a decimal text → whole cents as a bigint text; exact, no floating point. */
export function usdToCents(value: string, field: string): string {
  const match = DECIMAL.exec(value.trim());
  if (!match) throw new BadUserInputError(`${field} must be US dollars written like 125000.50 (at most 2 decimals)`, field, 'INVALID_AMOUNT');
  const cents = BigInt(match[1]) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
  if (cents > 10n ** 15n) throw new BadUserInputError(`${field} must be at most 10^13 dollars`, field, 'TOO_LARGE');
  return cents.toString();
}

/** Whole cents (bigint text) → "125000.50". */
export function centsToUsd(cents: string | bigint): string {
  const value = BigInt(cents);
  return `${value / 100n}.${(value % 100n).toString().padStart(2, '0')}`;
}
