import { GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';
import { ClassType, Field, ObjectType, registerEnumType } from 'type-graphql';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { ConnectionResult, ConnectionType } from './connection';
import { keysetPage } from './keyset';
import { PageArgs, pageSize } from './pagination';
import { SyncedEntity } from '../db/synced-entity';

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(OrderDirection, { name: 'OrderDirection' });

export interface SyncedConnectionResult<T> extends ConnectionResult<T> {
  syncWatermark: Date;
}

/** A connection of synced records: the usual Relay fields plus the watermark for the next sync. */
export function SyncedConnectionType<T extends SyncedEntity>(nodeType: ClassType<T>, name: string) {
  @ObjectType()
  abstract class SyncedConnection extends ConnectionType(nodeType, name) {
    @Field({
      description:
        'Every change made before this instant is in this listing (all its pages). Send it as `updatedSince` on the next sync; ' +
        'a few records may come again, so apply them by id.',
    })
    syncWatermark: Date;
  }
  return SyncedConnection;
}

/** How a list is ordered: a non-null column and the value of a row in it (for the cursor). */
export interface RecordSort<T> {
  /** Name of the ordering, e.g. START_DATE; a cursor only continues the ordering it came from. */
  name: string;
  column: string;
  /** What the column holds, so a tampered cursor is refused rather than sent to SQL. */
  kind: 'text' | 'date' | 'timestamp';
  value: (row: T) => string;
  direction: OrderDirection;
}

/**
 * The instant before which every change is committed: the start of the oldest transaction still
 * open on this database (its rows carry that start as updated_at and are not visible yet), or now.
 * Sessions of the application's own database role are visible, which is all we need. Read through the
 * per-backend statistics functions rather than the pg_stat_activity view, which builds every
 * session's row (query text included) only for us to keep one timestamp: a tenth of the time.
 * A transaction snapshot (pg_current_snapshot) cannot replace it: a transaction that has not written
 * yet has no transaction id in it, yet stamps its later writes with its start.
 */
async function readWatermark(dataSource: DataSource): Promise<Date> {
  const [row] = await dataSource.query<{ watermark: Date }[]>(
    `SELECT date_trunc('milliseconds', LEAST(now(), (
       SELECT min(pg_stat_get_backend_xact_start(b)) FROM pg_stat_get_backend_idset() AS b
       WHERE pg_stat_get_backend_dbid(b) = (SELECT oid FROM pg_database WHERE datname = current_database())
         AND pg_stat_get_backend_pid(b) <> pg_backend_pid()))) AS watermark`,
  );
  return row.watermark;
}

const watermarksInFlight = new WeakMap<DataSource, Promise<Date>>();

/**
 * Lists that start while a watermark is being read share that read. Its answer holds for them too:
 * every transaction that started before it had committed when it was read, so it is visible to their
 * pages, whose queries run after it. Only simultaneous lists share; the next one reads afresh.
 */
function sharedWatermark(dataSource: DataSource): Promise<Date> {
  let reading = watermarksInFlight.get(dataSource);
  if (!reading) {
    reading = readWatermark(dataSource).finally(() => watermarksInFlight.delete(dataSource));
    watermarksInFlight.set(dataSource, reading);
  }
  return reading;
}

const timestampValue = (row: SyncedEntity) => row.updatedAt.toISOString();

/** The fields of a synced connection that carry the watermark: itself, and every cursor (its state). */
const WATERMARK_FIELDS: Record<string, Set<string> | true> = {
  syncWatermark: true,
  edges: new Set(['cursor']),
  pageInfo: new Set(['startCursor', 'endCursor']),
};

/**
 * Whether the selection of a synced connection field (the resolver's `info`) reads the watermark:
 * `syncWatermark`, an edge's `cursor`, `pageInfo.startCursor` or `endCursor`. When it does not (a
 * plain listing), listRecords can skip the watermark's statement. Fragments are followed; anything it
 * cannot follow counts as reading it.
 */
export function selectsWatermark(info: GraphQLResolveInfo): boolean {
  const reads = (set: SelectionSetNode | undefined, wanted: (name: string) => Set<string> | true | undefined): boolean =>
    (set?.selections ?? []).some((selection) => {
      if (selection.kind === Kind.INLINE_FRAGMENT) return reads(selection.selectionSet, wanted);
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = info.fragments[selection.name.value];
        return !fragment || reads(fragment.selectionSet, wanted);
      }
      const inner = wanted(selection.name.value);
      if (inner === true) return true;
      return inner !== undefined && reads(selection.selectionSet, (name) => (inner.has(name) ? true : undefined));
    });
  return info.fieldNodes.some((node) => reads(node.selectionSet, (name) => WATERMARK_FIELDS[name]));
}

/**
 * Lists synced records with keyset pagination on (sort column, id).
 * Without `updatedSince`: live records only, in the requested order. With it: the change feed, every
 * record changed at or after that instant, deleted ones included as tombstones, oldest change first.
 */
export async function listRecords<T extends SyncedEntity>(
  query: SelectQueryBuilder<T>,
  page: PageArgs,
  sort: RecordSort<T>,
  updatedSince: Date | null | undefined,
  /** False when the caller reads neither the watermark nor a cursor (see selectsWatermark): one statement less. */
  watermark = true,
): Promise<SyncedConnectionResult<T>> {
  const alias = query.alias;
  const size = pageSize(page.first);
  const order: RecordSort<T> = updatedSince
    ? { name: 'CHANGES', column: `${alias}.updated_at`, kind: 'timestamp', value: timestampValue, direction: OrderDirection.ASC }
    : sort;
  if (updatedSince) query.andWhere(`${alias}.updated_at >= :updatedSince`, { updatedSince });
  else query.andWhere(`${alias}.deleted_at IS NULL`);
  const keys = [
    { column: order.column, kind: order.kind, value: order.value, direction: order.direction },
    { column: `${alias}.id`, kind: 'uuid' as const, value: (row: T) => row.id, direction: order.direction },
  ];
  // Every page of one listing reports the watermark of its first page: later pages cannot vouch for
  // changes that landed behind the cursor meanwhile.
  const keyset = { tag: 'r1', scope: `${order.name}:${order.direction}`, keys, state: ['timestamp' as const] };
  // Without the watermark, its place in the state is null: an Invalid Date, which fails the answer
  // loudly rather than hand out a wrong watermark if it were read after all.
  const initialState = async () => [watermark ? (await sharedWatermark(query.connection)).toISOString() : null];
  const result = await keysetPage(query, size, page.after, keyset, initialState);
  return { ...result, syncWatermark: result.state[0] === null ? new Date(NaN) : new Date(result.state[0] as string) };
}
