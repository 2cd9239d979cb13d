import { EntityManager } from 'typeorm';
import { ParsedPlan } from './appendix/appendix.types';
import { AgencyRole } from '../modules/plan';
import { Row, idsByKey, upsertRows } from './upsert';

/** Loads the plan, its sections, tasks, agency roles and targets from the parsed appendix. */
export async function loadPlan(
  manager: EntityManager,
  plan: { code: string; sourceDocument: string },
  parsed: ParsedPlan,
  agencyIds: Map<string, string>,
): Promise<{ planId: string; tasks: number }> {
  const tasks = parsed.sections.flatMap((s) => s.tasks.map((t) => ({ ...t, sectionCode: s.code })));
  await upsertRows(
    manager,
    'plan',
    ['code'],
    [
      {
        code: plan.code,
        title: parsed.title,
        start_year: Math.min(...tasks.map((t) => t.startYear)),
        end_year: Math.max(...tasks.map((t) => t.endYear)),
        source_document: plan.sourceDocument,
      },
    ],
  );
  const planId = (await idsByKey(manager, 'plan', 'code', 'code = $1', [plan.code])).get(plan.code)!;

  await upsertRows(
    manager,
    'section',
    ['plan_id', 'code'],
    parsed.sections.map((s) => ({ plan_id: planId, code: s.code, position: s.position, title: s.title })),
  );
  const sectionIds = await idsByKey(manager, 'section', 'code', 'plan_id = $1', [planId]);

  await upsertRows(
    manager,
    'task',
    ['plan_id', 'code'],
    tasks.map((t, index) => ({
      plan_id: planId,
      code: t.code,
      section_id: sectionIds.get(t.sectionCode)!,
      ordinal: index + 1,
      title: t.title,
      start_year: t.startYear,
      end_year: t.endYear,
      expected_result: t.expectedResult,
      lead_agency_text: t.leadText,
      coordinating_agency_text: t.coordinatingText,
    })),
  );
  const taskIds = await idsByKey(manager, 'task', 'code', 'plan_id = $1', [planId]);

  const agencyId = (code: string, task: string) => {
    const id = agencyIds.get(code);
    if (!id) throw new Error(`Task ${task} names agency ${code}, which is not in the agency catalogue`);
    return id;
  };
  const roles: Row[] = tasks.flatMap((t) => [
    ...t.leadAgencyCodes.map((code, i) => ({ task_id: taskIds.get(t.code)!, role: AgencyRole.LEAD, agency_id: agencyId(code, t.code), position: i + 1 })),
    ...t.coordinatingAgencyCodes.map((code, i) => ({
      task_id: taskIds.get(t.code)!,
      role: AgencyRole.COORDINATING,
      agency_id: agencyId(code, t.code),
      position: i + 1,
    })),
  ]);
  const targets: Row[] = tasks.flatMap((t) =>
    t.targets.map((target) => ({
      task_id: taskIds.get(t.code)!,
      metric: target.metric,
      description: target.description,
      unit: target.unit,
      min_value: target.minValue,
      max_value: target.maxValue,
      per: target.per,
    })),
  );
  const planTaskIds = [...taskIds.values()];
  // Remove roles and targets the plan no longer states, then upsert the current ones.
  await manager.query(
    `DELETE FROM task_agency r WHERE r.task_id = ANY($1::uuid[]) AND NOT EXISTS (
       SELECT 1 FROM jsonb_to_recordset($2::jsonb) AS d(task_id uuid, role agency_role, agency_id uuid)
       WHERE d.task_id = r.task_id AND d.role = r.role AND d.agency_id = r.agency_id)`,
    [planTaskIds, JSON.stringify(roles)],
  );
  await manager.query(
    `DELETE FROM target g WHERE g.task_id = ANY($1::uuid[]) AND NOT EXISTS (
       SELECT 1 FROM jsonb_to_recordset($2::jsonb) AS d(task_id uuid, metric text)
       WHERE d.task_id = g.task_id AND d.metric = g.metric)`,
    [planTaskIds, JSON.stringify(targets)],
  );
  await upsertRows(manager, 'task_agency', ['task_id', 'role', 'agency_id'], roles, { timestamps: false });
  await upsertRows(manager, 'target', ['task_id', 'metric'], targets);
  return { planId, tasks: tasks.length };
}
