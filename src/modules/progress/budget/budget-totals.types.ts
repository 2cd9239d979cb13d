import { Field, Float, Int, ObjectType } from 'type-graphql';
import { FundingSource, VND_DESCRIPTION } from './budget-line.entity';

export interface BudgetAmounts {
  proposed: number;
  approved: number;
  disbursed: number;
}

@ObjectType({ description: 'Sums of the budget lines of one task and year from one funding source.' })
export class BudgetSourceTotal {
  @Field(() => FundingSource)
  fundingSource: FundingSource;

  @Field(() => Float, { description: VND_DESCRIPTION })
  proposedVnd: number;

  @Field(() => Float, { description: VND_DESCRIPTION })
  approvedVnd: number;

  @Field(() => Float, { description: VND_DESCRIPTION })
  disbursedVnd: number;

  @Field(() => Int, { description: "Budget lines summed (provincial and communes')." })
  lineCount: number;
}

@ObjectType({ description: "Sums of every budget line (provincial and communes') of one task in one year." })
export class BudgetTotal {
  taskId: string;

  @Field(() => Int)
  year: number;

  @Field(() => Float, { description: VND_DESCRIPTION })
  proposedVnd: number;

  @Field(() => Float, { description: VND_DESCRIPTION })
  approvedVnd: number;

  @Field(() => Float, { description: VND_DESCRIPTION })
  disbursedVnd: number;

  @Field(() => Int)
  lineCount: number;

  @Field(() => [BudgetSourceTotal], { description: 'The same sums per funding source, sources without lines left out.' })
  bySource: BudgetSourceTotal[];
}
