import { EntityManager } from 'typeorm';
import { RequestContext } from '../../core/context';
import { PageArgs } from '../../core/relay/pagination';
import { OrderDirection, RecordSort, SyncedConnectionResult, listRecords } from '../../core/relay/synced-list';
import { cropCode } from '../field-records';
import { mayReadDrafts } from './criteria-set-access';
import { CriteriaSet } from './criteria-set.entity';
import { CriteriaSetStatus } from './criteria-set.enums';
import { CriteriaSetFilter, CriteriaSetOrder, CriteriaSetOrderField } from './criteria-set.inputs';

const SORTS: Record<CriteriaSetOrderField, Omit<RecordSort<CriteriaSet>, 'direction'>> = {
  CROP: { name: 'CROP', column: 'c.crop', kind: 'text', value: (c) => c.crop },
  CREATED_AT: { name: 'CREATED_AT', column: 'c.created_at', kind: 'timestamp', value: (c) => c.createdAt.toISOString() },
  UPDATED_AT: { name: 'UPDATED_AT', column: 'c.updated_at', kind: 'timestamp', value: (c) => c.updatedAt.toISOString() },
};

/** Criteria sets; drafts only for callers who may read them. */
export function listCriteriaSets(
  ctx: RequestContext,
  page: PageArgs,
  filter: CriteriaSetFilter | null | undefined,
  orderBy: CriteriaSetOrder | null | undefined,
  updatedSince: Date | null | undefined,
): Promise<SyncedConnectionResult<CriteriaSet>> {
  const query = ctx.dataSource.getRepository(CriteriaSet).createQueryBuilder('c');
  if (!mayReadDrafts(ctx)) query.andWhere('c.status <> :draft', { draft: CriteriaSetStatus.DRAFT });
  if (filter?.crop) query.andWhere('c.crop = :crop', { crop: cropCode(filter.crop, 'filter.crop') });
  if (filter?.status) query.andWhere('c.status = :status', { status: filter.status });
  const sort = { ...SORTS[orderBy?.field ?? CriteriaSetOrderField.CROP], direction: orderBy?.direction ?? OrderDirection.ASC };
  return listRecords(query, page, sort, updatedSince);
}

export interface AdoptedCriteriaByCrop {
  crop: string;
  /** Sets of the crop adopted by the end of the year (superseded ones included: each was adopted). */
  adoptedSets: number;
  /** The version in force at the end of the year. */
  versionInForce: number;
}

/**
 * What target LOW_EMISSION_CRITERIA_SETS (task III.2) counts: per crop, the sets adopted by a
 * decision dated on or before 31 December of `year`, and the version in force then.
 */
export async function adoptedCriteriaSetsByCrop(manager: EntityManager, year: number): Promise<AdoptedCriteriaByCrop[]> {
  return manager.query<AdoptedCriteriaByCrop[]>(
    `SELECT crop, count(*)::int AS "adoptedSets", max(set_version)::int AS "versionInForce"
       FROM criteria_set
      WHERE deleted_at IS NULL AND status IN ('ADOPTED', 'SUPERSEDED') AND decision_date <= make_date($1::int, 12, 31)
      GROUP BY crop ORDER BY crop`,
    [year],
  );
}
