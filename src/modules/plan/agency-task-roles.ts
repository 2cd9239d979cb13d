import { DataSource, EntityManager } from 'typeorm';
import { AgencyRole } from './task-agency.entity';

type Db = DataSource | EntityManager;

/**
 * Tasks on which the agency holds a role (any, or the one given), itself or as a member of a group the
 * plan names: "UBND các xã, phường" leads for every commune's People's Committee.
 */
export async function tasksOfAgency(db: Db, agencyId: string, role: AgencyRole | null = null): Promise<Set<string>> {
  const rows = await db.query<{ task_id: string }[]>(
    `SELECT DISTINCT ta.task_id FROM task_agency ta
      WHERE (ta.agency_id = $1 OR ta.agency_id IN (SELECT group_id FROM agency_group_member WHERE member_id = $1))
        AND ($2::agency_role IS NULL OR ta.role = $2::agency_role)`,
    [agencyId, role],
  );
  return new Set(rows.map((r) => r.task_id));
}

export async function agencyHasTaskRole(db: Db, agencyId: string, taskId: string, role: AgencyRole | null = null): Promise<boolean> {
  return (await tasksOfAgency(db, agencyId, role)).has(taskId);
}
