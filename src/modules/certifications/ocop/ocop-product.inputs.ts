import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { Limit } from '../../../core/input/input-limits';
import { IdempotentInput, RecordUpdateInput } from '../../../core/input/record-inputs';
import { OrderDirection } from '../../../core/relay/synced-list';

const STARS = { min: 3, max: 5, integer: true };
const YEAR = { min: 2018, max: 2035, integer: true };
const DATES = { maxItems: 50, format: 'date' } as const;

@InputType({ description: 'A rated OCOP product of an organisation of the register.' })
export class CreateOcopProductInput extends IdempotentInput {
  @Field()
  @Limit({ maxLength: 300 })
  name: string;

  @Field(() => String, { nullable: true, description: 'Crop code of its main ingredient.' })
  crop?: string | null;

  @Field(() => ID)
  organisationId: string;

  @Field(() => String, { nullable: true, description: 'The commune or ward that put it forward; default: the organisation’s seat.' })
  @Limit({ maxLength: 10 })
  administrativeUnitCode?: string | null;

  @Field(() => Int, { description: '3, 4 or 5 stars.' })
  @Limit(STARS)
  starRating: number;

  @Field(() => Int, { description: 'Year of the rating decision (the programme began in 2018).' })
  @Limit(YEAR)
  yearRated: number;

  @Field(() => String, { nullable: true })
  @Limit({ maxLength: 200 })
  decisionNumber?: string | null;

  @Field(() => [String], { nullable: true, description: 'YYYY-MM-DD each, not before the year rated.' })
  @Limit(DATES)
  reRatedOn?: string[] | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Limit({ format: 'date' })
  nextReRatingDue?: string | null;

  @Field(() => String, { nullable: true })
  @Limit({ maxLength: 2000 })
  lowEmissionCriteriaNote?: string | null;
}

/** Omitted fields keep their value; null clears an optional one. */
@InputType()
export class UpdateOcopProductInput extends RecordUpdateInput {
  @Field(() => String, { nullable: true })
  @Limit({ maxLength: 300 })
  name?: string | null;

  @Field(() => String, { nullable: true })
  crop?: string | null;

  @Field(() => Int, { nullable: true })
  @Limit(STARS)
  starRating?: number | null;

  @Field(() => Int, { nullable: true })
  @Limit(YEAR)
  yearRated?: number | null;

  @Field(() => String, { nullable: true })
  @Limit({ maxLength: 200 })
  decisionNumber?: string | null;

  @Field(() => [String], { nullable: true, description: 'Replaces the list.' })
  @Limit(DATES)
  reRatedOn?: string[] | null;

  @Field(() => String, { nullable: true })
  @Limit({ format: 'date' })
  nextReRatingDue?: string | null;

  @Field(() => String, { nullable: true })
  @Limit({ maxLength: 2000 })
  lowEmissionCriteriaNote?: string | null;
}

@InputType({ description: 'All given conditions must hold.' })
export class OcopProductFilter {
  @Field(() => String, { nullable: true })
  @Limit({ maxLength: 10 })
  administrativeUnitCode?: string | null;

  @Field(() => ID, { nullable: true })
  organisationId?: string | null;

  @Field(() => Int, { nullable: true })
  @Limit(STARS)
  starRating?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whose organisation holds a low-emission label valid today (or not).' })
  carriesLowEmissionLabel?: boolean | null;
}

export enum OcopProductOrderField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}

registerEnumType(OcopProductOrderField, { name: 'OcopProductOrderField' });

@InputType({ description: 'Ignored with updatedSince: a change feed is ordered by updatedAt.' })
export class OcopProductOrder {
  @Field(() => OcopProductOrderField)
  field: OcopProductOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction: OrderDirection;
}
