import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ImportSummary } from '../../../core/bulk/import-summary';
import { AttendeeGender, AttendeeGroup } from '../shared/vocabularies';
import { TrainingEvent } from './training-event.entity';
import { Limit } from '../../../core/input/input-limits';

export const MAX_ATTENDANCE_ROWS = 2000;

@InputType({ description: 'One person; matched to the stored list by externalId, else by phone (one of them is required).' })
export class AttendanceRowInput {
  @Field(() => String, { nullable: true })
  externalId?: string | null;

  @Field()
  fullName: string;

  @Field(() => String, { nullable: true, description: 'Vietnamese (0912345678) or international (+84912345678) form.' })
  phone?: string | null;

  @Field(() => AttendeeGender, { nullable: true })
  gender?: AttendeeGender | null;

  @Field(() => AttendeeGroup, { nullable: true, description: 'Default FARMER.' })
  group?: AttendeeGroup | null;

  @Field(() => String, { nullable: true })
  organisation?: string | null;
}

@InputType()
export class ImportAttendanceInput {
  @Field(() => ID)
  trainingEventId: string;

  @Field({ defaultValue: false, description: 'Check and count only; write nothing.' })
  dryRun: boolean;

  @Field(() => [AttendanceRowInput], { nullable: true, description: `At most ${MAX_ATTENDANCE_ROWS} rows; give rows or csv.` })
  @Limit({ maxItems: MAX_ATTENDANCE_ROWS })
  rows?: AttendanceRowInput[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'CSV text with a header row naming some of: externalId, fullName, phone, gender, group, organisation. ' +
      'Gender and group take the enum values (Vietnamese "Nữ", "Nam", "Nông dân", "Cán bộ", "Kỹ thuật viên" are understood).',
  })
  @Limit({ maxLength: 1_000_000 })
  csv?: string | null;
}

@ObjectType()
export class ImportAttendancePayload {
  @Field(() => ImportSummary, { description: 'Row indexes count from 0, the first row after the CSV header included.' })
  summary: ImportSummary;

  @Field(() => TrainingEvent)
  trainingEvent: TrainingEvent;
}
