import { Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { Limit, RANGES } from '../../core/input/input-limits';
import { IdempotentInput, RecordUpdateInput } from '../../core/input/record-inputs';
import { OrderDirection } from '../../core/relay/synced-list';
import { CROP_DESCRIPTION, LowEmissionPractice } from '../field-records';
import { MAX_FILES_PER_RECORD } from '../files';
import { CriteriaMetric, CriteriaSetStatus } from './criteria-set.enums';

const SET_VERSION = { min: 1, max: 1000, integer: true };
const MAX_ITEMS = { maxItems: 20 };

@InputType()
export class CriteriaThresholdInput {
  @Field(() => CriteriaMetric)
  metric: CriteriaMetric;

  @Field(() => Float, { description: "In the metric's unit; not negative, at most the metric's plausible maximum." })
  @Limit({ min: 0, max: 1_000_000 })
  value: number;
}

@InputType({ description: 'A new DRAFT set; adopt it with adoptCriteriaSet.' })
export class CreateCriteriaSetInput extends IdempotentInput {
  @Field({ description: CROP_DESCRIPTION })
  crop: string;

  @Field(() => Int, { nullable: true, description: 'Default: one more than the highest version of the crop.' })
  @Limit(SET_VERSION)
  setVersion?: number | null;

  @Field()
  title: string;

  @Field(() => [LowEmissionPractice], { nullable: true })
  @Limit(MAX_ITEMS)
  requiredPractices?: LowEmissionPractice[] | null;

  @Field(() => [CriteriaThresholdInput], { nullable: true, description: 'At most one per metric.' })
  @Limit(MAX_ITEMS)
  thresholds?: CriteriaThresholdInput[] | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Files uploaded with POST /files (e.g. the draft or the adopting decision), in this order.' })
  @Limit({ maxItems: MAX_FILES_PER_RECORD })
  fileIds?: string[] | null;
}

/** Only a DRAFT changes; omitted fields keep their value, null clears an optional one. */
@InputType()
export class UpdateCriteriaSetInput extends RecordUpdateInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => [LowEmissionPractice], { nullable: true })
  @Limit(MAX_ITEMS)
  requiredPractices?: LowEmissionPractice[] | null;

  @Field(() => [CriteriaThresholdInput], { nullable: true })
  @Limit(MAX_ITEMS)
  thresholds?: CriteriaThresholdInput[] | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field(() => [ID], { nullable: true, description: "Replaces the set's uploaded files ([] removes them); only while it is a DRAFT." })
  @Limit({ maxItems: MAX_FILES_PER_RECORD })
  fileIds?: string[] | null;
}

@InputType({ description: 'Adopts a DRAFT: it becomes the set in force for its crop and supersedes the one adopted before.' })
export class AdoptCriteriaSetInput extends IdempotentInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  @Limit(RANGES.version)
  expectedVersion: number;

  @Field({ description: 'e.g. "Quyết định số 123/QĐ-UBND".' })
  decisionNumber: string;

  @Field({ description: 'YYYY-MM-DD, within the plan period.' })
  @Limit({ format: 'date' })
  decisionDate: string;

  @Field({ description: 'e.g. "UBND tỉnh Đắk Lắk" or "Sở Nông nghiệp và Môi trường".' })
  decisionBody: string;

  @Field(() => [ID], { nullable: true, description: "Replaces the set's uploaded files, e.g. with the signed decision; omitted: they stay." })
  @Limit({ maxItems: MAX_FILES_PER_RECORD })
  fileIds?: string[] | null;
}

@InputType({ description: 'All given conditions must hold.' })
export class CriteriaSetFilter {
  @Field(() => String, { nullable: true })
  crop?: string | null;

  @Field(() => CriteriaSetStatus, { nullable: true })
  status?: CriteriaSetStatus | null;
}

export enum CriteriaSetOrderField {
  CROP = 'CROP',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}

registerEnumType(CriteriaSetOrderField, { name: 'CriteriaSetOrderField' });

@InputType({ description: 'Ignored with updatedSince: a change feed is ordered by updatedAt.' })
export class CriteriaSetOrder {
  @Field(() => CriteriaSetOrderField)
  field: CriteriaSetOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction: OrderDirection;
}
