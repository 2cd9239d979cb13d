import { Response, Router } from 'express';
import { isAllowed } from '../../../core/auth/access';
import { RouteDeps } from '../../../core/modules/api-module';
import { NATIONAL_SUBMISSION_READERS, verifiedSources } from '../national-submissions.resolver';
import { nationalSubmissionWorkbook } from './national-submission.xlsx';
import { buildSubmissionDocumentV2 } from './submission-v2';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function fail(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** GET /reports/national-submission/<year>.xlsx: the @2 tables of the verified inventory, same readers as `nationalSubmissions`. */
export function nationalSubmissionRoutes({ authenticate, contextOf }: RouteDeps): Router {
  const router = Router();
  router.get('/:file', authenticate, async (req, res, next) => {
    try {
      const ctx = contextOf(req, res);
      if (ctx.principal.kind === 'ANONYMOUS') return fail(res, 401, 'UNAUTHENTICATED', 'Sign in or send an API key to download the national submission');
      if (!isAllowed(NATIONAL_SUBMISSION_READERS, ctx.principal))
        return fail(res, 403, 'FORBIDDEN', 'The national submission is for province officers, verifiers and keys with inventory:read');
      const match = /^(\d{4})\.xlsx$/.exec(String(req.params.file));
      const year = Number(match?.[1]);
      if (!match || year < 1990 || year > 2100) return fail(res, 400, 'BAD_USER_INPUT', 'Expected /reports/national-submission/<year>.xlsx');
      const [source] = await verifiedSources(ctx, year);
      if (!source) return fail(res, 404, 'NOT_FOUND', `No verified provincial inventory for ${year}`);
      const document = buildSubmissionDocumentV2(source);
      res.setHeader('Content-Type', XLSX);
      res.setHeader('Content-Disposition', `attachment; filename="daklak-national-submission-${year}-v${document.inventory.version}.xlsx"`);
      res.setHeader('X-Document-SHA256', document.documentSha256);
      res.send(await nationalSubmissionWorkbook(document));
    } catch (error) {
      next(error);
    }
  });
  return router;
}
