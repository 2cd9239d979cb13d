import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ConnectionResult } from './connection';
import { leanMany } from './lean-rows';
import { KeyKind, decodeCursor, encodeCursor, invalidCursor, isKey } from './cursor';

export type Direction = 'ASC' | 'DESC';

/** One ordering column (`alias.column_name`), what it holds, and a row's value in it. */
export interface KeyColumn<T> {
  column: string;
  kind: KeyKind;
  value: (row: T) => unknown;
  direction: Direction;
}

/**
 * A list's order and its cursor format. Cursors are `[tag, scope?, ...keys, ...state]`.
 * `keys` end in a unique column, so the order is total. `scope` names one of several orderings of a
 * list (a cursor only continues the one it came from); `state` is carried from the first page on.
 */
export interface Keyset<T> {
  tag: string;
  scope?: string;
  keys: KeyColumn<T>[];
  state?: KeyKind[];
}

export interface KeysetPage<T> extends ConnectionResult<T> {
  state: unknown[];
}

/** The keys and state of a cursor issued for this keyset; anything else is INVALID_CURSOR. */
export function readCursor<T>(text: string, keyset: Keyset<T>): { keys: unknown[]; state: unknown[] } {
  const scoped = keyset.scope === undefined ? 0 : 1;
  const state = keyset.state ?? [];
  // Shape first, then scope and keys: a cursor from another ordering of a scoped list is told so.
  const unchecked = Array<null>(scoped + keyset.keys.length).fill(null);
  const parts = decodeCursor(text, keyset.tag, [...unchecked, ...state]);
  const keys = parts.slice(scoped, scoped + keyset.keys.length);
  const otherOrder = scoped ? '`after` comes from a listing in another order' : undefined;
  if (scoped && parts[0] !== keyset.scope) throw invalidCursor(otherOrder);
  if (!keyset.keys.every((key, i) => isKey(keys[i], key.kind))) throw invalidCursor(otherOrder);
  return { keys, state: parts.slice(scoped + keyset.keys.length) };
}

const cursorOf = <T>(keyset: Keyset<T>, row: T, state: unknown[]) =>
  encodeCursor(keyset.tag, [...(keyset.scope === undefined ? [] : [keyset.scope]), ...keyset.keys.map((key) => key.value(row)), ...state]);

/**
 * Rows after `:after0, :after1, …` in the order of `keys`: one row comparison when every column runs
 * the same way (an index on the columns serves it), else the lexicographic expansion.
 */
export function afterClause(keys: Pick<KeyColumn<never>, 'column' | 'direction'>[], values: unknown[]) {
  const params = Object.fromEntries(values.map((value, i) => [`after${i}`, value]));
  const op = (direction: Direction) => (direction === 'ASC' ? '>' : '<');
  if (keys.every((key) => key.direction === keys[0].direction)) {
    return { sql: `(${keys.map((k) => k.column).join(', ')}) ${op(keys[0].direction)} (${keys.map((_, i) => `:after${i}`).join(', ')})`, params };
  }
  const terms = keys.map((key, i) =>
    [...keys.slice(0, i).map((k, j) => `${k.column} = :after${j}`), `${key.column} ${op(key.direction)} :after${i}`].join(' AND '),
  );
  return { sql: `((${terms.join(') OR (')}))`, params };
}

/**
 * Keyset pagination: one query per page (plus a lazy count), stable under inserts, unlike offsets.
 * `initialState` runs on a first page only; later pages carry the state in their cursors.
 */
export async function keysetPage<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  size: number,
  after: string | null | undefined,
  keyset: Keyset<T>,
  initialState: () => Promise<unknown[]> = async () => [],
): Promise<KeysetPage<T>> {
  const cursor = after ? readCursor(after, keyset) : null;
  const state = cursor ? cursor.state : await initialState();
  const pageQuery = query.clone().limit(size + 1);
  keyset.keys.forEach((key, i) => (i === 0 ? pageQuery.orderBy(key.column, key.direction) : pageQuery.addOrderBy(key.column, key.direction)));
  if (cursor) {
    const where = afterClause(keyset.keys, cursor.keys);
    pageQuery.andWhere(where.sql, where.params);
  }
  const rows = size === 0 ? [] : await leanMany(pageQuery);
  const edges = rows.slice(0, size).map((node) => ({ node, cursor: cursorOf(keyset, node, state) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: Boolean(after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    // The page ran on a clone, so the query still counts every page; nothing changes it after this.
    totalCount: () => query.getCount(),
    state,
  };
}
