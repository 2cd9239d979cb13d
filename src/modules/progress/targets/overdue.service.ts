import { In } from 'typeorm';
import { RequestContext } from '../../../core/context';
import { communesAndWards } from '../../geography';
import { Target, Task } from '../../plan';
import { overdueFollowUps } from '../inspections/inspection.service';
import { ProgressReport, ReportState } from '../reports/progress-report.entity';
import { dueInstant } from '../reports/reporting-deadline.entity';
import { periodKey } from '../reports/reporting-deadline.service';
import { leadReporters, measureTarget } from './plan-progress.service';
import { MissingReport, OverdueItems, UnmetTarget } from './overdue.types';
import { TargetComparison, targetWindow } from './target-comparison';

const FIRST_YEAR = 2026;

/** Annual reports past their due day and not submitted, follow-ups past due, and targets whose period ended unmet. */
export async function overdueItems(ctx: RequestContext, asOf: Date): Promise<OverdueItems> {
  const manager = ctx.dataSource.manager;
  const tasks = await manager.getRepository(Task).find({ order: { ordinal: 'ASC' } });
  const leads = await leadReporters(
    manager,
    tasks.map((t) => t.id),
  );
  const sent = await manager.getRepository(ProgressReport).find({ where: { quarter: 0, state: In([ReportState.SUBMITTED, ReportState.APPROVED]) } });
  const sentKeys = new Set(sent.map((r) => `${r.taskId}/${r.reportingAgencyId}/${r.year}`));

  const reportsNotSubmitted: MissingReport[] = [];
  for (let year = FIRST_YEAR; year <= asOf.getUTCFullYear(); year++) {
    const dueOn = await ctx.loaders.reportDueOn.load(periodKey(year, 0));
    if (asOf <= dueInstant(dueOn)) continue;
    for (const task of tasks.filter((t) => t.startYear <= year && t.endYear >= year)) {
      for (const agency of leads.get(task.id) ?? []) {
        if (!sentKeys.has(`${task.id}/${agency.id}/${year}`)) reportsNotSubmitted.push({ task, agency, year, dueOn });
      }
    }
  }

  const units = await communesAndWards(manager);
  const targets = await manager.getRepository(Target).find({ order: { metric: 'ASC' } });
  const tasksEndedUnmet: UnmetTarget[] = [];
  for (const target of targets) {
    const task = tasks.find((t) => t.id === target.taskId)!;
    // Each window once, in the year it falls due: every year of a YEAR target, the end of a phase or of the task.
    for (const year of range(task.startYear, Math.min(task.endYear, asOf.getUTCFullYear()))) {
      if (targetWindow(target, task, year).dueYear !== year) continue;
      const progress = await measureTarget(manager, ctx.runtime.targetMeasures, task, target, year, asOf, units, null);
      if (progress.comparison === TargetComparison.BEHIND) tasksEndedUnmet.push({ task, target, goal: progress.goal, actual: progress.actual });
    }
  }
  return { asOf, reportsNotSubmitted, followUpsPastDue: await overdueFollowUps(manager, asOf), tasksEndedUnmet };
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
