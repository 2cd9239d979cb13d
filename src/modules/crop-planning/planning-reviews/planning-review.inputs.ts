import { Field, InputType, Int } from 'type-graphql';
import { Limit, RANGES } from '../../../core/input/input-limits';
import { IdempotentInput, RecordUpdateInput } from '../../../core/input/record-inputs';
import { ReviewedPlanKind, ReviewedPlanLevel } from './planning-review.entity';

const PROPOSALS = { maxItems: 100, maxLength: 5000 };

@InputType()
export class CreatePlanningReviewInput extends IdempotentInput {
  @Field(() => ReviewedPlanLevel)
  planLevel: ReviewedPlanLevel;

  @Field(() => String, { nullable: true, description: "COMMUNE: the commune or ward code (required). PROVINCIAL: omit it (or give the province's)." })
  administrativeUnitCode?: string | null;

  @Field()
  planTitle: string;

  @Field(() => ReviewedPlanKind)
  planKind: ReviewedPlanKind;

  @Field(() => String, { nullable: true })
  planReference?: string | null;

  @Field({ description: 'YYYY-MM-DD within 2026-2035, not in the future.' })
  @Limit({ format: 'date' })
  reviewedOn: string;

  @Field()
  findings: string;

  @Field(() => [String], { description: 'Proposals to integrate emission cuts; at most 100.' })
  @Limit(PROPOSALS)
  proposals: string[];

  @Field(() => String, { nullable: true, description: 'With decisionDate.' })
  decisionNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not before reviewedOn nor in the future.' })
  @Limit({ format: 'date' })
  decisionDate?: string | null;

  @Field(() => String, { nullable: true })
  decisionBody?: string | null;
}

/** Omitted fields keep their value; null clears an optional one. Level and unit never change. */
@InputType()
export class UpdatePlanningReviewInput extends RecordUpdateInput {
  @Field(() => String, { nullable: true })
  planTitle?: string | null;

  @Field(() => ReviewedPlanKind, { nullable: true })
  planKind?: ReviewedPlanKind | null;

  @Field(() => String, { nullable: true })
  planReference?: string | null;

  @Field(() => String, { nullable: true })
  @Limit({ format: 'date' })
  reviewedOn?: string | null;

  @Field(() => String, { nullable: true })
  findings?: string | null;

  @Field(() => [String], { nullable: true })
  @Limit(PROPOSALS)
  proposals?: string[] | null;

  @Field(() => String, { nullable: true })
  decisionNumber?: string | null;

  @Field(() => String, { nullable: true })
  @Limit({ format: 'date' })
  decisionDate?: string | null;

  @Field(() => String, { nullable: true })
  decisionBody?: string | null;
}

@InputType({ description: 'All given conditions must hold.' })
export class PlanningReviewFilter {
  @Field(() => String, { nullable: true, description: "Exactly this unit (the province's code gives the provincial reviews)." })
  administrativeUnitCode?: string | null;

  @Field(() => ReviewedPlanLevel, { nullable: true })
  planLevel?: ReviewedPlanLevel | null;

  @Field(() => ReviewedPlanKind, { nullable: true })
  planKind?: ReviewedPlanKind | null;

  @Field(() => Int, { nullable: true, description: 'Reviewed in this year.' })
  @Limit(RANGES.year)
  year?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'true: a decision followed; false: none yet.' })
  decided?: boolean | null;
}
