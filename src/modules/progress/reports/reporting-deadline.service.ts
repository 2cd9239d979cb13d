import DataLoader from 'dataloader';
import { DataSource, EntityManager } from 'typeorm';
import { RequestContext } from '../../../core/context';
import { runWrite, writtenRecord } from '../../../core/writes/write-pipeline';
import { recordAudit } from '../../audit';
import { ProgressReport, ReportState } from './progress-report.entity';
import { ReportingDeadline, defaultDueOn, dueInstant } from './reporting-deadline.entity';
import { SetReportingDeadlineInput } from './progress-report.inputs';

export const periodKey = (year: number, quarter: number) => `${year}/${quarter}`;

/** Due dates by period, the province's setting or the default rule; one query per request. */
export function deadlineLoader(dataSource: DataSource): DataLoader<string, string> {
  return new DataLoader(async (keys) => {
    const rows = await dataSource.getRepository(ReportingDeadline).find();
    const set = new Map(rows.map((r) => [periodKey(r.year, r.quarter), r.dueOn]));
    return keys.map((key) => {
      const [year, quarter] = key.split('/').map(Number);
      return set.get(key) ?? defaultDueOn(year, quarter);
    });
  });
}

/** Late: submitted after the due day, or still not submitted once it has passed. */
export function isLate(report: Pick<ProgressReport, 'state' | 'submittedAt'>, dueOn: string, now: Date): boolean {
  const due = dueInstant(dueOn);
  if (report.submittedAt && report.state !== ReportState.DRAFT) return report.submittedAt > due;
  return now > due;
}

export async function setReportingDeadline(ctx: RequestContext, input: SetReportingDeadlineInput): Promise<ReportingDeadline> {
  const result = await runWrite(ctx, {
    operation: 'setReportingDeadline',
    entityType: 'ReportingDeadline',
    write: async (manager: EntityManager) => {
      const repo = manager.getRepository(ReportingDeadline);
      const before = await repo.findOneBy({ year: input.year, quarter: input.quarter });
      await repo.upsert({ year: input.year, quarter: input.quarter, dueOn: input.dueOn }, ['year', 'quarter']);
      const saved = await repo.findOneByOrFail({ year: input.year, quarter: input.quarter });
      await recordAudit(manager, ctx, {
        action: 'setReportingDeadline',
        entityType: 'ReportingDeadline',
        entityId: null,
        before: before ? { year: before.year, quarter: before.quarter, dueOn: before.dueOn } : null,
        after: { year: saved.year, quarter: saved.quarter, dueOn: saved.dueOn },
      });
      return saved;
    },
  });
  return writtenRecord(result);
}
