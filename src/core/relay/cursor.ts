import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { BadUserInputError } from '../errors/app-errors';
import { isCalendarDay, isStorableText } from '../input/check-arguments';
import { isUuid } from './global-id';

/**
 * Cursors are base64url JSON arrays: a format tag, then the keys of the last row seen. A client can
 * send anything back, so every key is checked against what its column holds before SQL sees it: a
 * forged cursor is a BAD_USER_INPUT on `after` (INVALID_CURSOR), never a database error.
 */
export type KeyKind = 'uuid' | 'int' | 'bigint' | 'text' | 'date' | 'timestamp';

const MAX_TEXT_KEY = 1000;
const INT4 = 2 ** 31;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

const KEY_CHECKS: Record<KeyKind, (value: unknown) => boolean> = {
  uuid: (value) => typeof value === 'string' && isUuid(value),
  int: (value) => Number.isInteger(value) && (value as number) >= -INT4 && (value as number) < INT4,
  bigint: (value) => Number.isSafeInteger(value),
  text: (value) => typeof value === 'string' && value.length <= MAX_TEXT_KEY && isStorableText(value),
  // Year 0 exists in JavaScript but not in PostgreSQL.
  date: (value) => typeof value === 'string' && isCalendarDay(value) && value >= '0001',
  timestamp: (value) => typeof value === 'string' && INSTANT.test(value) && value >= '0001' && new Date(value).toISOString() === value,
};

export const isKey = (value: unknown, kind: KeyKind): boolean => KEY_CHECKS[kind](value);

export const invalidCursor = (message = '`after` is not a cursor returned by this list') => new BadUserInputError(message, 'after', 'INVALID_CURSOR');

export function encodeCursor(tag: string, parts: unknown[]): string {
  return Buffer.from(JSON.stringify([tag, ...parts])).toString('base64url');
}

/** The parts of a cursor with this tag whose keys are of these kinds (`null` kinds: checked by the caller). */
export function decodeCursor(text: string, tag: string, kinds: (KeyKind | null)[]): unknown[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(parsed) || parsed[0] !== tag || parsed.length !== kinds.length + 1) throw invalidCursor();
  const parts = parsed.slice(1);
  if (!parts.every((part, i) => kinds[i] === null || isKey(part, kinds[i]))) throw invalidCursor();
  return parts;
}

const COLUMN_KINDS: Record<string, KeyKind> = {
  uuid: 'uuid',
  int: 'int',
  integer: 'int',
  int4: 'int',
  smallint: 'int',
  bigint: 'bigint',
  int8: 'bigint',
  text: 'text',
  varchar: 'text',
  'character varying': 'text',
  date: 'date',
  timestamptz: 'timestamp',
  timestamp: 'timestamp',
  'timestamp with time zone': 'timestamp',
};

/** What the ordering column `alias.column_name` of a query holds, read from the entity's metadata. */
export function columnKind(query: SelectQueryBuilder<ObjectLiteral>, column: string): KeyKind {
  const [alias, name] = column.split('.');
  const metadata = query.expressionMap.findAliasByName(alias).metadata;
  const found = metadata.columns.find((c) => c.databaseName === name);
  const type = typeof found?.type === 'string' ? found.type : found?.type === String ? 'text' : undefined;
  const kind = type ? COLUMN_KINDS[type] : undefined;
  if (!kind) throw new Error(`No cursor key kind for ${column} (${String(found?.type)})`);
  return kind;
}
