import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { FundingSource, VND_DESCRIPTION } from './budget-line.entity';
import { Limit, RANGES } from '../../../core/input/input-limits';

const EXPECTED_VERSION = 'The version you edited; if the line has changed since, the answer is a CONFLICT (STALE_VERSION).';

@InputType({ description: 'A new budget line; one per task, year, funding source and unit.' })
export class CreateBudgetLineInput {
  @Field({ description: 'Plan task code, e.g. IV.1.' })
  taskCode: string;

  @Field(() => Int, { description: '2026 to 2035.' })
  @Limit(RANGES.year)
  year: number;

  @Field(() => FundingSource)
  fundingSource: FundingSource;

  @Field(() => String, { nullable: true, description: 'A commune or ward for its own budget; omit (or give the province) for the provincial budget.' })
  administrativeUnitCode?: string | null;

  @Field(() => Float, { description: VND_DESCRIPTION })
  @Limit(RANGES.vnd)
  proposedVnd: number;

  @Field(() => Float, { nullable: true, description: `Default 0. ${VND_DESCRIPTION}` })
  @Limit(RANGES.vnd)
  approvedVnd?: number | null;

  @Field(() => Float, { nullable: true, description: `Default 0; at most approvedVnd. ${VND_DESCRIPTION}` })
  @Limit(RANGES.vnd)
  disbursedVnd?: number | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

/** Base of every change to a line: which line, at which version. */
@InputType()
abstract class BudgetLineChangeInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: EXPECTED_VERSION })
  @Limit(RANGES.version)
  expectedVersion: number;
}

/** Omitted fields keep their value. Task, year, source and unit never change: delete the line and create another. */
@InputType()
export class UpdateBudgetLineInput extends BudgetLineChangeInput {
  @Field(() => Float, { nullable: true })
  @Limit(RANGES.vnd)
  proposedVnd?: number | null;

  @Field(() => Float, { nullable: true })
  @Limit(RANGES.vnd)
  approvedVnd?: number | null;

  @Field(() => Float, { nullable: true })
  @Limit(RANGES.vnd)
  disbursedVnd?: number | null;

  @Field(() => String, { nullable: true, description: 'An empty text clears the note.' })
  note?: string | null;
}

@InputType()
export class DeleteBudgetLineInput extends BudgetLineChangeInput {}

@InputType({ description: 'All given conditions must hold.' })
export class BudgetLineFilter {
  @Field(() => String, { nullable: true, description: 'Plan task code, e.g. IV.1.' })
  taskCode?: string | null;

  @Field(() => Int, { nullable: true })
  @Limit(RANGES.year)
  year?: number | null;

  @Field(() => FundingSource, { nullable: true })
  fundingSource?: FundingSource | null;

  @Field(() => String, { nullable: true, description: 'A commune or ward: its own lines; the province code: the provincial lines.' })
  administrativeUnitCode?: string | null;
}

@InputType()
export class BudgetTotalsFilter {
  @Field(() => Int, { nullable: true })
  @Limit(RANGES.year)
  year?: number | null;

  @Field(() => String, { nullable: true })
  taskCode?: string | null;
}
