import { Extensions } from 'type-graphql';

/**
 * What an argument or input field accepts beyond its GraphQL type, checked once for every operation
 * by checkArguments (see check-arguments.ts). Declared next to the field with @Limit, or for a plain
 * @Arg with @ArgLimits on the operation (type-graphql keeps no extensions on plain arguments).
 */
export interface InputLimit {
  /** Numbers: the smallest accepted value; when absent, -max (the operation checks a narrower floor itself). */
  min?: number;
  /** Numbers: the largest accepted value. Every Int and Float input declares one. */
  max?: number;
  /** Numbers: only whole numbers (e.g. whole đồng). */
  integer?: boolean;
  /** Numbers: the smallest value is excluded (greater than zero). */
  positive?: boolean;
  /** Strings (and each string of a list): the most characters (UTF-16 code units). */
  maxLength?: number;
  /** Lists: the most items. */
  maxItems?: number;
  /** Strings: a real calendar day written YYYY-MM-DD, from 1900 to 2100. */
  format?: 'date';
  /**
   * Numbers: the operation checks this range itself, because it reports every issue of a value at
   * once (the emission engine's activity data): the range is documented here, enforced there.
   */
  checkedBy?: string;
}

/** The most characters of any string without a tighter limit (free text). */
export const MAX_TEXT_LENGTH = 10_000;
/** The most characters of a global ID (the longest this API issues is under 80). */
export const MAX_ID_LENGTH = 128;
/** The most items of any list without a tighter limit. */
export const MAX_LIST_ITEMS = 1000;
/** Floats without a declared range stay within ±this (exactly representable whole numbers). */
export const MAX_UNDECLARED_FLOAT = 1e15;
/** Instants (DateTimeISO) and days accepted anywhere: both PostgreSQL and JavaScript hold them exactly. */
export const FIRST_INSTANT = '1900-01-01T00:00:00.000Z';
export const END_OF_INSTANTS = '2200-01-01T00:00:00.000Z';
export const FIRST_DAY = '1900-01-01';
export const LAST_DAY = '2100-12-31';

/** Tighter caps for strings named like identifiers, wherever they appear (e.g. every `…Code`). */
const NAMED_MAX_LENGTHS: { pattern: RegExp; maxLength: number }[] = [
  { pattern: /^(code|.+Code|.+Codes)$/, maxLength: 50 },
  { pattern: /^(idempotencyKey)$/, maxLength: 100 },
  { pattern: /^(externalId)$/, maxLength: 200 },
  { pattern: /^(refreshToken|search|name|title|displayName|partnerName|hostName|fullName|organiserName|outlet)$/, maxLength: 500 },
  { pattern: /^(email)$/, maxLength: 254 },
  { pattern: /^(phone)$/, maxLength: 40 },
  { pattern: /^(password)$/, maxLength: 1024 },
  { pattern: /^(after)$/, maxLength: 2000 },
  { pattern: /^(url|.+Url)$/, maxLength: 2000 },
  { pattern: /^(sha256|.+Sha256)$/, maxLength: 64 },
];

/** The length cap of a string slot: declared, else by its name, else the free-text cap (IDs: MAX_ID_LENGTH). */
export function maxLengthOf(name: string, isId: boolean, limit: InputLimit | undefined): number {
  if (limit?.maxLength !== undefined) return limit.maxLength;
  if (isId) return MAX_ID_LENGTH;
  return NAMED_MAX_LENGTHS.find((rule) => rule.pattern.test(name))?.maxLength ?? MAX_TEXT_LENGTH;
}

/** The ranges used across the schema, so one kind of quantity has one bound everywhere. */
export const RANGES = {
  /** Any year; operations narrow it (writes to the plan period 2026-2035). */
  year: { min: 1900, max: 2100, integer: true },
  quarter: { min: 0, max: 4 },
  /** Versions a client sends back (expectedVersion): any Int; a wrong one is a CONFLICT. */
  version: { max: 2 ** 31 - 1 },
  /** Hectares of one record (the province has about 1.8 million). */
  hectares: { max: 1_000_000 },
  /** People or households at one event or in one pilot. */
  people: { min: 0, max: 1_000_000 },
  /** Tonnes per hectare (a pilot's yields). */
  tonnesPerHa: { max: 1000 },
  /** Whole đồng of one budget line: fits numeric(20,0) and stays an exact JavaScript number. */
  vnd: { max: 1e15, integer: true },
  /** A value reported against a plan target (studies, zones, reports, percentages). */
  targetValue: { max: 1e9 },
  /** A factor of a country-specific set: IPCC factors are all far below this. */
  factor: { max: 1e6 },
  minutes: { min: 0, max: 100_000 },
  position: { min: 1, max: 10_000 },
} as const satisfies Record<string, InputLimit>;

/** Declares what an input field accepts beyond its type (stored in the schema's field extensions). */
export const Limit = (limit: InputLimit): PropertyDecorator => Extensions({ limit });

/** Declares the limits of an operation's plain arguments, by argument name. */
export const ArgLimits = (limits: Record<string, InputLimit>): MethodDecorator => Extensions({ argLimits: limits });
