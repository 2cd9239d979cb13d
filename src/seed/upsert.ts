import { EntityManager } from 'typeorm';

export type Row = Record<string, string | number | null>;

/**
 * INSERT ... ON CONFLICT DO UPDATE that only touches rows whose values differ, so loading the same
 * data twice leaves every row (and its updated_at) exactly as it was.
 */
export async function upsertRows(
  manager: EntityManager,
  table: string,
  conflictColumns: string[],
  rows: Row[],
  options: { timestamps?: boolean } = {},
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  const updatable = columns.filter((c) => !conflictColumns.includes(c));
  const params: (string | number | null)[] = [];
  const values = rows.map((row) => `(${columns.map((c) => `$${params.push(row[c])}`).join(', ')})`).join(', ');
  const quote = (c: string) => `"${c}"`;
  const set = updatable.map((c) => `${quote(c)} = EXCLUDED.${quote(c)}`);
  if (options.timestamps !== false) set.push('"updated_at" = now()');
  const onConflict =
    updatable.length === 0
      ? 'DO NOTHING'
      : `DO UPDATE SET ${set.join(', ')} WHERE (${updatable.map((c) => `t.${quote(c)}`).join(', ')}) ` +
        `IS DISTINCT FROM (${updatable.map((c) => `EXCLUDED.${quote(c)}`).join(', ')})`;
  await manager.query(
    `INSERT INTO ${quote(table)} AS t (${columns.map(quote).join(', ')}) VALUES ${values} ` +
      `ON CONFLICT (${conflictColumns.map(quote).join(', ')}) ${onConflict}`,
    params,
  );
}

/** Maps a unique key column to ids after an upsert. */
export async function idsByKey(manager: EntityManager, table: string, keyColumn: string, where = 'TRUE', params: unknown[] = []) {
  const rows: { id: string; key: string }[] = await manager.query(`SELECT id, "${keyColumn}" AS key FROM "${table}" WHERE ${where}`, params);
  return new Map(rows.map((r) => [r.key, r.id]));
}
