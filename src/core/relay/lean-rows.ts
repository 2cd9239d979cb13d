import { DataSource, Driver, EntityMetadata, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DriverUtils } from 'typeorm/driver/DriverUtils';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/**
 * The rows of a list query as entities, converted the way `getMany` converts them but at a fraction of
 * its cost on a page of 100 rows: TypeORM groups raw rows by primary key (for joined relations), walks
 * every entity for load listeners and sends every value of every column down the driver's chain of
 * type checks. Here each column gets its conversion once per entity metadata: none for the types the
 * driver passes through (uuid, text, numbers, json), the driver's own for the rest (enum arrays,
 * dates, value transformers). Rows become instances of the entity class (`resolveType` reads the
 * constructor). Only for a query that selects the root entity's columns (all, or some as
 * `alias.property`: the others stay unset) and nothing else; any other query keeps `getMany`.
 */
export async function leanMany<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): Promise<T[]> {
  if (!isLean(query)) return query.getMany();
  const alias = query.expressionMap.mainAlias!;
  const columns = columnsOf(query.connection.driver, alias.metadata, alias.name);
  const raw = await query.getRawMany<Record<string, unknown>>();
  return raw.map((row) => {
    const entity = alias.metadata.create(undefined, { fromDeserializer: true }) as T;
    for (const column of columns) {
      const value = row[column.key];
      if (value !== undefined) column.set(entity, column.convert(value));
    }
    return entity;
  });
}

interface LeanColumn {
  key: string;
  convert: (value: unknown) => unknown;
  set: (entity: ObjectLiteral, value: unknown) => void;
}

const columnCache = new WeakMap<EntityMetadata, Map<string, LeanColumn[]>>();

function columnsOf(driver: Driver, metadata: EntityMetadata, aliasName: string): LeanColumn[] {
  let byAlias = columnCache.get(metadata);
  if (!byAlias) columnCache.set(metadata, (byAlias = new Map()));
  let found = byAlias.get(aliasName);
  if (!found) {
    found = metadata.columns
      .filter((column) => !column.isVirtual)
      .map((column) => ({
        // The key TypeORM gives the column in raw rows: `alias_column`, hashed when too long.
        key: DriverUtils.buildAlias(driver, undefined, aliasName, column.databaseName),
        convert: converterOf(driver, column),
        set: column.embeddedMetadata
          ? (entity: ObjectLiteral, value: unknown) => column.setEntityValue(entity, value)
          : (entity: ObjectLiteral, value: unknown) => ((entity as Record<string, unknown>)[column.propertyName] = value),
      }));
    byAlias.set(aliasName, found);
  }
  return found;
}

/** Column types PostgresDriver.prepareHydratedValue converts; every other type it returns as pg gave it. */
const CONVERTED_TYPES = new Set<unknown>([
  Boolean,
  Number,
  Date,
  'datetime',
  'date',
  'time',
  'vector',
  'halfvec',
  'hstore',
  'simple-array',
  'simple-json',
  'cube',
]);
const TIMESTAMP_TYPES = new Set<unknown>(['timestamp', 'timestamptz', 'timestamp with time zone', 'timestamp without time zone']);
const ENUM_TYPES = new Set<unknown>(['enum', 'simple-enum']);

function converterOf(driver: Driver, column: ColumnMetadata): (value: unknown) => unknown {
  const driverWay = (value: unknown) => driver.prepareHydratedValue(value, column);
  if (column.transformer || CONVERTED_TYPES.has(column.type)) return driverWay;
  // pg parses timestamps into Dates already; the driver turns only strings into Dates.
  if (TIMESTAMP_TYPES.has(column.type)) return (value) => (value instanceof Date ? value : driverWay(value));
  if (ENUM_TYPES.has(column.type)) {
    // The driver turns values into numbers only for numeric enum members; ours are strings.
    if (!(column.enum ?? []).every((member) => typeof member === 'string')) return driverWay;
    if (!column.isArray) return (value) => value;
    // pg returns enum arrays as text: `{A,B}`. Without quotes or escapes it is a plain split.
    return (value) => (typeof value === 'string' && value.length > 2 && !/["\\]/.test(value) ? value.slice(1, -1).split(',') : driverWay(value));
  }
  return (value) => value;
}

/** Only the root entity, whole, with no listener, subscriber, inheritance or selected join to honour. */
function isLean(query: SelectQueryBuilder<ObjectLiteral>): boolean {
  const map = query.expressionMap;
  const root = map.mainAlias;
  if (!root?.hasMetadata) return false;
  const metadata = root.metadata;
  if (metadata.afterLoadListeners.length > 0 || metadata.childEntityMetadatas.length > 0 || metadata.discriminatorColumn) return false;
  if (map.relationIdAttributes.length > 0) return false;
  // The whole entity, or some of its column properties (`alias.property`); columns not selected stay unset.
  const whole = map.selects.length === 1 && map.selects[0].selection === root.name;
  const someColumns =
    map.selects.length > 0 &&
    map.selects.every(
      ({ selection, aliasName }) =>
        aliasName === undefined &&
        selection.startsWith(`${root.name}.`) &&
        metadata.columns.some((c) => !c.embeddedMetadata && !c.isVirtual && c.propertyName === selection.slice(root.name.length + 1)),
    );
  if (!whole && !someColumns) return false;
  return map.joinAttributes.every((join) => !join.isSelected) && query.connection.subscribers.length === 0;
}

/**
 * The rows of `entity` whose `column` (a database column name) is one of `keys`, in `orderBy` order
 * (database column names), converted as leanMany converts them. One statement text whatever the
 * number of keys (`= ANY($1)`), unlike `find({ where: { x: In(keys) } })`, which sends `IN ($1, …, $n)`
 * and hydrates through TypeORM's general path: what a loader of a one-to-many relation needs.
 */
export function leanRowsWhereAny<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  column: string,
  keys: readonly string[],
  orderBy: [column: string, direction: 'ASC' | 'DESC'][],
): Promise<T[]> {
  const query = dataSource
    .getRepository(entity)
    .createQueryBuilder('found')
    .where(`found.${column} = ANY(:keys)`, { keys: [...keys] });
  orderBy.forEach(([name, direction], i) => (i === 0 ? query.orderBy(`found.${name}`, direction) : query.addOrderBy(`found.${name}`, direction)));
  return leanMany(query);
}
