import { DataSource } from 'typeorm';
import { byIdLoader } from '../../core/loaders/by-id-loader';
import { linkedLoader } from '../../core/loaders/linked-loader';
import { Agency } from './agency.entity';

export function createAgencyLoaders(dataSource: DataSource) {
  const agencyById = byIdLoader(dataSource, Agency);
  return {
    agencyById,
    /** Members of GROUP agencies, by group id, ordered by code; an agency may belong to several groups. */
    groupMembers: linkedLoader({
      fetchLinks: (groupIds): Promise<{ group_id: string; member_id: string }[]> =>
        dataSource.query(
          `SELECT m.group_id, m.member_id FROM agency_group_member m JOIN agency a ON a.id = m.member_id
            WHERE m.group_id = ANY($1::uuid[]) ORDER BY a.code`,
          [[...groupIds]],
        ),
      keyOf: (link) => link.group_id,
      targetIdOf: (link) => link.member_id,
      targets: agencyById,
    }),
  };
}

declare module '../../core/loaders/loaders' {
  interface Loaders extends ReturnType<typeof createAgencyLoaders> {}
}
