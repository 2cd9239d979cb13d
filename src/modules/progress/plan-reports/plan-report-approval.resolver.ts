import { Arg, Args, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Access } from '../../../core/auth/access';
import { RequestContext } from '../../../core/context';
import { UserError } from '../../../core/errors/user-error';
import { DeleteRecordInput } from '../../../core/input/record-inputs';
import { PageArgs } from '../../../core/relay/pagination';
import { SyncedConnectionType } from '../../../core/relay/synced-list';
import { PlanReportApproval } from './plan-report-approval.entity';
import { CreatePlanReportApprovalInput, PlanReportApprovalFilter, UpdatePlanReportApprovalInput } from './plan-report-approval.inputs';
import {
  APPROVAL_READERS,
  APPROVAL_WRITERS,
  createPlanReportApproval,
  deletePlanReportApproval,
  listPlanReportApprovals,
  updatePlanReportApproval,
} from './plan-report-approval.service';

@ObjectType({ description: 'A page of plan report approvals.' })
export class PlanReportApprovalConnection extends SyncedConnectionType(PlanReportApproval, 'PlanReportApproval') {}

@ObjectType()
export class PlanReportApprovalPayload {
  @Field(() => PlanReportApproval, { nullable: true })
  planReportApproval: PlanReportApproval | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@Resolver(() => PlanReportApproval)
export class PlanReportApprovalResolver {
  @Access(APPROVAL_READERS)
  @Query(() => PlanReportApprovalConnection, {
    description:
      'Plan reports (task VIII.1) the province approved, by decision date. With updatedSince: every change since then, deletions as tombstones, oldest first.',
  })
  planReportApprovals(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => PlanReportApprovalFilter, { nullable: true }) filter?: PlanReportApprovalFilter | null,
    @Arg('updatedSince', () => Date, { nullable: true }) updatedSince?: Date | null,
  ): Promise<PlanReportApprovalConnection> {
    return listPlanReportApprovals(ctx, page, filter, updatedSince) as Promise<PlanReportApprovalConnection>;
  }

  @Access(APPROVAL_WRITERS)
  @Mutation(() => PlanReportApprovalPayload, { description: "Records the province's approval of a plan report, with the decision and the file's SHA-256." })
  createPlanReportApproval(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreatePlanReportApprovalInput) input: CreatePlanReportApprovalInput,
  ): Promise<PlanReportApprovalPayload> {
    return createPlanReportApproval(ctx, input);
  }

  @Access(APPROVAL_WRITERS)
  @Mutation(() => PlanReportApprovalPayload, { description: 'Changes the decision or file of the version you edited.' })
  updatePlanReportApproval(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdatePlanReportApprovalInput) input: UpdatePlanReportApprovalInput,
  ): Promise<PlanReportApprovalPayload> {
    return updatePlanReportApproval(ctx, input);
  }

  @Access(APPROVAL_WRITERS)
  @Mutation(() => PlanReportApprovalPayload, { description: 'Deletes softly (e.g. an approval recorded by mistake); syncing clients receive a tombstone.' })
  deletePlanReportApproval(@Ctx() ctx: RequestContext, @Arg('input', () => DeleteRecordInput) input: DeleteRecordInput): Promise<PlanReportApprovalPayload> {
    return deletePlanReportApproval(ctx, input);
  }
}
