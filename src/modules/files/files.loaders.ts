import { DataSource } from 'typeorm';
import { byIdLoader } from '../../core/loaders/by-id-loader';
import { linkedLoader } from '../../core/loaders/linked-loader';
import { StoredFile } from './stored-file.entity';

interface LinkRow {
  key: string;
  file_id: string;
}

export function createFileLoaders(dataSource: DataSource) {
  const storedFileById = byIdLoader(dataSource, StoredFile);
  const linked = linkedLoader<LinkRow, StoredFile>({
    // One query for the links of every record asked for in this tick, in each record's order.
    fetchLinks: (keys) => {
      const pairs = keys.map((key) => key.split(':'));
      return dataSource.query(
        `SELECT l.record_type || ':' || l.record_id AS key, l.file_id
           FROM stored_file_links l
           JOIN unnest($1::varchar[], $2::uuid[]) AS k(record_type, record_id)
             ON k.record_type = l.record_type AND k.record_id = l.record_id
          ORDER BY l.position`,
        [pairs.map(([type]) => type), pairs.map(([, id]) => id)],
      );
    },
    keyOf: (link) => link.key,
    targetIdOf: (link) => link.file_id,
    targets: storedFileById,
  });
  return {
    storedFileById,
    /** Key: `<recordType>:<recordId>`; the record's files in their order. */
    filesOfRecord: {
      load: async (key: string): Promise<StoredFile[]> => (await linked.load(key)).map(({ target }) => target),
    },
  };
}

declare module '../../core/loaders/loaders' {
  interface Loaders extends ReturnType<typeof createFileLoaders> {}
}
