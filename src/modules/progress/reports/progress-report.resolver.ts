import { Arg, Args, Ctx, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Access, AccessRule } from '../../../core/auth/access';
import { Role } from '../../../core/auth/roles';
import { RequestContext } from '../../../core/context';
import { ConnectionType } from '../../../core/relay/connection';
import { PageArgs } from '../../../core/relay/pagination';
import { Agency } from '../../agencies';
import { AdministrativeUnit } from '../../geography';
import { Task } from '../../plan';
import { FILES_COMPLEXITY, StoredFile, filesOfRecord } from '../../files';
import { ProgressReport } from './progress-report.entity';
import {
  CreateProgressReportInput,
  ProgressReportFilter,
  ProgressReportIdInput,
  ProgressReportPayload,
  ProgressReportReasonInput,
  SetReportingDeadlineInput,
  UpdateProgressReportInput,
} from './progress-report.inputs';
import {
  approveProgressReport,
  createProgressReport,
  listProgressReports,
  reopenProgressReport,
  returnProgressReport,
  submitProgressReport,
  updateProgressReport,
} from './progress-report.service';
import { ReportingDeadline } from './reporting-deadline.entity';
import { isLate, periodKey, setReportingDeadline } from './reporting-deadline.service';

@ObjectType({ description: 'A page of progress reports.' })
export class ProgressReportConnection extends ConnectionType(ProgressReport, 'ProgressReport') {}

/** Officials and partner keys with progress:read; not farmer accounts. */
export const REPORT_READERS: AccessRule = {
  roles: [Role.PROVINCE_OFFICER, Role.AGENCY_OFFICER, Role.COMMUNE_OFFICER, Role.VERIFIER, Role.VIEWER],
  scopes: ['progress:read'],
};
const REPORTERS: AccessRule = { roles: [Role.PROVINCE_OFFICER, Role.AGENCY_OFFICER, Role.COMMUNE_OFFICER], scopes: ['progress:write'] };
const APPROVERS: AccessRule = { roles: [Role.PROVINCE_OFFICER] };

@Resolver(() => ProgressReport)
export class ProgressReportResolver {
  @Access(REPORT_READERS)
  @Query(() => ProgressReportConnection, { description: 'Approved reports for every signed-in caller; the others for their reporters and the province.' })
  progressReports(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ProgressReportFilter, { nullable: true }) filter?: ProgressReportFilter | null,
  ): Promise<ProgressReportConnection> {
    return listProgressReports(ctx, page, filter) as Promise<ProgressReportConnection>;
  }

  @Access(REPORTERS)
  @Mutation(() => ProgressReportPayload, { description: "A DRAFT report by an agency, or by a commune through its People's Committee." })
  createProgressReport(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateProgressReportInput) input: CreateProgressReportInput,
  ): Promise<ProgressReportPayload> {
    return createProgressReport(ctx, input);
  }

  @Access(REPORTERS)
  @Mutation(() => ProgressReportPayload, { description: 'Edits a DRAFT or RETURNED report (LOCKED once submitted or approved; CONFLICT on a stale version).' })
  updateProgressReport(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateProgressReportInput) input: UpdateProgressReportInput,
  ): Promise<ProgressReportPayload> {
    return updateProgressReport(ctx, input);
  }

  @Access(REPORTERS)
  @Mutation(() => ProgressReportPayload, { description: 'DRAFT or RETURNED → SUBMITTED.' })
  submitProgressReport(@Ctx() ctx: RequestContext, @Arg('input', () => ProgressReportIdInput) input: ProgressReportIdInput): Promise<ProgressReportPayload> {
    return submitProgressReport(ctx, input.id);
  }

  @Access(APPROVERS)
  @Mutation(() => ProgressReportPayload, { description: 'SUBMITTED → APPROVED: locked from then on.' })
  approveProgressReport(@Ctx() ctx: RequestContext, @Arg('input', () => ProgressReportIdInput) input: ProgressReportIdInput): Promise<ProgressReportPayload> {
    return approveProgressReport(ctx, input.id);
  }

  @Access(APPROVERS)
  @Mutation(() => ProgressReportPayload, { description: 'SUBMITTED → RETURNED with the reason for the reporter.' })
  returnProgressReport(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ProgressReportReasonInput) input: ProgressReportReasonInput,
  ): Promise<ProgressReportPayload> {
    return returnProgressReport(ctx, input.id, input.reason);
  }

  @Access(APPROVERS)
  @Mutation(() => ProgressReportPayload, { description: 'APPROVED → DRAFT, by the approving level only; the reason goes to the audit trail.' })
  reopenProgressReport(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ProgressReportReasonInput) input: ProgressReportReasonInput,
  ): Promise<ProgressReportPayload> {
    return reopenProgressReport(ctx, input.id, input.reason);
  }

  @Access(APPROVERS)
  @Mutation(() => ReportingDeadline, { description: 'Sets when reports for a period are due (default: 15 January for the year, 15 days after a quarter).' })
  setReportingDeadline(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SetReportingDeadlineInput) input: SetReportingDeadlineInput,
  ): Promise<ReportingDeadline> {
    return setReportingDeadline(ctx, input);
  }

  @FieldResolver(() => Task)
  async task(@Root() report: ProgressReport, @Ctx() ctx: RequestContext): Promise<Task> {
    return (await ctx.loaders.taskById.load(report.taskId))!;
  }

  @FieldResolver(() => Agency)
  async reportingAgency(@Root() report: ProgressReport, @Ctx() ctx: RequestContext): Promise<Agency> {
    return (await ctx.loaders.agencyById.load(report.reportingAgencyId))!;
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true, description: "The commune or ward, for a People's Committee report." })
  administrativeUnit(@Root() report: ProgressReport, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit | null> | null {
    return report.administrativeUnitId ? ctx.loaders.unitById.load(report.administrativeUnitId) : null;
  }

  @FieldResolver(() => [StoredFile], { description: 'Evidence files uploaded for it (POST /files), in the order given.', complexity: FILES_COMPLEXITY })
  files(@Root() report: ProgressReport, @Ctx() ctx: RequestContext): Promise<StoredFile[]> {
    return filesOfRecord(ctx, 'ProgressReport', report.id);
  }

  @FieldResolver(() => String, { description: 'The due day of the period (YYYY-MM-DD).' })
  dueOn(@Root() report: ProgressReport, @Ctx() ctx: RequestContext): Promise<string> {
    return ctx.loaders.reportDueOn.load(periodKey(report.year, report.quarter));
  }

  @FieldResolver(() => Boolean, { description: 'Submitted after the due day, or not submitted once it has passed.' })
  async late(@Root() report: ProgressReport, @Ctx() ctx: RequestContext): Promise<boolean> {
    return isLate(report, await ctx.loaders.reportDueOn.load(periodKey(report.year, report.quarter)), new Date());
  }
}
