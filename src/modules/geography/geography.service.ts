import { RequestContext } from '../../core/context';
import { accentInsensitiveMatch, containsPattern } from '../../core/db/text-search';
import { ConnectionResult } from '../../core/relay/connection';
import { PageArgs, paginate } from '../../core/relay/pagination';
import { AdministrativeUnitFilter } from './administrative-unit-filter.input';
import { AdministrativeUnit } from './administrative-unit.entity';

export async function listAdministrativeUnits(
  ctx: RequestContext,
  page: PageArgs,
  filter: AdministrativeUnitFilter | null | undefined,
): Promise<ConnectionResult<AdministrativeUnit>> {
  const query = ctx.dataSource.getRepository(AdministrativeUnit).createQueryBuilder('unit');
  if (filter?.kind) query.andWhere('unit.kind = :kind', { kind: filter.kind });
  if (filter?.parentCode) {
    query.andWhere('unit.parent_id = (SELECT id FROM administrative_unit WHERE code = :parentCode)', {
      parentCode: filter.parentCode.trim(),
    });
  }
  if (filter?.search !== null && filter?.search !== undefined) {
    query.andWhere(accentInsensitiveMatch(['unit.code', 'unit.name'], 'search'), {
      search: containsPattern(filter.search, 'filter.search'),
    });
  }
  return paginate(query, page, 'unit.code', (unit) => unit.code);
}

export function findAdministrativeUnitByCode(ctx: RequestContext, code: string): Promise<AdministrativeUnit | null> {
  return ctx.dataSource.getRepository(AdministrativeUnit).findOneBy({ code: code.trim() });
}
