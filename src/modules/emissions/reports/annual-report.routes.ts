import { Router } from 'express';
import { RouteDeps } from '../../../core/modules/api-module';
import { annualEmissionReport } from './annual-report.service';
import { annualReportWorkbook } from './annual-report.xlsx';

/** GET /reports/annual-emissions/:year.xlsx (mounted there) — the verified annual report; public like the inventory it shows. */
export function annualReportRoutes({ dataSource }: RouteDeps): Router {
  const router = Router();
  router.get('/:file', async (req, res, next) => {
    try {
      const match = /^(\d{4})\.xlsx$/.exec(req.params.file);
      if (!match) {
        res
          .status(400)
          .json({ errors: [{ message: 'Expected /reports/annual-emissions/<year>.xlsx', extensions: { code: 'BAD_USER_INPUT', field: 'year' } }] });
        return;
      }
      const report = await annualEmissionReport(dataSource.manager, Number(match[1]));
      if (!report) {
        res.status(404).json({ errors: [{ message: `No verified provincial inventory for ${match[1]}`, extensions: { code: 'NOT_FOUND' } }] });
        return;
      }
      const body = await annualReportWorkbook(report);
      res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      res.setHeader('Content-Disposition', `attachment; filename="daklak-crop-emissions-${report.year}-v${report.provincialInventory.version}.xlsx"`);
      res.send(body);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
