import { GraphQLField, GraphQLInputObjectType, GraphQLInputType, getNullableType, isEnumType, isInputObjectType, isListType, isScalarType } from 'graphql';
import { BadUserInputError } from '../errors/app-errors';
import { END_OF_INSTANTS, FIRST_DAY, FIRST_INSTANT, InputLimit, LAST_DAY, MAX_LIST_ITEMS, MAX_UNDECLARED_FLOAT, maxLengthOf } from './input-limits';

/** A NUL, or half of a UTF-16 surrogate pair without its other half: PostgreSQL cannot store either. */
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/; // eslint-disable-line no-control-regex -- NUL is what it looks for
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

/** `input.records[3].narrative` from ['input', 'records', 3, 'narrative']. */
export const formatPath = (path: (string | number)[]) => path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');

type Path = (string | number)[];
/** Checks one non-null value; `path` names it (pushed and popped on the way down, copied only into an error). */
type Checker = (value: unknown, path: Path) => void;

const NOTHING: Checker = () => undefined;

function stringChecker(maxLength: number, isDay: boolean): Checker {
  return (value, path) => {
    if (typeof value !== 'string') return;
    if (!isStorableText(value)) {
      const field = formatPath(path);
      throw new BadUserInputError(`${field} contains a NUL character or a broken UTF-16 surrogate`, field, 'INVALID_CHARACTERS');
    }
    if (value.length > maxLength) {
      const field = formatPath(path);
      throw new BadUserInputError(`${field} must be at most ${maxLength} characters`, field, 'TOO_LONG', { maxLength });
    }
    if (isDay) checkDay(value.trim(), path);
  };
}

function checkDay(day: string, path: Path): void {
  const field = formatPath(path);
  if (!isCalendarDay(day)) throw new BadUserInputError(`${field} must be a real day written YYYY-MM-DD`, field, 'INVALID_DATE');
  if (day < FIRST_DAY || day > LAST_DAY) {
    throw new BadUserInputError(`${field} must be between ${FIRST_DAY} and ${LAST_DAY}`, field, 'OUT_OF_RANGE', { min: FIRST_DAY, max: LAST_DAY });
  }
}

function numberChecker(isFloat: boolean, limit: InputLimit | undefined): Checker {
  const max = limit?.max ?? (isFloat ? MAX_UNDECLARED_FLOAT : undefined);
  if (limit?.checkedBy || max === undefined) return NOTHING;
  const min = limit?.min ?? -max;
  return (raw, path) => {
    const value = raw as number;
    if (value >= min && value <= max && !(limit?.positive && value <= 0) && !(limit?.integer && !Number.isInteger(value))) return;
    const field = formatPath(path);
    if (limit?.integer && !Number.isInteger(value)) throw new BadUserInputError(`${field} must be a whole number`, field, 'NOT_WHOLE');
    if (limit?.positive && value <= 0) throw new BadUserInputError(`${field} must be greater than zero`, field, 'NOT_POSITIVE');
    if (value < min) throw new BadUserInputError(`${field} must be at least ${min}`, field, min === 0 ? 'NEGATIVE' : 'TOO_SMALL', { min, max });
    throw new BadUserInputError(`${field} must be at most ${max}`, field, 'TOO_LARGE', { min, max });
  };
}

const checkInstant: Checker = (value, path) => {
  const time = value instanceof Date ? value.getTime() : NaN;
  if (time >= FIRST_TIME && time < END_TIME) return;
  const field = formatPath(path);
  throw new BadUserInputError(`${field} must be an instant from ${FIRST_INSTANT} to before ${END_OF_INSTANTS}`, field, 'OUT_OF_RANGE', {
    min: FIRST_INSTANT,
    max: END_OF_INSTANTS,
  });
};

function listChecker(item: Checker, maxItems: number): Checker {
  return (value, path) => {
    if (!Array.isArray(value)) return;
    if (value.length > maxItems) {
      const field = formatPath(path);
      throw new BadUserInputError(`${field} may have at most ${maxItems} items`, field, 'TOO_MANY', { maxItems });
    }
    for (let index = 0; index < value.length; index += 1) {
      if (value[index] === null || value[index] === undefined) continue;
      path.push(index);
      item(value[index], path);
      path.pop();
    }
  };
}

const objectCheckers = new WeakMap<GraphQLInputObjectType, Checker>();

/** One checker per input type, its fields compiled on first use (an input type may contain itself). */
function objectChecker(type: GraphQLInputObjectType): Checker {
  const known = objectCheckers.get(type);
  if (known) return known;
  let fields: [string, Checker][] | null = null;
  const checker: Checker = (value, path) => {
    fields ??= Object.values(type.getFields()).map((f) => [f.name, compile(f.type, f.name, f.extensions?.limit as InputLimit | undefined)]);
    const record = value as Record<string, unknown>;
    for (const [key, check] of fields) {
      const item = record[key];
      if (item === null || item === undefined || check === NOTHING) continue;
      path.push(key);
      check(item, path);
      path.pop();
    }
  };
  objectCheckers.set(type, checker);
  return checker;
}

/** The checker of a slot: its type, the argument or field name it fills, and its declared limit. */
function compile(type: GraphQLInputType, name: string, limit: InputLimit | undefined): Checker {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return listChecker(compile(nullable.ofType, name, limit), limit?.maxItems ?? MAX_LIST_ITEMS);
  if (isInputObjectType(nullable)) return objectChecker(nullable);
  if (isEnumType(nullable) || !isScalarType(nullable)) return NOTHING;
  switch (nullable.name) {
    case 'Int':
    case 'Float':
      return numberChecker(nullable.name === 'Float', limit);
    case 'DateTimeISO':
      return checkInstant;
    case 'Boolean':
      return NOTHING;
    default:
      return stringChecker(maxLengthOf(name, nullable.name === 'ID', limit), limit?.format === 'date');
  }
}

const argumentCheckers = new WeakMap<GraphQLField<unknown, unknown>, [string, Checker][]>();

/**
 * Refuses, with BAD_USER_INPUT naming the argument path (`input.records[3].narrative`) and a reason,
 * any argument value PostgreSQL cannot store or a later read could not handle: NUL characters and
 * broken surrogates, strings or lists over their caps, numbers outside their declared ranges,
 * impossible days and instants outside 1900-2199. The checks are compiled once per field.
 */
export function checkArguments(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): void {
  let checkers = argumentCheckers.get(field);
  if (!checkers) {
    const argLimits = field.extensions?.argLimits as Record<string, InputLimit> | undefined;
    checkers = field.args.map((arg) => [arg.name, compile(arg.type, arg.name, (arg.extensions?.limit as InputLimit | undefined) ?? argLimits?.[arg.name])]);
    argumentCheckers.set(field, checkers);
  }
  for (const [name, check] of checkers) {
    const value = args[name];
    if (value !== null && value !== undefined) check(value, [name]);
  }
}
