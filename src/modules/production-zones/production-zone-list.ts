import { EntityManager } from 'typeorm';
import { RequestContext } from '../../core/context';
import { decodeGlobalId } from '../../core/relay/global-id';
import { PageArgs } from '../../core/relay/pagination';
import { OrderDirection, RecordSort, SyncedConnectionResult, listRecords } from '../../core/relay/synced-list';
import { cropCode } from '../field-records';
import { ProductionZone } from './production-zone.entity';
import { ProductionZoneFilter, ProductionZoneOrder, ProductionZoneOrderField } from './production-zone.inputs';

const SORTS: Record<ProductionZoneOrderField, Omit<RecordSort<ProductionZone>, 'direction'>> = {
  CODE: { name: 'CODE', column: 'z.code', kind: 'text', value: (z) => z.code },
  CREATED_AT: { name: 'CREATED_AT', column: 'z.created_at', kind: 'timestamp', value: (z) => z.createdAt.toISOString() },
  UPDATED_AT: { name: 'UPDATED_AT', column: 'z.updated_at', kind: 'timestamp', value: (z) => z.updatedAt.toISOString() },
};

export function listProductionZones(
  ctx: RequestContext,
  page: PageArgs,
  filter: ProductionZoneFilter | null | undefined,
  orderBy: ProductionZoneOrder | null | undefined,
  updatedSince: Date | null | undefined,
): Promise<SyncedConnectionResult<ProductionZone>> {
  const query = ctx.dataSource.getRepository(ProductionZone).createQueryBuilder('z');
  if (filter?.administrativeUnitCode) {
    query.andWhere('z.administrative_unit_ids && ARRAY(SELECT id FROM administrative_unit WHERE code = :unitCode)', {
      unitCode: filter.administrativeUnitCode.trim(),
    });
  }
  if (filter?.crop) query.andWhere('z.crop = :crop', { crop: cropCode(filter.crop, 'filter.crop') });
  if (filter?.status) query.andWhere('z.status = :status', { status: filter.status });
  if (filter?.organisationId) {
    const organisationId = decodeGlobalId(filter.organisationId, 'Organisation', 'filter.organisationId');
    query.andWhere(
      `(CAST(:organisationId AS uuid) = ANY(z.member_organisation_ids) OR z.enterprise_links @> jsonb_build_array(jsonb_build_object('buyerOrganisationId', CAST(:organisationId AS text))))`,
      {
        organisationId,
      },
    );
  }
  const sort = { ...SORTS[orderBy?.field ?? ProductionZoneOrderField.CODE], direction: orderBy?.direction ?? OrderDirection.ASC };
  return listRecords(query, page, sort, updatedSince);
}

/**
 * What target PRODUCTION_ZONES (task VI.1) counts: zones established by 31 December of `year` and not
 * dissolved by then (deleted records never count).
 */
export async function countEstablishedZones(manager: EntityManager, year: number): Promise<number> {
  const [row] = await manager.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM production_zone
      WHERE deleted_at IS NULL AND established_on <= make_date($1::int, 12, 31)
        AND (dissolved_on IS NULL OR dissolved_on > make_date($1::int, 12, 31))`,
    [year],
  );
  return row.n;
}
