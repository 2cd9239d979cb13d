import { EntityTarget, SelectQueryBuilder } from 'typeorm';
import { RequestContext } from '../../../core/context';
import { SyncedEntity } from '../../../core/db/synced-entity';
import { PageArgs } from '../../../core/relay/pagination';
import { OrderDirection, SyncedConnectionResult, listRecords } from '../../../core/relay/synced-list';

/** The conditions every register's filter may give (a register adds its own in `narrow`). */
export interface RegisterListFilter {
  administrativeUnitCode?: string | null;
}

/**
 * A register's list: live records oldest first, or with `updatedSince` the change feed with
 * tombstones (see listRecords). `narrow` adds the register's own filters to the query (alias `r`).
 */
export function listRegister<T extends SyncedEntity>(
  ctx: RequestContext,
  entity: EntityTarget<T>,
  page: PageArgs,
  filter: RegisterListFilter | null | undefined,
  updatedSince: Date | null | undefined,
  narrow: (query: SelectQueryBuilder<T>) => void,
): Promise<SyncedConnectionResult<T>> {
  const query = ctx.dataSource.getRepository(entity).createQueryBuilder('r');
  if (filter?.administrativeUnitCode) {
    query.andWhere('r.administrative_unit_id = (SELECT id FROM administrative_unit WHERE code = :unitCode)', {
      unitCode: filter.administrativeUnitCode.trim(),
    });
  }
  narrow(query);
  const sort = {
    name: 'CREATED_AT',
    column: 'r.created_at',
    kind: 'timestamp' as const,
    value: (row: T) => row.createdAt.toISOString(),
    direction: OrderDirection.ASC,
  };
  return listRecords(query, page, sort, updatedSince);
}
