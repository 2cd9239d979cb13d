import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import { Limit, RANGES } from '../../core/input/input-limits';
import { IdempotentInput, RecordUpdateInput } from '../../core/input/record-inputs';
import { OrderDirection } from '../../core/relay/synced-list';
import { OrganisationKind } from './organisation.enums';

const MAX_CROPS = { maxItems: 30 };

@InputType({ description: 'The contact person: personal data, shown only to signed-in officers.' })
export class OrganisationContactInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Stored in international form (+84...).' })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;
}

@InputType()
export class CreateOrganisationInput extends IdempotentInput {
  @Field(() => OrganisationKind)
  kind: OrganisationKind;

  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'Tax or registration code: 10 digits, or 10 digits-3 digits for a branch.' })
  registrationCode?: string | null;

  @Field({ description: 'The commune or ward of its seat.' })
  administrativeUnitCode: string;

  @Field(() => Int, { nullable: true })
  @Limit(RANGES.people)
  memberHouseholds?: number | null;

  @Field(() => [String], { nullable: true, description: 'Crop codes; default none.' })
  @Limit(MAX_CROPS)
  crops?: string[] | null;

  @Field(() => OrganisationContactInput, { nullable: true })
  contact?: OrganisationContactInput | null;
}

/** Omitted fields keep their value; null clears an optional one. The contact, when given, replaces the stored one. */
@InputType()
export class UpdateOrganisationInput extends RecordUpdateInput {
  @Field(() => OrganisationKind, { nullable: true })
  kind?: OrganisationKind | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  registrationCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Moves the seat: you must write for both communes.' })
  administrativeUnitCode?: string | null;

  @Field(() => Int, { nullable: true })
  @Limit(RANGES.people)
  memberHouseholds?: number | null;

  @Field(() => [String], { nullable: true })
  @Limit(MAX_CROPS)
  crops?: string[] | null;

  @Field(() => OrganisationContactInput, { nullable: true })
  contact?: OrganisationContactInput | null;
}

@InputType({ description: 'All given conditions must hold.' })
export class OrganisationFilter {
  @Field(() => OrganisationKind, { nullable: true })
  kind?: OrganisationKind | null;

  @Field(() => String, { nullable: true, description: 'Seated in exactly this commune or ward.' })
  administrativeUnitCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Grows this crop.' })
  crop?: string | null;

  @Field(() => String, { nullable: true })
  registrationCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the name, ignoring case and diacritics.' })
  search?: string | null;
}

export enum OrganisationOrderField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}

registerEnumType(OrganisationOrderField, { name: 'OrganisationOrderField' });

@InputType({ description: 'Ignored with updatedSince: a change feed is ordered by updatedAt.' })
export class OrganisationOrder {
  @Field(() => OrganisationOrderField)
  field: OrganisationOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction: OrderDirection;
}
