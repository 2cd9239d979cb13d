import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { IdempotentInput, RecordUpdateInput } from '../../../core/input/record-inputs';
import { OrderDirection } from '../../../core/relay/synced-list';
import { Audience, MediaFormat, TrainingEventKind, TrainingTopic } from '../shared/vocabularies';
import { Limit, RANGES } from '../../../core/input/input-limits';

@InputType({ description: 'Counts of people; women, farmers, officials and technicians are each part of the total.' })
export class ParticipantsInput {
  @Field(() => Int)
  @Limit(RANGES.people)
  total: number;

  @Field(() => Int, { nullable: true })
  @Limit(RANGES.people)
  women?: number | null;

  @Field(() => Int, { nullable: true })
  @Limit(RANGES.people)
  farmers?: number | null;

  @Field(() => Int, { nullable: true })
  @Limit(RANGES.people)
  officials?: number | null;

  @Field(() => Int, { nullable: true })
  @Limit(RANGES.people)
  technicians?: number | null;
}

@InputType()
export class MediaPieceInput {
  @Field()
  outlet: string;

  @Field(() => MediaFormat)
  format: MediaFormat;

  @Field(() => String, { nullable: true })
  url?: string | null;
}

@InputType()
export class RecordTrainingEventInput extends IdempotentInput {
  @Field(() => TrainingEventKind)
  kind: TrainingEventKind;

  @Field()
  title: string;

  @Field({ description: 'YYYY-MM-DD within 2026-2035.' })
  @Limit({ format: 'date' })
  startDate: string;

  @Field(() => String, { nullable: true })
  @Limit({ format: 'date' })
  endDate?: string | null;

  @Field({ description: 'A commune or ward code, or the province code (66) for a province-wide event.' })
  administrativeUnitCode: string;

  @Field(() => String, { nullable: true })
  venue?: string | null;

  @Field(() => String, { nullable: true, description: 'Organising agency code from the catalogue, e.g. DAE or PC-24175.' })
  organisingAgencyCode?: string | null;

  @Field(() => String, { nullable: true })
  organiserName?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The organising or hosting organisation of the register (global ID); organiserName stays the free-text organiser.',
  })
  hostOrganisationId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Plan task served; by default TRAINING III.5, WORKSHOP/FORUM III.7, COMMUNICATION_SESSION I.3, MEDIA_PIECE I.2.',
  })
  taskCode?: string | null;

  @Field(() => [TrainingTopic])
  topics: TrainingTopic[];

  @Field(() => [Audience], { nullable: true })
  audiences?: Audience[] | null;

  @Field(() => ParticipantsInput, { nullable: true, description: 'Required except for a media piece.' })
  participants?: ParticipantsInput | null;

  @Field(() => MediaPieceInput, { nullable: true, description: 'Required for a MEDIA_PIECE, refused otherwise.' })
  media?: MediaPieceInput | null;
}

/** Omitted fields keep their value; null clears an optional one. Kind and unit never change. */
@InputType()
export class UpdateTrainingEventInput extends RecordUpdateInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @Limit({ format: 'date' })
  startDate?: string | null;

  @Field(() => String, { nullable: true })
  @Limit({ format: 'date' })
  endDate?: string | null;

  @Field(() => String, { nullable: true })
  venue?: string | null;

  @Field(() => String, { nullable: true })
  organisingAgencyCode?: string | null;

  @Field(() => String, { nullable: true })
  organiserName?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The organising or hosting organisation of the register (global ID); organiserName stays the free-text organiser.',
  })
  hostOrganisationId?: string | null;

  @Field(() => String, { nullable: true })
  taskCode?: string | null;

  @Field(() => [TrainingTopic], { nullable: true })
  topics?: TrainingTopic[] | null;

  @Field(() => [Audience], { nullable: true })
  audiences?: Audience[] | null;

  @Field(() => ParticipantsInput, { nullable: true, description: 'Replaces all counts.' })
  participants?: ParticipantsInput | null;

  @Field(() => MediaPieceInput, { nullable: true })
  media?: MediaPieceInput | null;
}

@InputType({ description: 'All given conditions must hold.' })
export class TrainingEventFilter {
  @Field(() => String, { nullable: true, description: 'Exactly this unit (a commune, ward or the province).' })
  administrativeUnitCode?: string | null;

  @Field(() => [TrainingEventKind], { nullable: true, description: 'Any of these kinds.' })
  kinds?: TrainingEventKind[] | null;

  @Field(() => TrainingTopic, { nullable: true })
  topic?: TrainingTopic | null;

  @Field(() => Audience, { nullable: true })
  audience?: Audience | null;

  @Field(() => String, { nullable: true, description: 'Plan task code, e.g. III.5.' })
  taskCode?: string | null;

  @Field(() => Int, { nullable: true, description: 'Started in this year.' })
  @Limit(RANGES.year)
  year?: number | null;
}

export enum TrainingEventOrderField {
  START_DATE = 'START_DATE',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}

registerEnumType(TrainingEventOrderField, { name: 'TrainingEventOrderField' });

@InputType({ description: 'Ignored with updatedSince: a change feed is ordered by updatedAt.' })
export class TrainingEventOrder {
  @Field(() => TrainingEventOrderField)
  field: TrainingEventOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction: OrderDirection;
}
