import { EntityManager } from 'typeorm';
import { RequestContext } from '../../core/context';
import { BadUserInputError } from '../../core/errors/app-errors';
import { isCalendarDay } from '../../core/input/check-arguments';
import { vietnamDate } from '../../core/input/input-checks';
import { tryDecodeGlobalId, isUuid } from '../../core/relay/global-id';
import { PageArgs } from '../../core/relay/pagination';
import { OrderDirection, RecordSort, SyncedConnectionResult, listRecords } from '../../core/relay/synced-list';
import { draftReadableUnits } from '../../core/auth/unit-scope';
import { cropCode } from '../organisations';
import { bodyOfCaller } from './certification-access';
import { shownStatusSql } from './certification-expiry';
import { Certification } from './certification.entity';
import { CertificationScheme, CertificationStatus, ONCE_GRANTED } from './certification.enums';
import { CertificationFilter, CertificationOrder, CertificationOrderField } from './certification.inputs';

const SORTS: Record<CertificationOrderField, Omit<RecordSort<Certification>, 'direction'>> = {
  CREATED_AT: { name: 'CREATED_AT', column: 'c.created_at', kind: 'timestamp', value: (c) => c.createdAt.toISOString() },
  UPDATED_AT: { name: 'UPDATED_AT', column: 'c.updated_at', kind: 'timestamp', value: (c) => c.updatedAt.toISOString() },
  STATUS_CHANGED_AT: { name: 'STATUS_CHANGED_AT', column: 'c.status_changed_at', kind: 'timestamp', value: (c) => c.statusChangedAt.toISOString() },
};

/** The column and id a holder's global ID selects; refused when it names neither an organisation nor a zone. */
export function holderColumn(globalId: string, field: string): { column: 'organisation_id' | 'production_zone_id'; id: string } {
  const decoded = tryDecodeGlobalId(globalId);
  if (decoded && isUuid(decoded.id)) {
    if (decoded.type === 'Organisation') return { column: 'organisation_id', id: decoded.id };
    if (decoded.type === 'ProductionZone') return { column: 'production_zone_id', id: decoded.id };
  }
  throw new BadUserInputError(`${field} must name an Organisation or a ProductionZone`, field, 'INVALID_ID');
}

/** Certifications: everyone sees those once granted; applications only the holder's communes and the province. */
export function listCertifications(
  ctx: RequestContext,
  page: PageArgs,
  filter: CertificationFilter | null | undefined,
  orderBy: CertificationOrder | null | undefined,
  updatedSince: Date | null | undefined,
): Promise<SyncedConnectionResult<Certification>> {
  const query = ctx.dataSource.getRepository(Certification).createQueryBuilder('c');
  const readable = draftReadableUnits(ctx.principal);
  if (readable !== 'ALL') {
    // A certification body's officers also see the applications their body reviews.
    query.andWhere('(c.status IN (:...granted) OR c.administrative_unit_ids && CAST(:units AS uuid[]) OR c.certification_body_id = :body)', {
      granted: ONCE_GRANTED,
      units: readable,
      body: bodyOfCaller(ctx),
    });
  }
  if (filter?.scheme) query.andWhere('c.scheme = :scheme', { scheme: filter.scheme });
  if (filter?.status) query.andWhere(shownStatusSql(filter.status), { shownStatus: filter.status, today: vietnamDate(new Date()) });
  if (filter?.holderId) {
    const { column, id } = holderColumn(filter.holderId, 'filter.holderId');
    query.andWhere(`c.${column} = :holder`, { holder: id });
  }
  if (filter?.crop) query.andWhere(':crop = ANY(c.crops)', { crop: cropCode(filter.crop, 'filter.crop') });
  if (filter?.administrativeUnitCode) {
    query.andWhere('c.administrative_unit_ids && ARRAY(SELECT id FROM administrative_unit WHERE code = :unitCode)', {
      unitCode: filter.administrativeUnitCode.trim(),
    });
  }
  if (filter?.validOn) {
    const day = filter.validOn.trim();
    if (!isCalendarDay(day)) throw new BadUserInputError('filter.validOn must be a date written YYYY-MM-DD', 'filter.validOn', 'INVALID_DATE');
    query.andWhere(`c.status = 'GRANTED' AND c.valid_from <= :day AND c.valid_to >= :day`, { day });
  }
  const sort = { ...SORTS[orderBy?.field ?? CertificationOrderField.CREATED_AT], direction: orderBy?.direction ?? OrderDirection.ASC };
  return listRecords(query, page, sort, updatedSince);
}

/** A certification valid on a day, as the public lot verification shows it. */
export interface ValidCertification {
  id: string;
  scheme: CertificationScheme;
  schemeName: string | null;
  certificateNumber: string | null;
  crops: string[];
  validFrom: string;
  validTo: string;
}

/**
 * The certifications and labels of a holder (raw organisation or zone id) valid on `day` (YYYY-MM-DD):
 * granted, not deleted, day within validFrom..validTo. What a lot's verification lists for its producer
 * and zone. A certification suspended, withdrawn or expired since is not valid on any day: its status
 * is read now, as a buyer scanning a code today must not see a label that was taken away.
 */
export async function certificationsValidAt(
  manager: EntityManager,
  holder: { organisationId?: string | null; productionZoneId?: string | null },
  day: string,
): Promise<ValidCertification[]> {
  if (!holder.organisationId && !holder.productionZoneId) return [];
  const rows = await manager
    .getRepository(Certification)
    .createQueryBuilder('c')
    .where('c.deleted_at IS NULL AND c.status = :granted AND c.valid_from <= :day AND c.valid_to >= :day', {
      granted: CertificationStatus.GRANTED,
      day,
    })
    .andWhere('(c.organisation_id = :organisationId OR c.production_zone_id = :zoneId)', {
      organisationId: holder.organisationId ?? null,
      zoneId: holder.productionZoneId ?? null,
    })
    .orderBy('c.scheme')
    .addOrderBy('c.valid_from')
    .getMany();
  return rows.map((c) => ({
    id: c.id,
    scheme: c.scheme,
    schemeName: c.schemeName,
    certificateNumber: c.certificateNumber,
    crops: c.crops,
    validFrom: c.validFrom!,
    validTo: c.validTo!,
  }));
}
