import { IsOptional, Length, Matches } from 'class-validator';
import { Field, Float, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../../../core/errors/user-error';
import { FactorUsed } from '../calculator/calculation.types';
import { Limit, RANGES } from '../../../core/input/input-limits';

@ObjectType({ description: 'A set of emission factors: an IPCC default set, or a country-specific set overriding one.' })
export class FactorSet {
  @Field()
  code: string;

  @Field()
  name: string;

  @Field()
  description: string;

  @Field(() => String, { nullable: true, description: 'The set this one overrides; null for IPCC sets.' })
  base: string | null;

  @Field({ description: 'True for the sets shipped with the API: IPCC2006, IPCC2019 and the Viet Nam set VN_TIER2_2026.' })
  builtIn: boolean;

  @Field(() => [FactorUsed], { description: 'The factors this set defines itself (for a country set: its overrides).' })
  factors: FactorUsed[];

  @Field(() => String, {
    nullable: true,
    description: 'For a documented country set: which factors are Viet Nam values, which set supplies the rest, and what is not adopted. Null otherwise.',
  })
  methodStatement: string | null;

  @Field(() => [FactorSetGap], { description: 'Values the literature reports that this set does not adopt (UNCONFIRMED or not applicable).' })
  gaps: FactorSetGap[];
}

@ObjectType({ description: 'A reported value a country set does not adopt, what is used instead and why.', simpleResolvers: true })
export class FactorSetGap {
  @Field()
  topic: string;

  @Field({ description: 'Source key of the methods sheet, or "none found".' })
  sourceKey: string;

  @Field()
  reason: string;

  @Field({ description: 'What the engine uses instead.' })
  fallback: string;
}

@InputType()
export class FactorOverrideInput {
  @Field({ description: "Factor key, e.g. RICE.EF_C.SOUTH_EAST_ASIA (see an IPCC set's factors)." })
  key: string;

  @Field(() => Float)
  @Limit(RANGES.factor)
  value: number;

  @Field()
  @Length(1, 100)
  unit: string;

  @Field({ description: 'Where the value comes from: document, table, page.' })
  @Length(3, 1000)
  source: string;

  @Field(() => Float, { nullable: true })
  @Limit(RANGES.factor)
  rangeLow?: number | null;

  @Field(() => Float, { nullable: true })
  @Limit(RANGES.factor)
  rangeHigh?: number | null;

  @Field({ defaultValue: false })
  unconfirmed: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000)
  note?: string | null;
}

@InputType({ description: 'A country-specific (Tier 2) set; immutable once created.' })
export class CreateFactorSetInput {
  @Field({ description: 'Upper case letters, digits and _, e.g. VN_DAKLAK_2026.' })
  @Matches(/^[A-Z][A-Z0-9_]{2,40}$/, { message: 'code must be 3-41 upper case letters, digits or _' })
  code: string;

  @Field()
  @Length(1, 200)
  name: string;

  @Field()
  @Length(1, 2000)
  description: string;

  @Field({ description: 'Code of the set it overrides, e.g. IPCC2019.' })
  base: string;

  @Field(() => [FactorOverrideInput])
  factors: FactorOverrideInput[];
}

@ObjectType()
export class CreateFactorSetPayload {
  @Field(() => FactorSet, { nullable: true })
  factorSet: FactorSet | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
