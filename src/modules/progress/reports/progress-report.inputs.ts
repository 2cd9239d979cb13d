import { ArrayMaxSize, IsOptional, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../../core/errors/user-error';
import { ImplementationStatus, ProgressReport, ReportState } from './progress-report.entity';
import { EvidenceLink, TargetValue } from './progress-report.values';
import { Limit, RANGES } from '../../../core/input/input-limits';
import { MAX_FILES_PER_RECORD } from '../../files';

const TARGET_VALUES = "Values for the task's targets that no record shows; a target counted from the records is refused (MEASURED_FROM_RECORDS).";
@InputType()
export class CreateProgressReportInput {
  @Field({ description: 'Task code, e.g. III.5.' })
  taskCode: string;

  @Field(() => String, { nullable: true, description: "The reporting agency; default: the caller's agency or commune." })
  @IsOptional()
  reportingAgencyCode?: string | null;

  @Field(() => String, { nullable: true, description: "A commune or ward reporting through its People's Committee." })
  @IsOptional()
  administrativeUnitCode?: string | null;

  @Field(() => Int)
  @Limit(RANGES.year)
  @Min(2026)
  @Max(2035)
  year: number;

  @Field(() => Int, { defaultValue: 0, description: '0 for the annual report, 1-4 for a quarter.' })
  @Limit(RANGES.quarter)
  @Min(0)
  @Max(4)
  quarter: number;

  @Field(() => ImplementationStatus)
  status: ImplementationStatus;

  @Field({ defaultValue: '' })
  @Limit({ maxLength: 20_000 })
  @Length(0, 20000)
  narrative: string;

  @Field({ defaultValue: '' })
  @Limit({ maxLength: 20_000 })
  @Length(0, 20000)
  difficulties: string;

  @Field({ defaultValue: '' })
  @Limit({ maxLength: 20_000 })
  @Length(0, 20000)
  proposals: string;

  @Field(() => [EvidenceLink], { defaultValue: [] })
  @ArrayMaxSize(50)
  evidence: EvidenceLink[];

  @Field(() => [ID], { nullable: true, description: 'Evidence files uploaded with POST /files (besides or instead of evidence links).' })
  @Limit({ maxItems: MAX_FILES_PER_RECORD })
  fileIds?: string[] | null;

  @Field(() => [TargetValue], { defaultValue: [], description: TARGET_VALUES })
  @ArrayMaxSize(20)
  targetValues: TargetValue[];
}

@InputType({ description: 'Changes a DRAFT or RETURNED report; fields left out keep their value.' })
export class UpdateProgressReportInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The version you edited; a newer stored version answers CONFLICT.' })
  @Limit(RANGES.version)
  expectedVersion: number;

  @Field(() => ImplementationStatus, { nullable: true })
  status?: ImplementationStatus | null;

  @Field(() => String, { nullable: true })
  @Limit({ maxLength: 20_000 })
  @IsOptional()
  @Length(0, 20000)
  narrative?: string | null;

  @Field(() => String, { nullable: true })
  @Limit({ maxLength: 20_000 })
  @IsOptional()
  @Length(0, 20000)
  difficulties?: string | null;

  @Field(() => String, { nullable: true })
  @Limit({ maxLength: 20_000 })
  @IsOptional()
  @Length(0, 20000)
  proposals?: string | null;

  @Field(() => [EvidenceLink], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  evidence?: EvidenceLink[] | null;

  @Field(() => [ID], { nullable: true, description: "Replaces the report's evidence files ([] removes them)." })
  @Limit({ maxItems: MAX_FILES_PER_RECORD })
  fileIds?: string[] | null;

  @Field(() => [TargetValue], { nullable: true, description: TARGET_VALUES })
  @IsOptional()
  @ArrayMaxSize(20)
  targetValues?: TargetValue[] | null;
}

@InputType()
export class ProgressReportIdInput {
  @Field(() => ID)
  id: string;
}

@InputType()
export class ProgressReportReasonInput {
  @Field(() => ID)
  id: string;

  @Field()
  @Length(3, 2000)
  reason: string;
}

@InputType()
export class SetReportingDeadlineInput {
  @Field(() => Int)
  @Limit(RANGES.year)
  @Min(2026)
  @Max(2035)
  year: number;

  @Field(() => Int, { defaultValue: 0 })
  @Limit(RANGES.quarter)
  @Min(0)
  @Max(4)
  quarter: number;

  @Field({ description: 'YYYY-MM-DD' })
  @Limit({ format: 'date' })
  dueOn: string;
}

@InputType()
export class ProgressReportFilter {
  @Field(() => String, { nullable: true })
  taskCode?: string | null;

  @Field(() => Int, { nullable: true })
  @Limit(RANGES.year)
  year?: number | null;

  @Field(() => String, { nullable: true })
  reportingAgencyCode?: string | null;

  @Field(() => String, { nullable: true })
  administrativeUnitCode?: string | null;

  @Field(() => ReportState, { nullable: true })
  state?: ReportState | null;

  @Field(() => ImplementationStatus, { nullable: true })
  status?: ImplementationStatus | null;
}

@ObjectType()
export class ProgressReportPayload {
  @Field(() => ProgressReport, { nullable: true })
  progressReport: ProgressReport | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
