import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { Limit, RANGES } from '../../core/input/input-limits';
import { IdempotentInput, RecordUpdateInput } from '../../core/input/record-inputs';
import { ResearchStudyKind, ResearchStudyStatus } from './research-study.entity';

const BUDGET = 'Whole đồng (VND), at most 10^15.';

@InputType({ description: 'A new study, S&T task, experimental model or technology application.' })
export class CreateResearchStudyInput extends IdempotentInput {
  @Field(() => ResearchStudyKind)
  kind: ResearchStudyKind;

  @Field()
  title: string;

  @Field({ description: 'Catalogue code of the lead agency, e.g. DOST.' })
  leadAgencyCode: string;

  @Field(() => Int, { description: '2026-2035.' })
  @Limit(RANGES.year)
  startYear: number;

  @Field(() => Int, { description: '2026-2035, not before startYear.' })
  @Limit(RANGES.year)
  endYear: number;

  @Field(() => Float, { nullable: true, description: BUDGET })
  @Limit(RANGES.vnd)
  budgetVnd?: number | null;

  @Field(() => ResearchStudyStatus, { nullable: true, description: 'Default PROPOSED.' })
  status?: ResearchStudyStatus | null;

  @Field(() => String, { nullable: true })
  results?: string | null;

  @Field(() => [String], { nullable: true, description: 'http(s) addresses; at most 20.' })
  documentUrls?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'EXPERIMENTAL_MODEL only: the pilot model it runs on.' })
  pilotModelId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The organisation that leads it (a research institute, a cooperative): a live one of any commune.' })
  leadOrganisationId?: string | null;
}

/** Omitted fields keep their value; the kind never changes. */
@InputType()
export class UpdateResearchStudyInput extends RecordUpdateInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  leadAgencyCode?: string | null;

  @Field(() => Int, { nullable: true })
  @Limit(RANGES.year)
  startYear?: number | null;

  @Field(() => Int, { nullable: true })
  @Limit(RANGES.year)
  endYear?: number | null;

  @Field(() => Float, { nullable: true, description: `${BUDGET} Null clears it.` })
  @Limit(RANGES.vnd)
  budgetVnd?: number | null;

  @Field(() => ResearchStudyStatus, { nullable: true })
  status?: ResearchStudyStatus | null;

  @Field(() => String, { nullable: true, description: 'An empty text clears it.' })
  results?: string | null;

  @Field(() => [String], { nullable: true })
  documentUrls?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Null clears the link.' })
  pilotModelId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Null clears the lead organisation.' })
  leadOrganisationId?: string | null;
}

@InputType({ description: 'All given conditions must hold.' })
export class ResearchStudyFilter {
  @Field(() => ResearchStudyKind, { nullable: true })
  kind?: ResearchStudyKind | null;

  @Field(() => ResearchStudyStatus, { nullable: true })
  status?: ResearchStudyStatus | null;

  @Field(() => Int, { nullable: true, description: 'Running in this year.' })
  @Limit(RANGES.year)
  year?: number | null;

  @Field(() => String, { nullable: true })
  leadAgencyCode?: string | null;
}
