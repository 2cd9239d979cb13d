import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { IdempotentInput, RecordUpdateInput } from '../../../core/input/record-inputs';
import { OrderDirection } from '../../../core/relay/synced-list';
import { Audience, TrainingTopic } from '../shared/vocabularies';
import { MaterialKind } from './material.entity';
import { Limit, RANGES } from '../../../core/input/input-limits';
import { MAX_FILES_PER_RECORD } from '../../files';

@InputType()
export class CreateMaterialInput extends IdempotentInput {
  @Field(() => MaterialKind)
  kind: MaterialKind;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field({ defaultValue: 'vi', description: 'Language tag, e.g. vi, en, ede.' })
  language: string;

  @Field(() => String, { nullable: true })
  targetRegion?: string | null;

  @Field(() => [Audience], { nullable: true })
  targetGroups?: Audience[] | null;

  @Field(() => [TrainingTopic], { nullable: true })
  topics?: TrainingTopic[] | null;

  @Field(() => [String], { nullable: true, description: 'Crop codes.' })
  crops?: string[] | null;

  @Field(() => String, { nullable: true, description: 'http(s) address of the file; may be left out when fileIds names an uploaded one.' })
  fileUrl?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Files uploaded with POST /files; without fileUrl, the first one is the download.' })
  @Limit({ maxItems: MAX_FILES_PER_RECORD })
  fileIds?: string[] | null;

  @Field(() => String, { nullable: true })
  checksumSha256?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD within 2026-2035.' })
  @Limit({ format: 'date' })
  publishedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Producing unit; the province when omitted.' })
  administrativeUnitCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Plan task served; III.6 by default.' })
  taskCode?: string | null;
}

/** Omitted fields keep their value; null clears an optional one. The unit never changes. */
@InputType()
export class UpdateMaterialInput extends RecordUpdateInput {
  @Field(() => MaterialKind, { nullable: true })
  kind?: MaterialKind | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  language?: string | null;

  @Field(() => String, { nullable: true })
  targetRegion?: string | null;

  @Field(() => [Audience], { nullable: true })
  targetGroups?: Audience[] | null;

  @Field(() => [TrainingTopic], { nullable: true })
  topics?: TrainingTopic[] | null;

  @Field(() => [String], { nullable: true })
  crops?: string[] | null;

  @Field(() => String, { nullable: true })
  fileUrl?: string | null;

  @Field(() => [ID], { nullable: true, description: "Replaces the material's uploaded files ([] removes them)." })
  @Limit({ maxItems: MAX_FILES_PER_RECORD })
  fileIds?: string[] | null;

  @Field(() => String, { nullable: true })
  checksumSha256?: string | null;

  @Field(() => String, { nullable: true })
  @Limit({ format: 'date' })
  publishedOn?: string | null;

  @Field(() => String, { nullable: true })
  taskCode?: string | null;
}

@InputType({ description: 'All given conditions must hold.' })
export class MaterialFilter {
  @Field(() => MaterialKind, { nullable: true })
  kind?: MaterialKind | null;

  @Field(() => String, { nullable: true })
  language?: string | null;

  @Field(() => TrainingTopic, { nullable: true })
  topic?: TrainingTopic | null;

  @Field(() => Audience, { nullable: true })
  targetGroup?: Audience | null;

  @Field(() => String, { nullable: true, description: 'Covers this crop.' })
  crop?: string | null;

  @Field(() => String, { nullable: true, description: 'Produced by exactly this unit.' })
  administrativeUnitCode?: string | null;

  @Field(() => String, { nullable: true })
  taskCode?: string | null;

  @Field(() => Int, { nullable: true, description: 'Published in this year.' })
  @Limit(RANGES.year)
  year?: number | null;
}

export enum MaterialOrderField {
  TITLE = 'TITLE',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}

registerEnumType(MaterialOrderField, { name: 'MaterialOrderField' });

@InputType({ description: 'Ignored with updatedSince: a change feed is ordered by updatedAt.' })
export class MaterialOrder {
  @Field(() => MaterialOrderField)
  field: MaterialOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction: OrderDirection;
}
