import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { byIdLoader, groupedLoader } from '../../core/loaders/by-id-loader';
import { linkedLoader } from '../../core/loaders/linked-loader';
import { leanRowsWhereAny } from '../../core/relay/lean-rows';
import { Agency } from '../agencies';
import { Plan } from './plan.entity';
import { Section } from './section.entity';
import { Target } from './target.entity';
import { AgencyRole } from './task-agency.entity';
import { Task } from './task.entity';

export interface TaskAgencies {
  lead: Agency[];
  coordinating: Agency[];
}

/** Key of `tasksByAgencyRole`: an agency id and a role, or all roles. */
export const agencyRoleKey = (agencyId: string, role: AgencyRole | null | undefined) => `${agencyId}|${role ?? '*'}`;

/** `agencyById` is the request's agency loader, so an agency named by many tasks is read once. */
export function createPlanLoaders(dataSource: DataSource, agencyById: DataLoader<string, Agency | null>) {
  const taskById = byIdLoader(dataSource, Task);
  const taskAgencyLinks = linkedLoader({
    fetchLinks: (taskIds): Promise<{ task_id: string; role: AgencyRole; agency_id: string }[]> =>
      dataSource.query('SELECT task_id, role, agency_id FROM task_agency WHERE task_id = ANY($1::uuid[]) ORDER BY position', [[...taskIds]]),
    keyOf: (link) => link.task_id,
    targetIdOf: (link) => link.agency_id,
    targets: agencyById,
  });
  return {
    planById: byIdLoader(dataSource, Plan),
    targetById: byIdLoader(dataSource, Target),
    sectionById: byIdLoader(dataSource, Section),
    taskById,
    tasksBySection: groupedLoader(
      (sectionIds) => leanRowsWhereAny(dataSource, Task, 'section_id', sectionIds, [['ordinal', 'ASC']]),
      (task) => task.sectionId,
    ),
    targetsByTask: groupedLoader(
      (taskIds) => leanRowsWhereAny(dataSource, Target, 'task_id', taskIds, [['metric', 'ASC']]),
      (target) => target.taskId,
    ),
    /** Lead and coordinating agencies of each task, in the plan's order; an agency may hold both roles. */
    taskAgencies: new DataLoader<string, TaskAgencies>(async (taskIds) => {
      const linked = await taskAgencyLinks.loadMany(taskIds);
      return linked.map((links) => {
        if (links instanceof Error) return links;
        const of = (role: AgencyRole) => links.filter(({ link }) => link.role === role).map(({ target }) => target);
        return { lead: of(AgencyRole.LEAD), coordinating: of(AgencyRole.COORDINATING) };
      });
    }),
    /** Tasks an agency has a role in, directly or through a group it belongs to. */
    tasksByAgencyRole: new DataLoader<string, Task[]>(async (keys) => {
      const parsed = keys.map((key) => key.split('|') as [string, AgencyRole | '*']);
      const agencyIds = [...new Set(parsed.map(([agencyId]) => agencyId))];
      // Fetch only the roles asked for (all of them when any key wants every role).
      const roles = parsed.some(([, role]) => role === '*') ? null : [...new Set(parsed.map(([, role]) => role))];
      const rows: { agency_id: string; task_id: string; role: AgencyRole }[] = await dataSource.query(
        `SELECT DISTINCT x.agency_id, ta.task_id, ta.role, t.ordinal
           FROM (SELECT id AS agency_id, id AS via FROM agency WHERE id = ANY($1::uuid[])
                 UNION ALL SELECT member_id, group_id FROM agency_group_member WHERE member_id = ANY($1::uuid[])) x
           JOIN task_agency ta ON ta.agency_id = x.via AND ($2::agency_role[] IS NULL OR ta.role = ANY($2::agency_role[]))
           JOIN task t ON t.id = ta.task_id
          ORDER BY t.ordinal`,
        [agencyIds, roles],
      );
      const loaded = await taskById.loadMany([...new Set(rows.map((r) => r.task_id))]);
      const taskMap = new Map(loaded.filter((t): t is Task => t instanceof Task).map((t) => [t.id, t]));
      const byAgency = new Map<string, typeof rows>();
      for (const row of rows) {
        if (!byAgency.has(row.agency_id)) byAgency.set(row.agency_id, []);
        byAgency.get(row.agency_id)!.push(row);
      }
      return parsed.map(([agencyId, role]) => {
        const ids = (byAgency.get(agencyId) ?? []).filter((r) => role === '*' || r.role === role).map((r) => r.task_id);
        return [...new Set(ids)].map((id) => taskMap.get(id)!);
      });
    }),
  };
}

declare module '../../core/loaders/loaders' {
  interface Loaders extends ReturnType<typeof createPlanLoaders> {}
}
