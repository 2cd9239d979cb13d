import { RequestContext } from '../../../core/context';
import { vietnamDate } from '../../../core/input/input-checks';
import { decodeGlobalId } from '../../../core/relay/global-id';
import { PageArgs } from '../../../core/relay/pagination';
import { OrderDirection, RecordSort, SyncedConnectionResult, listRecords } from '../../../core/relay/synced-list';
import { holdsLabelSql } from '../certification-labels';
import { OcopProduct } from './ocop-product.entity';
import { OcopProductFilter, OcopProductOrder, OcopProductOrderField } from './ocop-product.inputs';

const SORTS: Record<OcopProductOrderField, Omit<RecordSort<OcopProduct>, 'direction'>> = {
  NAME: { name: 'NAME', column: 'p.name', kind: 'text', value: (p) => p.name },
  CREATED_AT: { name: 'CREATED_AT', column: 'p.created_at', kind: 'timestamp', value: (p) => p.createdAt.toISOString() },
  UPDATED_AT: { name: 'UPDATED_AT', column: 'p.updated_at', kind: 'timestamp', value: (p) => p.updatedAt.toISOString() },
};

export function listOcopProducts(
  ctx: RequestContext,
  page: PageArgs,
  filter: OcopProductFilter | null | undefined,
  orderBy: OcopProductOrder | null | undefined,
  updatedSince: Date | null | undefined,
): Promise<SyncedConnectionResult<OcopProduct>> {
  const query = ctx.dataSource.getRepository(OcopProduct).createQueryBuilder('p');
  if (filter?.administrativeUnitCode) {
    query.andWhere('p.administrative_unit_id = (SELECT id FROM administrative_unit WHERE code = :unitCode)', {
      unitCode: filter.administrativeUnitCode.trim(),
    });
  }
  if (filter?.organisationId) {
    query.andWhere('p.organisation_id = :organisationId', { organisationId: decodeGlobalId(filter.organisationId, 'Organisation', 'filter.organisationId') });
  }
  if (filter?.starRating != null) query.andWhere('p.star_rating = :stars', { stars: filter.starRating });
  if (filter?.carriesLowEmissionLabel != null) {
    query.andWhere(`${filter.carriesLowEmissionLabel ? '' : 'NOT '}${holdsLabelSql('p.organisation_id')}`, { labelDay: vietnamDate(new Date()) });
  }
  const sort = { ...SORTS[orderBy?.field ?? OcopProductOrderField.NAME], direction: orderBy?.direction ?? OrderDirection.ASC };
  return listRecords(query, page, sort, updatedSince);
}
