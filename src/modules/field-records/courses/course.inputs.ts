import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { IDEMPOTENCY_KEY_DESCRIPTION, IdempotentInput, RecordUpdateInput } from '../../../core/input/record-inputs';
import { OrderDirection } from '../../../core/relay/synced-list';
import { TrainingTopic } from '../shared/vocabularies';
import { CourseStatus } from './course.entity';
import { Limit, RANGES } from '../../../core/input/input-limits';

@InputType()
export class LessonInput {
  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => String, { nullable: true })
  contentUrl?: string | null;

  @Field(() => Int, { nullable: true })
  @Limit(RANGES.minutes)
  durationMinutes?: number | null;
}

@InputType()
export class CreateCourseInput extends IdempotentInput {
  @Field()
  code: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field({ defaultValue: 'vi' })
  language: string;

  @Field(() => [TrainingTopic], { nullable: true })
  topics?: TrainingTopic[] | null;

  @Field(() => [String], { nullable: true, description: 'Crop codes.' })
  crops?: string[] | null;

  @Field(() => CourseStatus, { nullable: true, description: 'Default OPEN.' })
  status?: CourseStatus | null;

  @Field(() => String, { nullable: true, description: 'Plan task served; V.2 by default.' })
  taskCode?: string | null;

  @Field(() => [LessonInput], { nullable: true, description: 'The first lessons, in order.' })
  lessons?: LessonInput[] | null;
}

@InputType()
export class UpdateCourseInput extends RecordUpdateInput {
  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  language?: string | null;

  @Field(() => [TrainingTopic], { nullable: true })
  topics?: TrainingTopic[] | null;

  @Field(() => [String], { nullable: true })
  crops?: string[] | null;

  @Field(() => CourseStatus, { nullable: true })
  status?: CourseStatus | null;

  @Field(() => String, { nullable: true })
  taskCode?: string | null;
}

@InputType()
export class AddCourseLessonInput extends LessonInput {
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION })
  idempotencyKey?: string | null;

  @Field(() => ID)
  courseId: string;

  @Field(() => Int, { nullable: true, description: 'Default: after the last lesson.' })
  @Limit(RANGES.position)
  position?: number | null;

  // type-graphql drops the extensions of inherited input fields, so the limit is declared again here.
  @Field(() => Int, { nullable: true })
  @Limit(RANGES.minutes)
  override durationMinutes?: number | null = undefined;
}

@InputType()
export class UpdateCourseLessonInput extends RecordUpdateInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => String, { nullable: true })
  contentUrl?: string | null;

  @Field(() => Int, { nullable: true })
  @Limit(RANGES.minutes)
  durationMinutes?: number | null;

  @Field(() => Int, { nullable: true })
  @Limit(RANGES.position)
  position?: number | null;
}

@InputType({ description: 'All given conditions must hold.' })
export class CourseFilter {
  @Field(() => CourseStatus, { nullable: true })
  status?: CourseStatus | null;

  @Field(() => TrainingTopic, { nullable: true })
  topic?: TrainingTopic | null;

  @Field(() => String, { nullable: true, description: 'Covers this crop.' })
  crop?: string | null;

  @Field(() => String, { nullable: true })
  language?: string | null;

  @Field(() => String, { nullable: true })
  taskCode?: string | null;
}

export enum CourseOrderField {
  CODE = 'CODE',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}

registerEnumType(CourseOrderField, { name: 'CourseOrderField' });

@InputType({ description: 'Ignored with updatedSince: a change feed is ordered by updatedAt.' })
export class CourseOrder {
  @Field(() => CourseOrderField)
  field: CourseOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction: OrderDirection;
}
