import {
  GraphQLArgument,
  GraphQLField,
  GraphQLInputField,
  GraphQLInputType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isScalarType,
} from 'graphql';
import { BadUserInputError } from '../errors/app-errors';
import {
  END_OF_INSTANTS,
  FIRST_DAY,
  FIRST_INSTANT,
  InputLimit,
  LAST_DAY,
  MAX_LIST_ITEMS,
  MAX_UNDECLARED_FLOAT,
  maxLengthOf,
} from './input-limits';

/** A NUL, or half of a UTF-16 surrogate pair without its other half: PostgreSQL cannot store either. */
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const FIRST_TIME = Date.parse(FIRST_INSTANT);
const END_TIME = Date.parse(END_OF_INSTANTS);

/** A real calendar day written YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDay(text: string): boolean {
  const match = DAY.exec(text);
  if (!match) return false;
  const date = new Date(0);
  date.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3])); // Date.UTC would read year 0-99 as 1900-1999
  return date.getUTCFullYear() === Number(match[1]) && date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
}

/** Text PostgreSQL can store as it was sent. */
export const isStorableText = (text: string) => !UNSTORABLE.test(text);

const formatPath = (path: (string | number)[]) =>
  path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');

function checkString(value: string, path: (string | number)[], name: string, isId: boolean, limit: InputLimit | undefined): void {
  const field = formatPath(path);
  if (!isStorableText(value)) {
    throw new BadUserInputError(`${field} contains a NUL character or a broken UTF-16 surrogate`, field, 'INVALID_CHARACTERS');
  }
  const maxLength = maxLengthOf(name, isId, limit);
  if (value.length > maxLength) {
    throw new BadUserInputError(`${field} must be at most ${maxLength} characters`, field, 'TOO_LONG', { maxLength });
  }
  if (limit?.format === 'date') {
    const day = value.trim();
    if (!isCalendarDay(day)) throw new BadUserInputError(`${field} must be a real day written YYYY-MM-DD`, field, 'INVALID_DATE');
    if (day < FIRST_DAY || day > LAST_DAY) {
      throw new BadUserInputError(`${field} must be between ${FIRST_DAY} and ${LAST_DAY}`, field, 'OUT_OF_RANGE', { min: FIRST_DAY, max: LAST_DAY });
    }
  }
}

function checkNumber(value: number, path: (string | number)[], isFloat: boolean, limit: InputLimit | undefined): void {
  if (limit?.checkedBy) return;
  const field = formatPath(path);
  const max = limit?.max ?? (isFloat ? MAX_UNDECLARED_FLOAT : undefined);
  if (max === undefined) return;
  const min = limit?.min ?? -max;
  if (limit?.integer && !Number.isInteger(value)) throw new BadUserInputError(`${field} must be a whole number`, field, 'NOT_WHOLE');
  if (limit?.positive && value <= 0) throw new BadUserInputError(`${field} must be greater than zero`, field, 'NOT_POSITIVE');
  if (value < min) {
    const reason = min === 0 ? 'NEGATIVE' : 'TOO_SMALL';
    throw new BadUserInputError(`${field} must be at least ${min}`, field, reason, { min, max });
  }
  if (value > max) throw new BadUserInputError(`${field} must be at most ${max}`, field, 'TOO_LARGE', { min, max });
}

function checkInstant(value: unknown, path: (string | number)[]): void {
  const time = value instanceof Date ? value.getTime() : NaN;
  if (!(time >= FIRST_TIME && time < END_TIME)) {
    const field = formatPath(path);
    throw new BadUserInputError(`${field} must be an instant from ${FIRST_INSTANT} to before ${END_OF_INSTANTS}`, field, 'OUT_OF_RANGE', {
      min: FIRST_INSTANT,
      max: END_OF_INSTANTS,
    });
  }
}

/** Checks one coerced value against its type and declared limit; `name` is the argument or field it fills. */
function checkValue(value: unknown, type: GraphQLInputType, path: (string | number)[], name: string, limit: InputLimit | undefined): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return;
    const maxItems = limit?.maxItems ?? MAX_LIST_ITEMS;
    if (value.length > maxItems) {
      const field = formatPath(path);
      throw new BadUserInputError(`${field} may have at most ${maxItems} items`, field, 'TOO_MANY', { maxItems });
    }
    value.forEach((item, index) => checkValue(item, nullable.ofType as GraphQLInputType, [...path, index], name, limit));
    return;
  }
  if (isInputObjectType(nullable)) {
    const fields = nullable.getFields();
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      const field: GraphQLInputField | undefined = fields[key];
      if (field) checkValue(item, field.type, [...path, key], key, field.extensions?.limit as InputLimit | undefined);
    }
    return;
  }
  if (isEnumType(nullable) || !isScalarType(nullable)) return;
  switch (nullable.name) {
    case 'Int':
    case 'Float':
      checkNumber(value as number, path, nullable.name === 'Float', limit);
      return;
    case 'DateTimeISO':
      checkInstant(value, path);
      return;
    default:
      if (typeof value === 'string') checkString(value, path, name, nullable.name === 'ID', limit);
  }
}

/**
 * Refuses, with BAD_USER_INPUT naming the argument path (`input.records[3].narrative`) and a reason,
 * any argument value PostgreSQL cannot store or a later read could not handle: NUL characters and
 * broken surrogates, strings or lists over their caps, numbers outside their declared ranges,
 * impossible days and instants outside 1900-2199.
 */
export function checkArguments(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): void {
  const argLimits = field.extensions?.argLimits as Record<string, InputLimit> | undefined;
  for (const arg of field.args as readonly GraphQLArgument[]) {
    const limit = (arg.extensions?.limit as InputLimit | undefined) ?? argLimits?.[arg.name];
    checkValue(args[arg.name], arg.type, [arg.name], arg.name, limit);
  }
}
