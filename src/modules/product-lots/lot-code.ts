import { randomBytes } from 'node:crypto';

/**
 * Lot codes, printed as the QR payload: `DL-<unit code>-<harvest year>-<8 random characters>-<check>`,
 * e.g. `DL-24175-2027-7KQ3MZ0P-X`. Characters are Crockford base 32 (no I, L, O, U), so a code read
 * aloud or typed from a label is unambiguous; the check character (Luhn mod 32 over the characters of
 * unit, year and random part) catches any single mistyped character and most swaps, so a misread code
 * is known malformed without a database look-up.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RANDOM_LENGTH = 8;
export const LOT_CODE_PATTERN = /^DL-(\d{2,5})-(\d{4})-([0-9A-HJKMNP-TV-Z]{8})-([0-9A-HJKMNP-TV-Z])$/;
export const LOT_CODE_DESCRIPTION = 'DL-<unit code>-<harvest year>-<8 characters>-<check character>, Crockford base 32; printed as the QR payload.';

export function checkCharacter(body: string): string {
  const n = ALPHABET.length;
  let factor = 2;
  let sum = 0;
  for (let i = body.length - 1; i >= 0; i--) {
    const codePoint = ALPHABET.indexOf(body[i]);
    if (codePoint < 0) throw new Error(`not a lot code character: ${body[i]}`);
    let addend = factor * codePoint;
    factor = factor === 2 ? 1 : 2;
    addend = Math.floor(addend / n) + (addend % n);
    sum += addend;
  }
  return ALPHABET[(n - (sum % n)) % n];
}

export function generateLotCode(unitCode: string, year: number): string {
  const bytes = randomBytes(RANDOM_LENGTH);
  const random = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('');
  return `DL-${unitCode}-${year}-${random}-${checkCharacter(`${unitCode}${year}${random}`)}`;
}

/** The code as stored (upper case, trimmed), or null when it is not a well-formed code with a matching check character. */
export function normaliseLotCode(value: string): string | null {
  if (value.length > 60) return null;
  const code = value.trim().toUpperCase();
  const match = LOT_CODE_PATTERN.exec(code);
  if (!match) return null;
  const [, unit, year, random, check] = match;
  return checkCharacter(`${unit}${year}${random}`) === check ? code : null;
}
