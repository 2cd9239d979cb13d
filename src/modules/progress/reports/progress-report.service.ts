import { Brackets, EntityManager } from 'typeorm';
import { ReferenceRule, resolveReference } from '../../../core/auth/references';
import { OUT_OF_SCOPE } from '../../../core/auth/unit-scope';
import { RequestContext } from '../../../core/context';
import { ConflictError, ForbiddenError, LockedError } from '../../../core/errors/app-errors';
import { ConnectionResult } from '../../../core/relay/connection';
import { PageArgs, paginate } from '../../../core/relay/pagination';
import { rejectWrite } from '../../../core/writes/record-writes';
import { runWrite } from '../../../core/writes/write-pipeline';
import { Agency, AgencyKind } from '../../agencies';
import { recordAudit } from '../../audit';
import { replaceFileLinks, resolveFiles } from '../../files';
import { AdministrativeUnit } from '../../geography';
import { agencyHasTaskRole, Target, Task } from '../../plan';
import { ProgressReport, ReportState } from './progress-report.entity';
import { CreateProgressReportInput, ProgressReportFilter, ProgressReportPayload, UpdateProgressReportInput } from './progress-report.inputs';
import { TargetValue } from './progress-report.values';
import { isProvinceLevel, mayReportFor, readableReportingAgencies } from './reporting-party';

const TYPE = 'ProgressReport';

/** Refuses a caller who may not write in the agency's name; `field` named the agency (or the report). */
function assertMayReportFor(ctx: RequestContext, agency: Agency, field: string): void {
  if (!mayReportFor(ctx.principal, agency)) throw new ForbiddenError(`You may not report for ${agency.name}`, OUT_OF_SCOPE, { field });
}

/** The input field that chose the reporting agency of a new report. */
const agencyField = (input: CreateProgressReportInput) =>
  input.reportingAgencyCode || !input.administrativeUnitCode ? 'input.reportingAgencyCode' : 'input.administrativeUnitCode';

/** The agency a new report speaks for: named, a commune's People's Committee, or the caller's own. */
async function reportingAgency(ctx: RequestContext, manager: EntityManager, input: CreateProgressReportInput): Promise<Agency | string> {
  const agencies = manager.getRepository(Agency);
  if (input.reportingAgencyCode) return (await agencies.findOneBy({ code: input.reportingAgencyCode.trim() })) ?? 'reportingAgencyCode';
  if (input.administrativeUnitCode) {
    const unit = await manager.getRepository(AdministrativeUnit).findOneBy({ code: input.administrativeUnitCode.trim() });
    return (unit && (await agencies.findOneBy({ kind: AgencyKind.PEOPLES_COMMITTEE, administrativeUnitId: unit.id }))) ?? 'administrativeUnitCode';
  }
  const { principal } = ctx;
  if (principal.kind === 'USER' && principal.agencyId) return (await agencies.findOneBy({ id: principal.agencyId })) ?? 'reportingAgencyCode';
  if (principal.kind === 'USER' && principal.administrativeUnitId) {
    return (await agencies.findOneBy({ kind: AgencyKind.PEOPLES_COMMITTEE, administrativeUnitId: principal.administrativeUnitId })) ?? 'administrativeUnitCode';
  }
  return 'reportingAgencyCode';
}

/**
 * Reported values must name targets of the task that no record measures, once each; the first that
 * does not refuses the write. A number the records show is never typed.
 */
async function checkTargetValues(ctx: RequestContext, manager: EntityManager, taskId: string, values: TargetValue[]): Promise<void> {
  const metrics = new Set((await manager.getRepository(Target).findBy({ taskId })).map((t) => t.metric));
  const seen = new Set<string>();
  for (const [index, value] of values.entries()) {
    if (!metrics.has(value.metric))
      rejectWrite(
        `targetValues[${index}].metric`,
        'UNKNOWN_METRIC',
        `The task has no target ${value.metric}; its targets: ${[...metrics].join(', ') || 'none'}`,
      );
    if (ctx.runtime.targetMeasures(value.metric).source === 'RECORDS') {
      rejectWrite(`targetValues[${index}].metric`, 'MEASURED_FROM_RECORDS', `${value.metric} is counted from the records; it is not reported`);
    }
    if (seen.has(value.metric)) rejectWrite(`targetValues[${index}].metric`, 'DUPLICATE', `${value.metric} is given twice`);
    if (!Number.isFinite(value.value) || value.value < 0) rejectWrite(`targetValues[${index}].value`, 'NEGATIVE', 'A target value must be zero or more');
    seen.add(value.metric);
  }
}

export async function createProgressReport(ctx: RequestContext, input: CreateProgressReportInput): Promise<ProgressReportPayload> {
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'createProgressReport',
    entityType: TYPE,
    write: async (manager) => {
      const task = await manager.getRepository(Task).findOneBy({ code: input.taskCode.trim() });
      if (!task) return rejectWrite('taskCode', 'NOT_FOUND', `No task has code ${input.taskCode}`);
      const agency = await reportingAgency(ctx, manager, input);
      if (typeof agency === 'string')
        return rejectWrite(agency, 'NOT_FOUND', 'Say which agency or commune reports (reportingAgencyCode or administrativeUnitCode)');
      assertMayReportFor(ctx, agency, agencyField(input));
      if (!(await agencyHasTaskRole(manager, agency.id, task.id))) {
        rejectWrite('reportingAgencyCode', 'NOT_INVOLVED', `${agency.name} neither leads nor coordinates task ${task.code}`);
      }
      if (input.year < task.startYear || input.year > task.endYear)
        rejectWrite('year', 'OUT_OF_RANGE', `Task ${task.code} runs ${task.startYear}-${task.endYear}`);
      await checkTargetValues(ctx, manager, task.id, input.targetValues);
      const files = await resolveFiles(ctx, manager, input.fileIds ?? [], 'input.fileIds');
      const reports = manager.getRepository(ProgressReport);
      if (await reports.existsBy({ taskId: task.id, reportingAgencyId: agency.id, year: input.year, quarter: input.quarter })) {
        rejectWrite('year', 'TAKEN', `${agency.name} already has a report on ${task.code} for this period; update it instead`);
      }
      const saved = await reports.save(
        reports.create({
          taskId: task.id,
          reportingAgencyId: agency.id,
          administrativeUnitId: agency.kind === AgencyKind.PEOPLES_COMMITTEE ? agency.administrativeUnitId : null,
          year: input.year,
          quarter: input.quarter,
          status: input.status,
          state: ReportState.DRAFT,
          narrative: input.narrative,
          difficulties: input.difficulties,
          proposals: input.proposals,
          evidence: input.evidence.map((e) => ({ ...e })),
          targetValues: input.targetValues.map((v) => ({ ...v })),
          stateReason: null,
          submittedAt: null,
          approvedAt: null,
          approvedById: null,
        }),
      );
      await replaceFileLinks(manager, TYPE, saved.id, files);
      const after = { ...saved, fileIds: files.map((file) => file.id) };
      await recordAudit(manager, ctx, { action: 'createProgressReport', entityType: TYPE, entityId: saved.id, after });
      return saved;
    },
  });
  return { progressReport: record, userErrors };
}

/**
 * Reports as the subject of a change: one the caller may not read (another commune's draft) does not
 * exist for it. Who may change a visible one is the reporting agency's question (mayReportFor).
 */
export const PROGRESS_REPORTS: ReferenceRule<ProgressReport> = {
  type: TYPE,
  entity: ProgressReport,
  unitOf: (report) => report.administrativeUnitId,
  canRead: (ctx, report, db) => canReadReport(ctx, report, db),
};

async function loadForChange(ctx: RequestContext, manager: EntityManager, globalId: string): Promise<{ report: ProgressReport; agency: Agency }> {
  const report = await resolveReference(ctx, manager, PROGRESS_REPORTS, globalId, 'input.id', { scope: 'ANY_VISIBLE', missing: 'NOT_FOUND', lock: true });
  const agency = await manager.getRepository(Agency).findOneByOrFail({ id: report.reportingAgencyId });
  return { report, agency };
}

export async function updateProgressReport(ctx: RequestContext, input: UpdateProgressReportInput): Promise<ProgressReportPayload> {
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'updateProgressReport',
    entityType: TYPE,
    write: async (manager) => {
      const { report, agency } = await loadForChange(ctx, manager, input.id);
      assertMayReportFor(ctx, agency, 'input.id');
      if (report.state === ReportState.APPROVED) throw new LockedError('The report is approved; the province must reopen it before it can change');
      if (report.state === ReportState.SUBMITTED) throw new LockedError('The report is submitted; it can change once the province returns it');
      if (report.version !== input.expectedVersion) {
        throw new ConflictError(`The report is at version ${report.version}, not ${input.expectedVersion}; reload it`, 'STALE_VERSION', {
          currentVersion: report.version,
        });
      }
      if (input.targetValues) await checkTargetValues(ctx, manager, report.taskId, input.targetValues);
      const files = input.fileIds ? await resolveFiles(ctx, manager, input.fileIds, 'input.fileIds') : null;
      if (files) await replaceFileLinks(manager, TYPE, report.id, files);
      const before = { ...report };
      const changes = {
        ...(input.status ? { status: input.status } : {}),
        ...(input.narrative != null ? { narrative: input.narrative } : {}),
        ...(input.difficulties != null ? { difficulties: input.difficulties } : {}),
        ...(input.proposals != null ? { proposals: input.proposals } : {}),
        ...(input.evidence ? { evidence: input.evidence.map((e) => ({ ...e })) } : {}),
        ...(input.targetValues ? { targetValues: input.targetValues.map((v) => ({ ...v })) } : {}),
      };
      const saved = await manager.getRepository(ProgressReport).save({ ...report, ...changes, version: report.version + 1 });
      const after = { ...saved, ...(files ? { fileIds: files.map((file) => file.id) } : {}) };
      await recordAudit(manager, ctx, { action: 'updateProgressReport', entityType: TYPE, entityId: report.id, before, after });
      return saved;
    },
  });
  return { progressReport: record, userErrors };
}

interface Step {
  action: string;
  from: ReportState[];
  to: ReportState;
  /** The reporter takes this step; otherwise the province (the approving level). */
  byReporter: boolean;
  reason?: string;
}

async function transition(ctx: RequestContext, globalId: string, step: Step): Promise<ProgressReportPayload> {
  const { record, userErrors } = await runWrite(ctx, {
    operation: step.action,
    entityType: TYPE,
    write: async (manager) => {
      const { report, agency } = await loadForChange(ctx, manager, globalId);
      if (step.byReporter) assertMayReportFor(ctx, agency, 'input.id');
      else if (!isProvinceLevel(ctx.principal)) throw new ForbiddenError('Only the province approves, returns and reopens reports');
      if (!step.from.includes(report.state)) {
        rejectWrite('id', 'INVALID_STATE', `A ${report.state} report cannot be ${step.to.toLowerCase()}; it must be ${step.from.join(' or ')}`);
      }
      const now = new Date();
      const changes: Partial<ProgressReport> = { state: step.to, stateReason: step.reason ?? null, version: report.version + 1 };
      if (step.to === ReportState.SUBMITTED) changes.submittedAt = now;
      if (step.to === ReportState.APPROVED) {
        changes.approvedAt = now;
        changes.approvedById = ctx.principal.kind === 'USER' ? ctx.principal.userId : null;
      }
      if (step.to === ReportState.DRAFT) Object.assign(changes, { approvedAt: null, approvedById: null });
      const saved = await manager.getRepository(ProgressReport).save({ ...report, ...changes });
      await recordAudit(manager, ctx, {
        action: step.action,
        entityType: TYPE,
        entityId: report.id,
        before: { state: report.state, stateReason: report.stateReason },
        after: { state: saved.state, stateReason: saved.stateReason },
      });
      return saved;
    },
  });
  return { progressReport: record, userErrors };
}

export const submitProgressReport = (ctx: RequestContext, id: string) =>
  transition(ctx, id, { action: 'submitProgressReport', from: [ReportState.DRAFT, ReportState.RETURNED], to: ReportState.SUBMITTED, byReporter: true });
export const approveProgressReport = (ctx: RequestContext, id: string) =>
  transition(ctx, id, { action: 'approveProgressReport', from: [ReportState.SUBMITTED], to: ReportState.APPROVED, byReporter: false });
export const returnProgressReport = (ctx: RequestContext, id: string, reason: string) =>
  transition(ctx, id, { action: 'returnProgressReport', from: [ReportState.SUBMITTED], to: ReportState.RETURNED, byReporter: false, reason });
/** Only the approving level reopens; the report goes back to DRAFT with the reason, in the audit trail. */
export const reopenProgressReport = (ctx: RequestContext, id: string, reason: string) =>
  transition(ctx, id, { action: 'reopenProgressReport', from: [ReportState.APPROVED], to: ReportState.DRAFT, byReporter: false, reason });

/** Approved reports are visible to every signed-in caller; the others to their reporters and the province. */
export async function listProgressReports(
  ctx: RequestContext,
  page: PageArgs,
  filter: ProgressReportFilter | null | undefined,
): Promise<ConnectionResult<ProgressReport>> {
  const query = ctx.dataSource.getRepository(ProgressReport).createQueryBuilder('r');
  const agencies = await readableReportingAgencies(ctx.dataSource.manager, ctx.principal);
  if (agencies !== 'ALL') {
    query.andWhere(
      new Brackets((q) => q.where('r.state = :approved', { approved: ReportState.APPROVED }).orWhere('r.reporting_agency_id = ANY(:agencies)', { agencies })),
    );
  }
  if (filter?.taskCode) query.innerJoin(Task, 't', 't.id = r.task_id').andWhere('t.code = :taskCode', { taskCode: filter.taskCode.trim() });
  if (filter?.reportingAgencyCode)
    query.innerJoin(Agency, 'a', 'a.id = r.reporting_agency_id').andWhere('a.code = :agencyCode', { agencyCode: filter.reportingAgencyCode.trim() });
  if (filter?.administrativeUnitCode) {
    query
      .innerJoin(AdministrativeUnit, 'u', 'u.id = r.administrative_unit_id')
      .andWhere('u.code = :unitCode', { unitCode: filter.administrativeUnitCode.trim() });
  }
  if (filter?.year) query.andWhere('r.year = :year', { year: filter.year });
  if (filter?.state) query.andWhere('r.state = :state', { state: filter.state });
  if (filter?.status) query.andWhere('r.status = :status', { status: filter.status });
  return paginate(query, page, 'r.id', (r) => r.id);
}

/** `db` is the write's transaction when there is one: a read through the pool there could wait on a connection held by duplicates queued on its locks. */
export async function canReadReport(ctx: RequestContext, report: ProgressReport, db: Pick<EntityManager, 'query'> = ctx.dataSource.manager): Promise<boolean> {
  if (report.state === ReportState.APPROVED) return ctx.principal.kind !== 'ANONYMOUS';
  const agencies = await readableReportingAgencies(db, ctx.principal);
  return agencies === 'ALL' || agencies.includes(report.reportingAgencyId);
}
