import { Field, InputType, Int } from 'type-graphql';
import { Limit, RANGES } from '../../../core/input/input-limits';
import { IdempotentInput, RecordUpdateInput } from '../../../core/input/record-inputs';
import { PlanReportKind } from './plan-report-approval.entity';

const PHASE = { min: 1, max: 2, integer: true } as const;
const SHA256 = { maxLength: 64 } as const;

@InputType({ description: 'Records that the province approved a plan report (task VIII.1).' })
export class CreatePlanReportApprovalInput extends IdempotentInput {
  @Field(() => PlanReportKind)
  kind: PlanReportKind;

  @Field(() => Int, { nullable: true, description: 'ANNUAL_IMPLEMENTATION: the year reported on (2026-2035); omit for a phase review.' })
  @Limit(RANGES.year)
  year?: number | null;

  @Field(() => Int, { nullable: true, description: 'PHASE_REVIEW: 1 or 2; omit for an annual report.' })
  @Limit(PHASE)
  phase?: number | null;

  @Field()
  decisionNumber: string;

  @Field({ description: 'YYYY-MM-DD; not before the period reported on starts, not in the future.' })
  @Limit({ format: 'date' })
  decisionDate: string;

  @Field()
  decisionBody: string;

  @Field({ description: 'SHA-256 of the approved file: 64 hexadecimal digits.' })
  @Limit(SHA256)
  fileSha256: string;

  @Field(() => String, { nullable: true, description: 'http(s) address of the approved file.' })
  fileUrl?: string | null;
}

/** Omitted fields keep their value. Kind, year and phase never change: delete the approval and record it again. */
@InputType()
export class UpdatePlanReportApprovalInput extends RecordUpdateInput {
  @Field(() => String, { nullable: true })
  decisionNumber?: string | null;

  @Field(() => String, { nullable: true })
  @Limit({ format: 'date' })
  decisionDate?: string | null;

  @Field(() => String, { nullable: true })
  decisionBody?: string | null;

  @Field(() => String, { nullable: true })
  @Limit(SHA256)
  fileSha256?: string | null;

  @Field(() => String, { nullable: true, description: 'An empty text clears it.' })
  fileUrl?: string | null;
}

@InputType({ description: 'All given conditions must hold.' })
export class PlanReportApprovalFilter {
  @Field(() => PlanReportKind, { nullable: true })
  kind?: PlanReportKind | null;

  @Field(() => Int, { nullable: true })
  @Limit(RANGES.year)
  year?: number | null;

  @Field(() => Int, { nullable: true })
  @Limit(PHASE)
  phase?: number | null;
}
