import { Request, Response, Router } from 'express';
import { RouteDeps } from '../../../core/modules/api-module';
import { isAllowed } from '../../../core/auth/access';
import { REPORT_READERS } from '../reports/progress-report.resolver';
import { queryTallyStorage } from '../../../db/query-counter';
import { Agency } from '../../agencies';
import { RegisterSheets } from '../ports';
import { PHASES } from '../targets/target-comparison';
import { planProgress, withRecordCounts } from '../targets/plan-progress.service';
import { agencyNames, planReportWorkbook } from './plan-report.xlsx';
import { registerSheets } from './register-sheets';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function fail(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * GET /reports/plan-progress/<year>.xlsx and /reports/plan-phase/<1|2>.xlsx, for signed-in callers; the
 * registers' sheets come from the other modules through the progress ports.
 */
export function planReportRoutes({ dataSource, authenticate, contextOf }: RouteDeps, registers: RegisterSheets): Router {
  const router = Router();
  const send = async (req: Request, res: Response, title: string, years: number[], fileName: string) => {
    const ctx = contextOf(req, res);
    if (ctx.principal.kind === 'ANONYMOUS') return fail(res, 401, 'UNAUTHENTICATED', 'Sign in or send an API key to download plan reports');
    if (!isAllowed(REPORT_READERS, ctx.principal)) return fail(res, 403, 'FORBIDDEN', 'Plan reports are for officials and keys with progress:read');
    const asOf = new Date();
    const progress = [];
    for (const year of years) progress.push(await withRecordCounts(ctx, await planProgress(ctx, year, null, asOf)));
    const agencies = await dataSource.getRepository(Agency).find();
    const period = { fromYear: years[0], toYear: years[years.length - 1] };
    // One snapshot for the register sheets, so the conversions and the plan-against-conversion sheet agree.
    const sheets = await dataSource.transaction('REPEATABLE READ', (manager) => registerSheets(manager, ctx.principal, registers, period, years.length > 1));
    const body = await planReportWorkbook({ title, years: progress, agencyName: agencyNames(agencies), registerSheets: sheets });
    // The statements the report took, like the GraphQL operation line: a download must not grow with its rows.
    ctx.logger.info({ report: fileName, sqlStatements: queryTallyStorage.getStore()?.statements ?? null }, 'plan report');
    res.setHeader('Content-Type', XLSX);
    res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    res.send(body);
  };
  router.get('/plan-progress/:file', authenticate, async (req, res, next) => {
    const match = /^(\d{4})\.xlsx$/.exec(String(req.params.file));
    const year = Number(match?.[1]);
    if (!match || year < 2026 || year > 2035) return fail(res, 400, 'BAD_USER_INPUT', 'Expected /reports/plan-progress/<2026-2035>.xlsx');
    await send(
      req,
      res,
      `Báo cáo kết quả thực hiện Kế hoạch năm ${year} / Plan implementation report ${year}`,
      [year],
      `daklak-plan-report-${year}.xlsx`,
    ).catch(next);
  });
  router.get('/plan-phase/:file', authenticate, async (req, res, next) => {
    const match = /^([12])\.xlsx$/.exec(String(req.params.file));
    if (!match) return fail(res, 400, 'BAD_USER_INPUT', 'Expected /reports/plan-phase/<1|2>.xlsx');
    const phase = PHASES[Number(match[1]) - 1];
    const years = Array.from({ length: phase.to - phase.from + 1 }, (_, i) => phase.from + i);
    await send(
      req,
      res,
      `Báo cáo tổng kết giai đoạn ${phase.from}-${phase.to} / Phase review ${phase.from}-${phase.to}`,
      years,
      `daklak-plan-phase-${phase.from}-${phase.to}.xlsx`,
    ).catch(next);
  });
  return router;
}
