import { RequestContext } from '../../core/context';
import { accentInsensitiveMatch, containsPattern } from '../../core/db/text-search';
import { BadUserInputError, NotFoundError } from '../../core/errors/app-errors';
import { ConnectionResult } from '../../core/relay/connection';
import { decodeGlobalId } from '../../core/relay/global-id';
import { PageArgs, paginate } from '../../core/relay/pagination';
import { Plan } from './plan.entity';
import { Section } from './section.entity';
import { TaskFilter } from './task-filter.input';
import { Task } from './task.entity';
import { selectOnly } from '../../core/relay/selected-columns';

export async function listSections(ctx: RequestContext): Promise<Section[]> {
  return ctx.dataSource.getRepository(Section).find({ order: { position: 'ASC' } });
}

export async function findPlan(ctx: RequestContext): Promise<Plan> {
  const plan = await ctx.dataSource.getRepository(Plan).findOne({ where: {}, order: { startYear: 'ASC' } });
  if (!plan) throw new NotFoundError('Plan', '(none loaded)');
  return plan;
}

export async function findTaskByCode(ctx: RequestContext, code: string): Promise<Task | null> {
  return ctx.dataSource.getRepository(Task).findOneBy({ code: code.trim().toUpperCase() });
}

export async function listTasks(
  ctx: RequestContext,
  page: PageArgs,
  filter: TaskFilter | null | undefined,
  /** The column properties to read (see selectedColumns); null or omitted: all. */
  columns: string[] | null = null,
): Promise<ConnectionResult<Task>> {
  const query = ctx.dataSource.getRepository(Task).createQueryBuilder('task');
  selectOnly(query, columns);
  if (filter?.sectionCode) {
    query
      .innerJoin(Section, 'section', 'section.id = task.section_id')
      .andWhere('section.code = :sectionCode', { sectionCode: filter.sectionCode.trim().toUpperCase() });
  }
  if (filter?.agencyRole && !filter.agencyId) {
    throw new BadUserInputError('agencyRole needs agencyId', 'filter.agencyRole', 'REQUIRES_AGENCY_ID');
  }
  if (filter?.agencyId) {
    const agencyId = decodeGlobalId(filter.agencyId, 'Agency', 'filter.agencyId');
    // The agency itself or any group it belongs to holds the role.
    query.andWhere(
      `EXISTS (SELECT 1 FROM task_agency ta WHERE ta.task_id = task.id
                 AND (ta.agency_id = :agencyId
                      OR ta.agency_id IN (SELECT group_id FROM agency_group_member WHERE member_id = :agencyId))
                 ${filter.agencyRole ? 'AND ta.role = :agencyRole' : ''})`,
      { agencyId, agencyRole: filter.agencyRole },
    );
  }
  if (filter?.activeInYear !== null && filter?.activeInYear !== undefined) {
    query.andWhere('task.start_year <= :year AND task.end_year >= :year', { year: filter.activeInYear });
  }
  if (filter?.search !== null && filter?.search !== undefined) {
    query.andWhere(accentInsensitiveMatch(['task.code', 'task.title', "coalesce(task.expected_result, '')"], 'search'), {
      search: containsPattern(filter.search, 'filter.search'),
    });
  }
  return paginate(query, page, 'task.ordinal', (task) => task.ordinal);
}
