import { draftReadableUnits } from '../../../core/auth/unit-scope';
import { RequestContext } from '../../../core/context';
import { ConnectionResult } from '../../../core/relay/connection';
import { PageArgs, paginate } from '../../../core/relay/pagination';
import { AdministrativeUnit } from '../../geography/administrative-unit.entity';
import { ActivityRecord } from './activity-record.entity';
import { ActivityRecordFilter } from './activity-record.inputs';

/** Activity data is farm data: visible to its unit and to the province, never public. */
export function canReadActivity(ctx: RequestContext, unitId: string): boolean {
  const units = draftReadableUnits(ctx.principal);
  return units === 'ALL' || units.includes(unitId);
}

export function listActivityRecords(ctx: RequestContext, page: PageArgs, filter: ActivityRecordFilter | null | undefined): Promise<ConnectionResult<ActivityRecord>> {
  const query = ctx.dataSource.getRepository(ActivityRecord).createQueryBuilder('r');
  const units = draftReadableUnits(ctx.principal);
  if (units !== 'ALL') query.andWhere('r.administrative_unit_id = ANY(:units)', { units });
  if (filter?.administrativeUnitCode) {
    query.innerJoin(AdministrativeUnit, 'unit', 'unit.id = r.administrative_unit_id').andWhere('unit.code = :code', { code: filter.administrativeUnitCode.trim() });
  }
  if (filter?.year) query.andWhere('r.year = :year', { year: filter.year });
  if (filter?.scenario) query.andWhere('r.scenario = :scenario', { scenario: filter.scenario });
  if (filter?.season) query.andWhere('r.season = :season', { season: filter.season });
  if (filter?.cropCode) query.andWhere('r.crop_code = :crop', { crop: filter.cropCode });
  return paginate(query, page, 'r.id', (r) => r.id);
}
