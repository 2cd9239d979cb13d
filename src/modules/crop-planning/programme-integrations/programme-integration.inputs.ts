import { Field, ID, InputType, Int } from 'type-graphql';
import { Limit, RANGES } from '../../../core/input/input-limits';
import { IdempotentInput, RecordUpdateInput } from '../../../core/input/record-inputs';
import { ProgrammeIntegrationStatus } from './programme-integration.entity';

const CRITERIA = { maxItems: 100, maxLength: 2000 };

@InputType()
export class CreateProgrammeIntegrationInput extends IdempotentInput {
  @Field()
  programmeName: string;

  @Field(() => String, { nullable: true })
  programmeCode?: string | null;

  @Field({ description: 'The agency that owns the programme, e.g. DAE.' })
  ownerAgencyCode: string;

  @Field(() => [String], { description: 'At least one criterion; at most 100.' })
  @Limit(CRITERIA)
  criteria: string[];

  @Field(() => Int, { description: '2026-2035.' })
  @Limit(RANGES.year)
  startYear: number;

  @Field(() => Int, { description: '2026-2035, not before startYear.' })
  @Limit(RANGES.year)
  endYear: number;

  @Field(() => ProgrammeIntegrationStatus, { nullable: true, description: 'Default PLANNED.' })
  status?: ProgrammeIntegrationStatus | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => ID, { nullable: true, description: 'An ADOPTED low-emission criteria set (III.2) the programme applies.' })
  criteriaSetId?: string | null;
}

/** Omitted fields keep their value; null clears an optional one. */
@InputType()
export class UpdateProgrammeIntegrationInput extends RecordUpdateInput {
  @Field(() => String, { nullable: true })
  programmeName?: string | null;

  @Field(() => String, { nullable: true })
  programmeCode?: string | null;

  @Field(() => String, { nullable: true })
  ownerAgencyCode?: string | null;

  @Field(() => [String], { nullable: true })
  @Limit(CRITERIA)
  criteria?: string[] | null;

  @Field(() => Int, { nullable: true })
  @Limit(RANGES.year)
  startYear?: number | null;

  @Field(() => Int, { nullable: true })
  @Limit(RANGES.year)
  endYear?: number | null;

  @Field(() => ProgrammeIntegrationStatus, { nullable: true })
  status?: ProgrammeIntegrationStatus | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => ID, { nullable: true, description: 'Null clears the criteria set.' })
  criteriaSetId?: string | null;
}

@InputType({ description: 'All given conditions must hold.' })
export class ProgrammeIntegrationFilter {
  @Field(() => String, { nullable: true, description: "The province's code (every programme integration is province-wide)." })
  administrativeUnitCode?: string | null;

  @Field(() => ProgrammeIntegrationStatus, { nullable: true })
  status?: ProgrammeIntegrationStatus | null;

  @Field(() => String, { nullable: true })
  ownerAgencyCode?: string | null;

  @Field(() => Int, { nullable: true, description: 'Running in this year (from startYear to endYear).' })
  @Limit(RANGES.year)
  year?: number | null;
}
