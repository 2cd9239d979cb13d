import { Field, Float, ID, InputType } from 'type-graphql';
import { Limit, RANGES } from '../../core/input/input-limits';
import { IdempotentInput, RecordUpdateInput } from '../../core/input/record-inputs';
import { CarbonProjectStatus, CarbonStandard } from './carbon.enums';

const BUFFER = 'Percent withheld as buffer, 0-100, a decimal text with at most 2 decimals (e.g. "15" or "12.5").';

@InputType({ description: 'A new carbon credit project; it starts as IDEA.' })
export class CreateCarbonProjectInput extends IdempotentInput {
  @Field()
  name: string;

  @Field(() => CarbonStandard)
  standard: CarbonStandard;

  @Field(() => String, { nullable: true })
  methodology?: string | null;

  @Field(() => [String], { description: 'Codes of the communes and wards taking part (at least one, at most 102).' })
  communeCodes: string[];

  @Field(() => [ID], { nullable: true, description: 'Global IDs of the organisations taking part; at most 200.' })
  organisationIds?: string[] | null;

  @Field(() => Float)
  @Limit(RANGES.hectares)
  areaHa: number;

  @Field({ description: 'YYYY-MM-DD.' })
  @Limit({ format: 'date' })
  creditingFrom: string;

  @Field({ description: 'YYYY-MM-DD, after creditingFrom.' })
  @Limit({ format: 'date' })
  creditingTo: string;

  @Field({ description: BUFFER })
  bufferPercent: string;
}

/** Omitted fields keep their value; status moves one step forward only. */
@InputType()
export class UpdateCarbonProjectInput extends RecordUpdateInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => CarbonStandard, { nullable: true })
  standard?: CarbonStandard | null;

  @Field(() => String, { nullable: true })
  methodology?: string | null;

  @Field(() => [String], { nullable: true })
  communeCodes?: string[] | null;

  @Field(() => [ID], { nullable: true })
  organisationIds?: string[] | null;

  @Field(() => Float, { nullable: true })
  @Limit(RANGES.hectares)
  areaHa?: number | null;

  @Field(() => String, { nullable: true })
  @Limit({ format: 'date' })
  creditingFrom?: string | null;

  @Field(() => String, { nullable: true })
  @Limit({ format: 'date' })
  creditingTo?: string | null;

  @Field(() => String, { nullable: true, description: BUFFER })
  bufferPercent?: string | null;

  @Field(() => CarbonProjectStatus, { nullable: true, description: 'The next status only (IDEA → PDD_DRAFTED → … → ISSUED).' })
  status?: CarbonProjectStatus | null;
}

@InputType({ description: 'All given conditions must hold.' })
export class CarbonProjectFilter {
  @Field(() => CarbonStandard, { nullable: true })
  standard?: CarbonStandard | null;

  @Field(() => CarbonProjectStatus, { nullable: true })
  status?: CarbonProjectStatus | null;

  @Field(() => String, { nullable: true, description: 'A commune or ward taking part.' })
  communeCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'An organisation taking part.' })
  organisationId?: string | null;
}
