import { ArgsType, Field, Int } from 'type-graphql';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { BadUserInputError } from '../errors/app-errors';
import { ConnectionResult } from './connection';
import { columnKind, decodeCursor, encodeCursor as encodeRowCursor } from './cursor';
import { Limit } from '../input/input-limits';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size: default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}.` })
  @Limit({ min: 0, max: MAX_PAGE_SIZE })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor.' })
  after?: string | null;
}

type CursorKey = string | number;
const CURSOR_TAG = 'c1';

export const encodeCursor = (key: CursorKey): string => encodeRowCursor(CURSOR_TAG, [key]);

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (first < 0) throw new BadUserInputError('`first` must not be negative', 'first', 'NEGATIVE');
  if (first > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`\`first\` must be at most ${MAX_PAGE_SIZE}, got ${first}`, 'first', 'TOO_LARGE');
  }
  return first;
}

/**
 * Keyset pagination over one unique, ordered column (`alias.column`), read from `keyOf(row)`, in `direction`.
 * Stable under inserts, unlike offsets; runs one query per page plus a lazy count. The cursor's key is
 * checked against the column's type (from the entity metadata) before it reaches SQL.
 */
export async function paginate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  args: PageArgs,
  sortColumn: string,
  keyOf: (row: T) => CursorKey,
  direction: 'ASC' | 'DESC' = 'ASC',
): Promise<ConnectionResult<T>> {
  const size = pageSize(args.first);
  const countQuery = query.clone();
  const pageQuery = query
    .clone()
    .orderBy(sortColumn, direction)
    .limit(size + 1);
  if (args.after) {
    const [afterKey] = decodeCursor(args.after, CURSOR_TAG, [columnKind(query, sortColumn)]);
    pageQuery.andWhere(`${sortColumn} ${direction === 'ASC' ? '>' : '<'} :afterKey`, { afterKey });
  }
  const rows = size === 0 ? [] : await pageQuery.getMany();
  const edges = rows.slice(0, size).map((node) => ({ node, cursor: encodeCursor(keyOf(node)) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: () => countQuery.getCount(),
  };
}
