import { DataSource, EntityManager } from 'typeorm';
import { vietnamDate } from '../../core/input/input-checks';
import { groupedLoader } from '../../core/loaders/by-id-loader';
import { Certification } from './certification.entity';
import { OcopProduct } from './ocop/ocop-product.entity';

/** SQL: organisation `column` holds a low-emission label GRANTED and valid on :labelDay (the caller binds it). */
export const holdsLabelSql = (column: string) =>
  `EXISTS (SELECT 1 FROM certification lbl WHERE lbl.organisation_id = ${column} AND lbl.scheme = 'LOW_EMISSION_LABEL'
     AND lbl.status = 'GRANTED' AND lbl.deleted_at IS NULL AND lbl.valid_from <= :labelDay AND lbl.valid_to >= :labelDay)`;

/** The low-emission labels of organisations valid today (Vietnam time), batched per request. */
export function labelsByOrganisationLoader(dataSource: DataSource) {
  return groupedLoader<Certification>(
    (organisationIds) =>
      dataSource
        .getRepository(Certification)
        .createQueryBuilder('c')
        .where(`c.organisation_id IN (:...organisationIds) AND c.scheme = 'LOW_EMISSION_LABEL' AND c.status = 'GRANTED' AND c.deleted_at IS NULL`, {
          organisationIds,
        })
        .andWhere('c.valid_from <= :today AND c.valid_to >= :today', { today: vietnamDate(new Date()) })
        .orderBy('c.valid_to', 'DESC')
        .getMany(),
    (c) => c.organisationId!,
  );
}

export interface LabelsGrantedInYear {
  year: number;
  labels: number;
}

/** Target count (VI.2): low-emission labels first granted in each year up to `toYear`, deleted ones left out. */
export function labelsGrantedByYear(manager: EntityManager, toYear: number): Promise<LabelsGrantedInYear[]> {
  return manager.query<LabelsGrantedInYear[]>(
    `SELECT extract(year FROM granted_on)::int AS year, count(*)::int AS labels
       FROM certification
      WHERE deleted_at IS NULL AND scheme = 'LOW_EMISSION_LABEL' AND granted_on IS NOT NULL AND granted_on <= make_date($1::int, 12, 31)
      GROUP BY 1 ORDER BY 1`,
    [toYear],
  );
}

/** Target count (VI.5): live OCOP products whose organisation holds a low-emission label valid on `day` (YYYY-MM-DD). */
export function countOcopProductsWithLabel(manager: EntityManager, day: string): Promise<number> {
  return manager
    .getRepository(OcopProduct)
    .createQueryBuilder('p')
    .where('p.deleted_at IS NULL')
    .andWhere(holdsLabelSql('p.organisation_id'), { labelDay: day })
    .getCount();
}
