import { EntityManager } from 'typeorm';
import { AccessRule, isAllowed } from '../../../core/auth/access';
import { ReferenceRule, lockForWrite } from '../../../core/auth/references';
import { Role } from '../../../core/auth/roles';
import { RequestContext } from '../../../core/context';
import { BadUserInputError } from '../../../core/errors/app-errors';
import { UserError, userError } from '../../../core/errors/user-error';
import { isCalendarDay } from '../../../core/input/check-arguments';
import { optionalSha256, optionalUrl, requiredText, yearInPlan } from '../../../core/input/input-checks';
import { DeleteRecordInput } from '../../../core/input/record-inputs';
import { PageArgs } from '../../../core/relay/pagination';
import { assertEditable, softDelete } from '../../../core/writes/record-writes';
import { runWrite } from '../../../core/writes/write-pipeline';
import { recordAudit } from '../../audit';
import { OrderDirection, SyncedConnectionResult, listRecords } from '../../../core/relay/synced-list';
import { REPORT_READERS } from '../reports/progress-report.resolver';
import { PLAN_PHASES, PlanReportApproval, PlanReportKind } from './plan-report-approval.entity';
import { CreatePlanReportApprovalInput, PlanReportApprovalFilter, UpdatePlanReportApprovalInput } from './plan-report-approval.inputs';

const TYPE = 'PlanReportApproval';

/** Whoever reads progress reads which plan reports were approved. */
export const APPROVAL_READERS: AccessRule = REPORT_READERS;
/** Approving plan reports is the province's act: its officers record it. */
export const APPROVAL_WRITERS: AccessRule = { roles: [Role.PROVINCE_OFFICER] };

/** Province-wide records: changing one needs a province-wide scope. */
export const PLAN_REPORT_APPROVALS: ReferenceRule<PlanReportApproval> = {
  type: TYPE,
  entity: PlanReportApproval,
  unitOf: () => null,
  canRead: (ctx) => isAllowed(APPROVAL_READERS, ctx.principal),
  deletedAt: (approval) => approval.deletedAt,
};

const UNIQUE_INDEXES = {
  UQ_plan_report_approval_annual: userError('year', 'TAKEN', 'That year already has an approved annual report: update or delete it'),
  UQ_plan_report_approval_phase: userError('phase', 'TAKEN', 'That phase already has an approved review report: update or delete it'),
};

export interface PlanReportApprovalResult {
  planReportApproval: PlanReportApproval | null;
  userErrors: UserError[];
}

type Fields = Partial<Pick<PlanReportApproval, 'kind' | 'year' | 'phase' | 'decisionNumber' | 'decisionDate' | 'decisionBody' | 'fileSha256' | 'fileUrl'>>;

/** The first day the report can have been approved: the start of the year or phase it covers. */
const periodStart = (approval: Pick<PlanReportApproval, 'kind' | 'year' | 'phase'>) =>
  approval.kind === PlanReportKind.ANNUAL_IMPLEMENTATION ? `${approval.year}-01-01` : `${PLAN_PHASES[approval.phase!].from}-01-01`;

/** A real day, not before the period reported on, and not after today (Vietnam time) since it records what happened. */
function decisionDay(value: string, field: string, approval: Pick<PlanReportApproval, 'kind' | 'year' | 'phase'>): string {
  const day = value.trim();
  if (!isCalendarDay(day)) throw new BadUserInputError(`${field} must be a real day written YYYY-MM-DD`, field, 'INVALID_DATE');
  if (day < periodStart(approval)) throw new BadUserInputError(`${field} is before the period the report covers`, field, 'BEFORE_PERIOD');
  const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
  if (day > today) throw new BadUserInputError(`${field} is in the future`, field, 'IN_FUTURE');
  return day;
}

function sha256(value: string, field: string): string {
  const hash = optionalSha256(value, field);
  if (hash === null) throw new BadUserInputError(`${field} must not be empty`, field, 'REQUIRED');
  return hash;
}

/** Which report: a year for an annual report, a phase for a review, never both. */
function period(input: CreatePlanReportApprovalInput): Pick<PlanReportApproval, 'kind' | 'year' | 'phase'> {
  if (input.kind === PlanReportKind.ANNUAL_IMPLEMENTATION) {
    if (input.phase != null) throw new BadUserInputError('An annual report has no phase: omit phase', 'input.phase', 'NOT_ALLOWED');
    if (input.year == null) throw new BadUserInputError('An annual report needs its year', 'input.year', 'REQUIRED');
    return { kind: input.kind, year: yearInPlan(input.year, 'input.year'), phase: null };
  }
  if (input.year != null) throw new BadUserInputError('A phase review has no year: give phase', 'input.year', 'NOT_ALLOWED');
  if (input.phase == null) throw new BadUserInputError('A phase review needs its phase, 1 or 2', 'input.phase', 'REQUIRED');
  if (!PLAN_PHASES[input.phase]) throw new BadUserInputError('phase must be 1 or 2', 'input.phase', 'OUT_OF_RANGE');
  return { kind: input.kind, year: null, phase: input.phase };
}

function checkedFields(
  input: Partial<CreatePlanReportApprovalInput> | UpdatePlanReportApprovalInput,
  at: Pick<PlanReportApproval, 'kind' | 'year' | 'phase'>,
): Fields {
  const fields: Fields = {};
  if (input.decisionNumber != null) fields.decisionNumber = requiredText(input.decisionNumber, 'input.decisionNumber', 100);
  if (input.decisionDate != null) fields.decisionDate = decisionDay(input.decisionDate, 'input.decisionDate', at);
  if (input.decisionBody != null) fields.decisionBody = requiredText(input.decisionBody, 'input.decisionBody', 300);
  if (input.fileSha256 != null) fields.fileSha256 = sha256(input.fileSha256, 'input.fileSha256');
  if (input.fileUrl !== undefined) fields.fileUrl = optionalUrl(input.fileUrl, 'input.fileUrl');
  return fields;
}

const replay = (manager: EntityManager, id: string) => manager.getRepository(PlanReportApproval).findOneBy({ id });

export async function createPlanReportApproval(ctx: RequestContext, input: CreatePlanReportApprovalInput): Promise<PlanReportApprovalResult> {
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'createPlanReportApproval',
    entityType: TYPE,
    input,
    uniqueIndexes: UNIQUE_INDEXES,
    replay,
    prepare: async () => {
      const at = period(input);
      return { ...at, ...checkedFields(input, at) };
    },
    write: async (manager, fields) => {
      const repo = manager.getRepository(PlanReportApproval);
      const saved = await repo.save(repo.create({ fileUrl: null, ...fields }));
      await recordAudit(manager, ctx, { action: 'createPlanReportApproval', entityType: TYPE, entityId: saved.id, before: null, after: { ...saved } });
      return saved;
    },
  });
  return { planReportApproval: record, userErrors };
}

export async function updatePlanReportApproval(ctx: RequestContext, input: UpdatePlanReportApprovalInput): Promise<PlanReportApprovalResult> {
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'updatePlanReportApproval',
    entityType: TYPE,
    input,
    replay,
    write: async (manager) => {
      const before = await lockForWrite(ctx, manager, PLAN_REPORT_APPROVALS, input.id);
      assertEditable(before, TYPE, input.expectedVersion);
      const fields = checkedFields(input, before);
      const repo = manager.getRepository(PlanReportApproval);
      const saved = await repo.save(repo.merge(repo.create({ ...before }), fields));
      await recordAudit(manager, ctx, {
        action: 'updatePlanReportApproval',
        entityType: TYPE,
        entityId: before.id,
        before: { ...before },
        after: { ...saved },
      });
      return saved;
    },
  });
  return { planReportApproval: record, userErrors };
}

export async function deletePlanReportApproval(ctx: RequestContext, input: DeleteRecordInput): Promise<PlanReportApprovalResult> {
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'deletePlanReportApproval',
    entityType: TYPE,
    write: async (manager) => {
      const before = await lockForWrite(ctx, manager, PLAN_REPORT_APPROVALS, input.id);
      const after = await softDelete(manager, PlanReportApproval, TYPE, before, input.expectedVersion);
      if (after !== before) {
        await recordAudit(manager, ctx, {
          action: 'deletePlanReportApproval',
          entityType: TYPE,
          entityId: before.id,
          before: { ...before },
          after: { ...after },
        });
      }
      return after;
    },
  });
  return { planReportApproval: record, userErrors };
}

export function listPlanReportApprovals(
  ctx: RequestContext,
  page: PageArgs,
  filter: PlanReportApprovalFilter | null | undefined,
  updatedSince: Date | null | undefined,
): Promise<SyncedConnectionResult<PlanReportApproval>> {
  const query = ctx.dataSource.getRepository(PlanReportApproval).createQueryBuilder('a');
  if (filter?.kind) query.andWhere('a.kind = :kind', { kind: filter.kind });
  if (filter?.year != null) query.andWhere('a.year = :year', { year: filter.year });
  if (filter?.phase != null) query.andWhere('a.phase = :phase', { phase: filter.phase });
  const sort = {
    name: 'DECISION_DATE',
    column: 'a.decision_date',
    kind: 'date' as const,
    value: (a: PlanReportApproval) => a.decisionDate,
    direction: OrderDirection.ASC,
  };
  return listRecords(query, page, sort, updatedSince);
}

/** Approved reports of a kind: annual ones of the years given, reviews of the phases that end in them. */
export async function approvedPlanReports(manager: EntityManager, kind: PlanReportKind, fromYear: number, toYear: number): Promise<PlanReportApproval[]> {
  const query = manager.getRepository(PlanReportApproval).createQueryBuilder('a').where('a.kind = :kind AND a.deleted_at IS NULL', { kind });
  if (kind === PlanReportKind.ANNUAL_IMPLEMENTATION) query.andWhere('a.year BETWEEN :fromYear AND :toYear', { fromYear, toYear });
  else {
    const phases = Object.entries(PLAN_PHASES)
      .filter(([, p]) => p.from <= toYear && p.to >= fromYear)
      .map(([n]) => Number(n));
    query.andWhere('a.phase = ANY(:phases)', { phases });
  }
  return query.orderBy('a.decision_date').addOrderBy('a.id').getMany();
}
