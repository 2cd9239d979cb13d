import { Field, ID, InputType, Int } from 'type-graphql';
import { IdempotentInput } from '../../../core/input/record-inputs';
import { Limit, RANGES } from '../../../core/input/input-limits';

@InputType()
export class EnrolInCourseInput extends IdempotentInput {
  @Field(() => ID)
  courseId: string;

  @Field(() => ID, { nullable: true, description: 'Required for officers and keys; a FARMER enrols themselves.' })
  farmerAccountId?: string | null;
}

@InputType({ description: 'Enrols the farmer first if needed; a lesson already completed stays as first recorded.' })
export class RecordLessonCompletionInput extends IdempotentInput {
  @Field(() => ID)
  lessonId: string;

  @Field(() => ID, { nullable: true, description: 'Required for officers and keys; a FARMER records their own.' })
  farmerAccountId?: string | null;

  @Field(() => Date, { nullable: true, description: "When the farmer finished the lesson (the device's time, for offline use); now when omitted." })
  completedAt?: Date | null;
}

@InputType({ description: 'All given conditions must hold.' })
export class EnrolmentFilter {
  @Field(() => ID, { nullable: true })
  courseId?: string | null;

  @Field(() => ID, { nullable: true })
  farmerAccountId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only completed (true) or unfinished (false) enrolments.' })
  completed?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Completed in this year (Vietnam time).' })
  @Limit(RANGES.year)
  completedInYear?: number | null;
}
