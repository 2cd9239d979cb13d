import { BadUserInputError } from '../errors/app-errors';
import { isCalendarDay } from './check-arguments';

/**
 * Checks shared by the field records' inputs. Each names the input path of the offending field
 * (`extensions.field`, e.g. `input.participants.women`) and a stable `reason`.
 */

/** The plan's period: records dated outside it are typing errors. */
export const PLAN_FIRST_DAY = '2026-01-01';
export const PLAN_LAST_DAY = '2035-12-31';
export const PLAN_FIRST_YEAR = 2026;
export const PLAN_LAST_YEAR = 2035;

/** A real calendar date (YYYY-MM-DD) inside the plan period. */
export function planDate(value: string, field: string): string {
  const day = value.trim();
  if (!isCalendarDay(day)) throw new BadUserInputError(`${field} must be a date written YYYY-MM-DD`, field, 'INVALID_DATE');
  if (day < PLAN_FIRST_DAY || day > PLAN_LAST_DAY) {
    throw new BadUserInputError(`${field} must be within the plan period ${PLAN_FIRST_DAY} to ${PLAN_LAST_DAY}`, field, 'OUTSIDE_PLAN_PERIOD');
  }
  return day;
}

/** An instant inside the plan period and not in the future (a device clock may run a few minutes fast). */
export function planInstant(value: Date, field: string): Date {
  if (Number.isNaN(value.getTime())) throw new BadUserInputError(`${field} is not a valid time`, field, 'INVALID_DATE');
  const day = value.toISOString().slice(0, 10);
  if (day < PLAN_FIRST_DAY || day > PLAN_LAST_DAY) {
    throw new BadUserInputError(`${field} must be within the plan period ${PLAN_FIRST_DAY} to ${PLAN_LAST_DAY}`, field, 'OUTSIDE_PLAN_PERIOD');
  }
  if (value.getTime() > Date.now() + 10 * 60_000) throw new BadUserInputError(`${field} is in the future`, field, 'IN_FUTURE');
  return value;
}

const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** The calendar day in Việt Nam (UTC+7 all year) at an instant: the plan's days are Vietnamese days. */
export function vietnamDate(instant: Date): string {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** A day inside the plan period that has begun in Việt Nam: what was done (inspected, completed, decided). */
export function pastPlanDate(value: string, field: string): string {
  const day = planDate(value, field);
  if (day > vietnamDate(new Date())) throw new BadUserInputError(`${field} is in the future`, field, 'IN_FUTURE');
  return day;
}

export function endNotBeforeStart(start: string, end: string | null, endField: string): void {
  if (end !== null && end < start) throw new BadUserInputError(`${endField} must not be before the start date`, endField, 'END_BEFORE_START');
}

export function yearInPlan(year: number, field: string): number {
  if (!Number.isInteger(year) || year < PLAN_FIRST_YEAR || year > PLAN_LAST_YEAR) {
    throw new BadUserInputError(`${field} must be a year from ${PLAN_FIRST_YEAR} to ${PLAN_LAST_YEAR}`, field, 'OUTSIDE_PLAN_PERIOD');
  }
  return year;
}

export function nonNegative(value: number, field: string): number {
  if (!Number.isFinite(value) || value < 0) throw new BadUserInputError(`${field} must not be negative`, field, 'NEGATIVE');
  return value;
}

export function positive(value: number, field: string): number {
  if (!Number.isFinite(value) || value <= 0) throw new BadUserInputError(`${field} must be greater than zero`, field, 'NOT_POSITIVE');
  return value;
}

/** Trimmed text of 1..max characters. */
export function requiredText(value: string, field: string, max: number): string {
  const text = value.trim();
  if (text.length === 0) throw new BadUserInputError(`${field} must not be empty`, field, 'REQUIRED');
  if (text.length > max) throw new BadUserInputError(`${field} must be at most ${max} characters`, field, 'TOO_LONG');
  return text;
}

/** Trimmed text, or null when absent or blank. */
export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  return requiredText(value, field, max);
}

export function optionalUrl(value: string | null | undefined, field: string): string | null {
  const text = optionalText(value, field, 2000);
  if (text === null) return null;
  let url: URL | null;
  try {
    url = new URL(text);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new BadUserInputError(`${field} must be an http(s) address`, field, 'INVALID_URL');
  }
  return text;
}

export function optionalSha256(value: string | null | undefined, field: string): string | null {
  const text = optionalText(value, field, 64);
  if (text === null) return null;
  if (!/^[0-9a-f]{64}$/i.test(text)) throw new BadUserInputError(`${field} must be 64 hexadecimal digits (SHA-256)`, field, 'INVALID_CHECKSUM');
  return text.toLowerCase();
}

/** A list without repeats, in the order given; `required` refuses an empty list. */
export function distinctList<T>(values: readonly T[], field: string, required = false): T[] {
  const list = [...new Set(values)];
  if (required && list.length === 0) throw new BadUserInputError(`${field} needs at least one value`, field, 'REQUIRED');
  return list;
}

/**
 * A phone number in international form (+84...), or null when it cannot be one. Vietnamese numbers
 * are accepted as dialled at home (0912 345 678) too; spaces, dots, dashes and brackets are ignored.
 */
export function normalisePhone(value: string): string | null {
  const digits = value.replace(/[\s.\-()]/g, '');
  if (/^0\d{9}$/.test(digits)) return `+84${digits.slice(1)}`;
  if (/^84\d{9}$/.test(digits)) return `+${digits}`;
  if (/^\+\d{8,15}$/.test(digits)) return digits;
  return null;
}

export function phoneNumber(value: string, field: string): string {
  const phone = normalisePhone(value);
  if (!phone) throw new BadUserInputError(`${field} is not a phone number`, field, 'INVALID_PHONE');
  return phone;
}

const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** A language tag such as vi, en or ede (Ê Đê). */
export function languageTag(value: string, field: string): string {
  const tag = value.trim();
  if (!LANGUAGE_TAG.test(tag)) throw new BadUserInputError(`${field} must be a language tag such as vi, en or ede`, field, 'INVALID_LANGUAGE');
  return tag;
}
