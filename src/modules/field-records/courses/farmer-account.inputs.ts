import { Field, InputType } from 'type-graphql';
import { IdempotentInput } from '../../../core/input/record-inputs';

@InputType({ description: "The farmer's agreement to the data notice, as shown in the app." })
export class ConsentInput {
  @Field({ description: 'Must be true: without consent no account is kept.' })
  accepted: boolean;

  @Field({ description: 'Version of the notice shown, e.g. "2026-01".' })
  noticeVersion: string;

  @Field(() => Date, { nullable: true, description: "When the farmer agreed (the device's time); now when omitted." })
  givenAt?: Date | null;
}

@InputType({ description: 'A phone number or an email is required; nothing else personal is asked.' })
export class RegisterFarmerAccountInput extends IdempotentInput {
  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  displayName?: string | null;

  @Field({ description: "The farmer's commune or ward code." })
  administrativeUnitCode: string;

  @Field(() => ConsentInput)
  consent: ConsentInput;
}

@InputType({ description: 'All given conditions must hold.' })
export class FarmerAccountFilter {
  @Field(() => String, { nullable: true })
  administrativeUnitCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Any written form of the number.' })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;
}
