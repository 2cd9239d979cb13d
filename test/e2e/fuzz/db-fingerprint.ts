// A cheap fingerprint of every table's rows: equal fingerprints mean nothing was written.
import { DataSource } from 'typeorm';

/**
 * Columns that legitimately change on a refused request: a key's `lastUsedAt` records that the
 * key was presented, whatever the answer.
 */
const VOLATILE_COLUMNS: Record<string, string[]> = { api_key: ['last_used_at'] };

export type Fingerprint = Record<string, string>;

export async function fingerprintQuery(dataSource: DataSource): Promise<string> {
  const tables = await dataSource.query<{ table_name: string }[]>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  return tables
    .map(({ table_name: table }) => {
      const row = (VOLATILE_COLUMNS[table] ?? []).reduce((expr, column) => `(${expr} - '${column}')`, 'to_jsonb(t)');
      return `SELECT '${table}' AS t, count(*)::text || ':' || coalesce(md5(string_agg(md5(${row}::text), '' ORDER BY md5(${row}::text))), '') AS h FROM "${table}" t`;
    })
    .join(' UNION ALL ');
}

export async function fingerprint(dataSource: DataSource, query: string): Promise<Fingerprint> {
  const rows = await dataSource.query<{ t: string; h: string }[]>(query);
  return Object.fromEntries(rows.map((r) => [r.t, r.h]));
}

/** The tables whose rows differ between two fingerprints. */
export const changedTables = (before: Fingerprint, after: Fingerprint) =>
  Object.keys({ ...before, ...after }).filter((table) => before[table] !== after[table]);
