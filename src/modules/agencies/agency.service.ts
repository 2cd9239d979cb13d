import { RequestContext } from '../../core/context';
import { accentInsensitiveMatch, containsPattern } from '../../core/db/text-search';
import { ConnectionResult } from '../../core/relay/connection';
import { PageArgs, paginate } from '../../core/relay/pagination';
import { AdministrativeUnit } from '../geography';
import { AgencyFilter } from './agency-filter.input';
import { Agency } from './agency.entity';

export async function listAgencies(ctx: RequestContext, page: PageArgs, filter: AgencyFilter | null | undefined): Promise<ConnectionResult<Agency>> {
  const query = ctx.dataSource.getRepository(Agency).createQueryBuilder('agency');
  if (filter?.kind) query.andWhere('agency.kind = :kind', { kind: filter.kind });
  if (filter?.administrativeUnitCode) {
    query
      .innerJoin(AdministrativeUnit, 'unit', 'unit.id = agency.administrative_unit_id')
      .andWhere('unit.code = :unitCode', { unitCode: filter.administrativeUnitCode.trim() });
  }
  if (filter?.search !== null && filter?.search !== undefined) {
    query.andWhere(accentInsensitiveMatch(['agency.code', 'agency.name', 'agency.name_en'], 'search'), {
      search: containsPattern(filter.search, 'filter.search'),
    });
  }
  return paginate(query, page, 'agency.code', (agency) => agency.code);
}
