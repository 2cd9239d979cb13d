import { EntityManager, In } from 'typeorm';
import { RequestContext } from '../../../core/context';
import { BadUserInputError } from '../../../core/errors/app-errors';
import { vietnamDate } from '../../../core/input/input-checks';
import { toGlobalId } from '../../../core/relay/global-id';
import { Agency, AgencyKind } from '../../agencies';
import { AdministrativeUnit, communesAndWards } from '../../geography';
import { tasksOfAgency, Section, Target, TargetPer, Task } from '../../plan';
import { agencyByCode, communeByCode } from '../../field-records';
import { budgetTotalsByTask } from '../budget/budget.service';
import { ImplementationStatus, ProgressReport, ReportState } from '../reports/progress-report.entity';
import { readableReportingAgencies } from '../reports/reporting-party';
import { isLate, periodKey } from '../reports/reporting-deadline.service';
import { PlanProgress, PlanProgressFilter, RecordCount, SectionProgress, TargetProgress, TaskProgress } from './plan-progress.types';
import { compare, targetWindow, thresholdOf } from './target-comparison';
import { MetricMeasure } from './measure.types';

/** Least favourable first: a task is as late as its latest reporter says. */
const STATUS_ORDER = [
  ImplementationStatus.DELAYED,
  ImplementationStatus.AT_RISK,
  ImplementationStatus.NOT_STARTED,
  ImplementationStatus.ON_TRACK,
  ImplementationStatus.COMPLETED,
];

interface Scope {
  agencyId: string | null;
  unit: AdministrativeUnit | null;
}

async function resolveScope(manager: EntityManager, filter: PlanProgressFilter | null | undefined): Promise<Scope> {
  let agencyId: string | null = null;
  let unit: AdministrativeUnit | null = null;
  if (filter?.agencyCode) agencyId = (await agencyByCode(manager, filter.agencyCode, 'filter.agencyCode')).id;
  if (filter?.administrativeUnitCode) {
    unit = await communeByCode(manager, filter.administrativeUnitCode, 'filter.administrativeUnitCode');
    const committee = await manager.getRepository(Agency).findOneByOrFail({ kind: AgencyKind.PEOPLES_COMMITTEE, administrativeUnitId: unit.id });
    agencyId ??= committee.id;
  }
  return { agencyId, unit };
}

/** task id → lead agencies, groups expanded to their members (the bodies that must report). */
export async function leadReporters(manager: EntityManager, taskIds: string[]): Promise<Map<string, Agency[]>> {
  const rows: { task_id: string; agency_id: string }[] = await manager.query(
    `SELECT ta.task_id, COALESCE(m.member_id, ta.agency_id) AS agency_id
       FROM task_agency ta JOIN agency a ON a.id = ta.agency_id
       LEFT JOIN agency_group_member m ON a.kind = 'GROUP' AND m.group_id = a.id
      WHERE ta.role = 'LEAD' AND ta.task_id = ANY($1)`,
    [taskIds],
  );
  const agencies = await manager.getRepository(Agency).findBy({ id: In([...new Set(rows.map((r) => r.agency_id))]) });
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const result = new Map<string, Agency[]>(taskIds.map((id) => [id, []]));
  for (const row of rows) result.get(row.task_id)!.push(byId.get(row.agency_id)!);
  return result;
}

const budgetSummary = (totals: { proposed: number; approved: number; disbursed: number } | undefined) => ({
  proposedVnd: totals?.proposed ?? 0,
  approvedVnd: totals?.approved ?? 0,
  disbursedVnd: totals?.disbursed ?? 0,
});

/** How a metric is measured in this process (the runtime's `targetMeasures`). */
export type MeasureFor = (metric: string) => MetricMeasure;

export async function measureTarget(
  manager: EntityManager,
  measureFor: MeasureFor,
  task: Task,
  target: Target,
  year: number,
  asOf: Date,
  units: AdministrativeUnit[],
  onlyUnit: AdministrativeUnit | null,
): Promise<TargetProgress> {
  const window = targetWindow(target, task, year);
  const measure = measureFor(target.metric);
  const measured = await measure.measure({ manager, task, target, ...window, unitIds: onlyUnit ? [onlyUnit.id] : null });
  const goal = thresholdOf(target);
  const base = {
    target,
    ...window,
    goal,
    source: measure.source,
    sourceDescription: measure.describe,
    reportIds: (measured.reportIds ?? []).map((id) => toGlobalId('ProgressReport', id)),
    recordIds: measured.recordIds ?? [],
    parts: (measured.parts ?? []).map((p) => ({ ...p, goal: p.goal ?? null, met: p.goal == null ? null : p.value >= p.goal })),
  };
  if (target.per !== TargetPer.COMMUNE && !measure.goalPerUnit) {
    return { ...base, actual: measured.value, comparison: compare(measured.value, goal, window.dueYear, asOf), communesTotal: null, communes: [] };
  }
  // Per commune (or a goal each unit must reach in the window): each unit's own count; the actual is how many units reach the goal.
  const counted = onlyUnit ? [onlyUnit] : units;
  const communes = counted.map((u) => {
    const value = measured.perUnit?.get(u.id) ?? 0;
    return { administrativeUnitCode: u.code, name: u.name, value, met: value >= (goal ?? 1) };
  });
  const met = communes.filter((c) => c.met).length;
  const actual = measured.value === null ? null : met;
  return { ...base, actual, comparison: compare(actual, counted.length, window.dueYear, asOf), communesTotal: counted.length, communes };
}

export async function planProgress(ctx: RequestContext, year: number, filter: PlanProgressFilter | null | undefined, asOf: Date): Promise<PlanProgress> {
  const manager = ctx.dataSource.manager;
  if (!Number.isInteger(year) || year < 2026 || year > 2035) throw new BadUserInputError('year must be within the plan, 2026-2035', 'year', 'OUT_OF_RANGE');
  const scope = await resolveScope(manager, filter);
  const sections = await manager.getRepository(Section).find({ order: { position: 'ASC' } });
  let tasks = await manager.getRepository(Task).find({ order: { ordinal: 'ASC' } });
  tasks = tasks.filter((t) => t.startYear <= year && t.endYear >= year);
  if (scope.agencyId) {
    const involved = await tasksOfAgency(manager, scope.agencyId);
    tasks = tasks.filter((t) => involved.has(t.id));
  }
  const taskIds = tasks.map((t) => t.id);
  const targets = await manager.getRepository(Target).find({ where: { taskId: In(taskIds) }, order: { metric: 'ASC' } });
  const units = await communesAndWards(manager);
  const readable = await readableReportingAgencies(manager, ctx.principal);
  const reports = (await manager.getRepository(ProgressReport).find({ where: { taskId: In(taskIds), year }, order: { id: 'ASC' } })).filter(
    (r) => r.state === ReportState.APPROVED || readable === 'ALL' || readable.includes(r.reportingAgencyId),
  );
  const leads = await leadReporters(manager, taskIds);
  const budgets = await budgetTotalsByTask(manager, year);

  const progressOf = async (task: Task): Promise<TaskProgress> => {
    const own = reports.filter((r) => r.taskId === task.id && (!scope.agencyId || r.reportingAgencyId === scope.agencyId));
    const annual = own.filter((r) => r.quarter === 0);
    const sent = annual.filter((r) => r.state === ReportState.SUBMITTED || r.state === ReportState.APPROVED);
    const statuses = sent.map((r) => r.status).sort((a, b) => STATUS_ORDER.indexOf(a) - STATUS_ORDER.indexOf(b));
    const reported = new Set(sent.map((r) => r.reportingAgencyId));
    const dueOn = await Promise.all(own.map((r) => ctx.loaders.reportDueOn.load(periodKey(r.year, r.quarter))));
    const measured: TargetProgress[] = [];
    for (const target of targets.filter((t) => t.taskId === task.id))
      measured.push(await measureTarget(manager, ctx.runtime.targetMeasures, task, target, year, asOf, units, scope.unit));
    return {
      task,
      status: statuses[0] ?? null,
      targets: measured,
      reports: own,
      missingReports: (leads.get(task.id) ?? []).filter((a) => !reported.has(a.id) && (!scope.agencyId || a.id === scope.agencyId)),
      lateReports: own.filter((r, i) => isLate(r, dueOn[i], asOf)),
      budget: budgetSummary(budgets.get(task.id)),
    };
  };

  const byTask = new Map<string, TaskProgress>();
  for (const task of tasks) byTask.set(task.id, await progressOf(task));
  const shown = sections
    .map((s) => ({ code: s.code, title: s.title, tasks: tasks.filter((t) => t.sectionId === s.id).map((t) => byTask.get(t.id)!) }))
    .filter((s) => s.tasks.length > 0);
  // Province-wide figures: a view filtered to an agency or a commune leaves them out rather than mislead.
  const countsScope = { year, asOf, provinceWide: !filter?.agencyCode && !filter?.administrativeUnitCode };
  const withScope: SectionProgress[] = shown.map((section) => ({ ...section, countsScope }));
  return { year, asOf, sections: withScope };
}

/**
 * The section's counts from the registers (section VI), in the view's year: resolved only when asked
 * (`SectionProgress.recordCounts`, the plan report's sheets), since each is a statement of its own.
 */
export async function sectionRecordCounts(ctx: RequestContext, section: Pick<SectionProgress, 'code' | 'countsScope'>): Promise<RecordCount[]> {
  const { year, asOf, provinceWide } = section.countsScope;
  if (!provinceWide) return [];
  const manager = ctx.dataSource.manager;
  const window = { fromYear: year, toYear: year };
  const today = vietnamDate(asOf);
  const counted: RecordCount[] = [];
  for (const count of ctx.runtime.sectionCounts.filter((c) => c.sectionCode === section.code)) {
    const { value, parts } = await count.count(manager, window, today);
    counted.push({
      taskCode: count.taskCode,
      key: count.key,
      label: count.label,
      unit: count.unit,
      ...window,
      value,
      sourceDescription: count.describe,
      parts: (parts ?? []).map((p) => ({ ...p, goal: null, met: null })),
    });
  }
  return counted;
}

/** A year's progress with every section's record counts, for readers that need them all (the plan report). */
export type PlanProgressWithCounts = Omit<PlanProgress, 'sections'> & { sections: (SectionProgress & { recordCounts: RecordCount[] })[] };

export async function withRecordCounts(ctx: RequestContext, progress: PlanProgress): Promise<PlanProgressWithCounts> {
  const sections = [];
  for (const section of progress.sections) sections.push({ ...section, recordCounts: await sectionRecordCounts(ctx, section) });
  return { ...progress, sections };
}
