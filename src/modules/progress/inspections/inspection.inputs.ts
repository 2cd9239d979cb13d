import { Field, ID, InputType, Int } from 'type-graphql';
import { IdempotentInput } from '../../../core/input/record-inputs';
import { FollowUpStatus, InspectionSubjectKind } from './inspection.enums';
import { Limit, RANGES } from '../../../core/input/input-limits';

const EXPECTED_VERSION = 'The version you edited; if it has changed since, the answer is a CONFLICT (STALE_VERSION).';

@InputType({ description: 'An action the inspection asks for; it starts OPEN.' })
export class FollowUpActionInput {
  @Field()
  description: string;

  @Field(() => String, { nullable: true, description: 'Agency code of who must act; or give responsibleUnitCode, not both.' })
  responsibleAgencyCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Commune or ward code of who must act.' })
  responsibleUnitCode?: string | null;

  @Field({ description: 'YYYY-MM-DD; not before the inspection.' })
  @Limit({ format: 'date' })
  dueOn: string;
}

@InputType({ description: 'Give the subject reference that matches subjectKind, and only that one.' })
export class RecordInspectionInput extends IdempotentInput {
  @Field({ description: 'YYYY-MM-DD, within the plan period and not in the future.' })
  @Limit({ format: 'date' })
  inspectedOn: string;

  @Field(() => InspectionSubjectKind)
  subjectKind: InspectionSubjectKind;

  @Field(() => String, { nullable: true, description: 'TASK: the plan task code, e.g. IV.2.' })
  taskCode?: string | null;

  @Field(() => ID, { nullable: true, description: "PILOT: the pilot model's global ID." })
  pilotModelId?: string | null;

  @Field(() => String, { nullable: true, description: 'COMMUNE: the commune or ward code.' })
  administrativeUnitCode?: string | null;

  @Field({ description: 'Code of the agency that inspected, e.g. DAE.' })
  inspectingAgencyCode: string;

  @Field()
  @Limit({ maxLength: 20_000 })
  findings: string;

  @Field(() => [FollowUpActionInput], { defaultValue: [], description: 'At most 50.' })
  followUpActions: FollowUpActionInput[];
}

/** Base of every change to an inspection or a follow-up: which one, at which version. */
@InputType()
abstract class InspectionChangeInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: EXPECTED_VERSION })
  @Limit(RANGES.version)
  expectedVersion: number;
}

/** Omitted fields keep their value; the subject never changes. */
@InputType()
export class UpdateInspectionInput extends InspectionChangeInput {
  @Field(() => String, { nullable: true })
  @Limit({ format: 'date' })
  inspectedOn?: string | null;

  @Field(() => String, { nullable: true })
  inspectingAgencyCode?: string | null;

  @Field(() => String, { nullable: true })
  @Limit({ maxLength: 20_000 })
  findings?: string | null;

  @Field(() => [FollowUpActionInput], { nullable: true, description: 'Further actions to add (existing ones change with updateFollowUpAction).' })
  addFollowUpActions?: FollowUpActionInput[] | null;
}

/** Omitted fields keep their value; null clears the responsible agency or unit. */
@InputType()
export class UpdateFollowUpActionInput extends InspectionChangeInput {
  @Field(() => FollowUpStatus, { nullable: true, description: 'DONE records completedAt (now unless given); OPEN or CANCELLED clears it.' })
  status?: FollowUpStatus | null;

  @Field(() => Date, { nullable: true, description: 'With status DONE: when it was done, if not now.' })
  completedAt?: Date | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  @Limit({ format: 'date' })
  dueOn?: string | null;

  @Field(() => String, { nullable: true })
  responsibleAgencyCode?: string | null;

  @Field(() => String, { nullable: true })
  responsibleUnitCode?: string | null;
}

@InputType({ description: 'All given conditions must hold.' })
export class InspectionFilter {
  @Field(() => Int, { nullable: true, description: 'Inspected in this year.' })
  @Limit(RANGES.year)
  year?: number | null;

  @Field(() => InspectionSubjectKind, { nullable: true })
  subjectKind?: InspectionSubjectKind | null;

  @Field(() => String, { nullable: true, description: 'Inspections of this task.' })
  taskCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Inspections of this commune or ward.' })
  administrativeUnitCode?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: with at least one overdue follow-up; false: with none.' })
  hasOverdueActions?: boolean | null;
}
