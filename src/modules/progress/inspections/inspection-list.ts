import { RequestContext } from '../../../core/context';
import { ConnectionResult } from '../../../core/relay/connection';
import { Keyset, keysetPage } from '../../../core/relay/keyset';
import { PageArgs, pageSize } from '../../../core/relay/pagination';
import { yearInPlan } from '../../../core/input/input-checks';
import { vietnamDate } from './inspection-checks';
import { Inspection } from './inspection.entity';
import { InspectionFilter } from './inspection.inputs';

const INSPECTION_ORDER: Keyset<Inspection> = {
  tag: 'i1',
  keys: [
    { column: 'i.inspected_on', kind: 'date', value: (i) => i.inspectedOn, direction: 'DESC' },
    { column: 'i.id', kind: 'uuid', value: (i) => i.id, direction: 'DESC' },
  ],
};

/** Inspections, latest first (keyset on inspection day, then id, so pages stay stable under inserts). */
export async function listInspections(ctx: RequestContext, page: PageArgs, filter: InspectionFilter | null | undefined): Promise<ConnectionResult<Inspection>> {
  const size = pageSize(page.first);
  const query = ctx.dataSource.getRepository(Inspection).createQueryBuilder('i');
  if (filter?.year != null) {
    const year = yearInPlan(filter.year, 'filter.year');
    query.andWhere('i.inspected_on BETWEEN :yearStart AND :yearEnd', { yearStart: `${year}-01-01`, yearEnd: `${year}-12-31` });
  }
  if (filter?.subjectKind) query.andWhere('i.subject_kind = :kind', { kind: filter.subjectKind });
  if (filter?.taskCode) query.andWhere('i.task_id IN (SELECT id FROM task WHERE code = :taskCode)', { taskCode: filter.taskCode.trim().toUpperCase() });
  if (filter?.administrativeUnitCode) {
    query.andWhere('i.administrative_unit_id IN (SELECT id FROM administrative_unit WHERE code = :unitCode)', {
      unitCode: filter.administrativeUnitCode.trim(),
    });
  }
  if (filter?.hasOverdueActions != null) {
    const overdue = `EXISTS (SELECT 1 FROM follow_up_action f WHERE f.inspection_id = i.id AND f.status = 'OPEN' AND f.due_on < :today)`;
    query.andWhere(filter.hasOverdueActions ? overdue : `NOT ${overdue}`, { today: vietnamDate(new Date()) });
  }
  return keysetPage(query, size, page.after, INSPECTION_ORDER);
}
