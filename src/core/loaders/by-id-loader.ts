import DataLoader from 'dataloader';
import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { leanMany } from '../relay/lean-rows';

/**
 * Batches lookups by primary key into one `WHERE id = ANY($1)` per tick (one statement text whatever
 * the batch size), its rows converted without TypeORM's general hydration (see leanMany).
 */
export function byIdLoader<T extends ObjectLiteral & { id: string }>(dataSource: DataSource, entity: EntityTarget<T>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await leanMany(
      dataSource
        .getRepository(entity)
        .createQueryBuilder('found')
        .where('found.id = ANY(:ids)', { ids: [...ids] }),
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Batches one-to-many lookups (e.g. tasks by section) into one query per tick. */
export function groupedLoader<T>(fetch: (keys: readonly string[]) => Promise<T[]>, keyOf: (row: T) => string): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
    for (const row of await fetch(keys)) groups.get(keyOf(row))?.push(row);
    return keys.map((k) => groups.get(k)!);
  });
}
