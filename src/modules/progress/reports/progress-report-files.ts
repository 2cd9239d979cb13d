import { In } from 'typeorm';
import { isAllowed } from '../../../core/auth/access';
import { FileReferenceKind } from '../../files';
import { ProgressReport } from './progress-report.entity';
import { REPORT_READERS } from './progress-report.resolver';
import { canReadReport } from './progress-report.service';

/** Evidence files are read by those who may read the report (approved: every reader; drafts: its reporters and the province). */
export const progressReportFiles: FileReferenceKind = {
  recordType: 'ProgressReport',
  readable: async (ctx, ids) => {
    if (!isAllowed(REPORT_READERS, ctx.principal)) return false;
    const reports = await ctx.dataSource.getRepository(ProgressReport).findBy({ id: In([...ids]) });
    for (const report of reports) if (await canReadReport(ctx, report)) return true;
    return false;
  },
};
