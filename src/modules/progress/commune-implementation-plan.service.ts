import { Brackets, In } from 'typeorm';
import { draftReadableUnits } from '../../core/auth/unit-scope';
import { RequestContext } from '../../core/context';
import { UserError, userError } from '../../core/errors/user-error';
import { ConnectionResult } from '../../core/relay/connection';
import { PageArgs, paginate } from '../../core/relay/pagination';
import { runWrite } from '../../core/writes/write-pipeline';
import { recordAudit } from '../audit';
import { FileReferenceKind, replaceFileLinks, resolveFiles } from '../files';
import { AdministrativeUnit, AdministrativeUnitKind } from '../geography';
import { CommuneImplementationPlan, ImplementationPlanStatus } from './commune-implementation-plan.entity';
import { CommuneImplementationPlanFilter, SaveCommuneImplementationPlanInput } from './commune-implementation-plan.inputs';

export interface SavePlanResult {
  communeImplementationPlan: CommuneImplementationPlan | null;
  userErrors: UserError[];
}

export async function saveCommuneImplementationPlan(ctx: RequestContext, input: SaveCommuneImplementationPlanInput): Promise<SavePlanResult> {
  const failed = (field: string, code: string, message: string) => ({ communeImplementationPlan: null, userErrors: [userError(field, code, message)] });
  if (input.status === ImplementationPlanStatus.ADOPTED && ((!input.documentUrl && !input.fileIds?.length) || !input.adoptedOn)) {
    return failed('status', 'INCOMPLETE', 'An adopted plan needs documentUrl (or fileIds) and adoptedOn');
  }
  const unit = await ctx.dataSource.getRepository(AdministrativeUnit).findOneBy({ code: input.administrativeUnitCode });
  if (!unit || unit.kind === AdministrativeUnitKind.PROVINCE) {
    return failed('administrativeUnitCode', 'NOT_FOUND', `No commune or ward has code ${input.administrativeUnitCode}`);
  }
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'saveCommuneImplementationPlan',
    entityType: 'CommuneImplementationPlan',
    unit: { ...unit, field: 'input.administrativeUnitCode' },
    write: async (manager) => {
      const plans = manager.getRepository(CommuneImplementationPlan);
      // A row lock cannot hold a plan that does not exist yet: without this, two first saves for one
      // commune both insert and the second fails on the unique index.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`commune_implementation_plan:${unit.id}`]);
      const before = await plans.findOne({ where: { administrativeUnitId: unit.id }, lock: { mode: 'pessimistic_write' } });
      const files = await resolveFiles(ctx, manager, input.fileIds ?? [], 'input.fileIds');
      // Without a documentUrl the document is the first uploaded file, with its SHA-256.
      const document = input.documentUrl ? null : (files[0] ?? null);
      const fields = {
        administrativeUnitId: unit.id,
        title: input.title.trim(),
        documentUrl: input.documentUrl ?? document?.downloadUrl ?? null,
        documentSha256: input.documentSha256?.toLowerCase() ?? document?.sha256 ?? null,
        adoptedOn: input.adoptedOn ?? null,
        status: input.status,
      };
      const saved = await plans.save(before ? plans.merge(plans.create({ ...before }), fields) : plans.create(fields));
      await replaceFileLinks(manager, 'CommuneImplementationPlan', saved.id, files);
      await recordAudit(manager, ctx, {
        action: 'saveCommuneImplementationPlan',
        entityType: 'CommuneImplementationPlan',
        entityId: saved.id,
        before: before ? { ...before } : null,
        after: { ...saved, fileIds: files.map((file) => file.id) },
      });
      return saved;
    },
  });
  return { communeImplementationPlan: record, userErrors };
}

/** Adopted plans are public; drafts only for callers whose scope covers the unit. */
export function listCommuneImplementationPlans(
  ctx: RequestContext,
  page: PageArgs,
  filter: CommuneImplementationPlanFilter | null | undefined,
): Promise<ConnectionResult<CommuneImplementationPlan>> {
  const query = ctx.dataSource
    .getRepository(CommuneImplementationPlan)
    .createQueryBuilder('p')
    .innerJoin(AdministrativeUnit, 'unit', 'unit.id = p.administrative_unit_id');
  const drafts = draftReadableUnits(ctx.principal);
  if (drafts !== 'ALL') {
    query.andWhere(
      new Brackets((q) =>
        q
          .where('p.status = :adopted', { adopted: ImplementationPlanStatus.ADOPTED })
          .orWhere('p.administrative_unit_id = ANY(:draftUnits)', { draftUnits: drafts }),
      ),
    );
  }
  if (filter?.administrativeUnitCode) query.andWhere('unit.code = :code', { code: filter.administrativeUnitCode.trim() });
  if (filter?.status) query.andWhere('p.status = :status', { status: filter.status });
  // The id is unique and never changes: a stable (if arbitrary) order for cursors.
  return paginate(query, page, 'p.id', (plan) => plan.id);
}

/** For node(id:): the plan when the caller may see it, else null. */
export async function findVisiblePlan(ctx: RequestContext, plan: CommuneImplementationPlan | null): Promise<CommuneImplementationPlan | null> {
  if (!plan || plan.status === ImplementationPlanStatus.ADOPTED) return plan;
  const drafts = draftReadableUnits(ctx.principal);
  return drafts === 'ALL' || drafts.includes(plan.administrativeUnitId) ? plan : null;
}

/** Files of adopted plans are public; a draft's are for those who may read the draft. */
export const implementationPlanFiles: FileReferenceKind = {
  recordType: 'CommuneImplementationPlan',
  readable: async (ctx, ids) => {
    const plans = await ctx.dataSource.getRepository(CommuneImplementationPlan).findBy({ id: In([...ids]) });
    for (const plan of plans) if (await findVisiblePlan(ctx, plan)) return true;
    return false;
  },
};
