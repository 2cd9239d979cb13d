import { DataSource } from 'typeorm';
import { byIdLoader, groupedLoader } from '../../core/loaders/by-id-loader';
import { Agency } from './agency.entity';

export function createAgencyLoaders(dataSource: DataSource) {
  return {
    agencyById: byIdLoader(dataSource, Agency),
    /** Members of GROUP agencies, by group id. */
    groupMembers: groupedLoader(
      async (groupIds) => {
        const rows = await dataSource
          .getRepository(Agency)
          .createQueryBuilder('a')
          .innerJoin('agency_group_member', 'm', 'm.member_id = a.id')
          .addSelect('m.group_id', 'group_id')
          .where('m.group_id = ANY(:groupIds)', { groupIds: [...groupIds] })
          .orderBy('a.code')
          .getRawAndEntities();
        return rows.entities.map((agency, i) => ({ groupId: rows.raw[i].group_id as string, agency }));
      },
      (row) => row.groupId,
    ),
  };
}
