import { ArgsType, Field, Int } from 'type-graphql';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { BadUserInputError } from '../errors/app-errors';
import { ConnectionResult } from './connection';
import { columnKind, encodeCursor as encodeRowCursor } from './cursor';
import { Direction, keysetPage } from './keyset';
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

/** Pages a list ordered by one unique column (`alias.column`), read from `keyOf(row)`, in `direction`. */
export async function paginate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  args: PageArgs,
  sortColumn: string,
  keyOf: (row: T) => CursorKey,
  direction: Direction = 'ASC',
): Promise<ConnectionResult<T>> {
  // The key's kind comes from the entity metadata, so a cursor is checked against the column's type.
  const key = { column: sortColumn, kind: columnKind(query, sortColumn), value: keyOf, direction };
  return keysetPage(query, pageSize(args.first), args.after, { tag: CURSOR_TAG, keys: [key] });
}
