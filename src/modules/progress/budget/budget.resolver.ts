import { Arg, Args, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../../core/auth/access';
import { RequestContext } from '../../../core/context';
import { UserError } from '../../../core/errors/user-error';
import { ConnectionType } from '../../../core/relay/connection';
import { PageArgs } from '../../../core/relay/pagination';
import { AdministrativeUnit } from '../../geography';
import { Task } from '../../plan';
import { BUDGET_READERS, BUDGET_WRITERS } from './budget-access';
import { BudgetLine } from './budget-line.entity';
import { BudgetLineFilter, BudgetTotalsFilter, CreateBudgetLineInput, DeleteBudgetLineInput, UpdateBudgetLineInput } from './budget-line.inputs';
import { BudgetTotal } from './budget-totals.types';
import { budgetTotals, createBudgetLine, deleteBudgetLine, listBudgetLines, updateBudgetLine } from './budget.service';

@ObjectType({ description: 'A page of budget lines.' })
export class BudgetLineConnection extends ConnectionType(BudgetLine, 'BudgetLine') {}

@ObjectType()
export class BudgetLinePayload {
  @Field(() => BudgetLine, { nullable: true })
  budgetLine: BudgetLine | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class DeleteBudgetLinePayload {
  @Field(() => BudgetLine, { nullable: true, description: 'The line as it was before deletion.' })
  budgetLine: BudgetLine | null;

  @Field(() => ID, { nullable: true })
  deletedBudgetLineId: string | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@Resolver(() => BudgetLine)
export class BudgetLineResolver {
  @Access(BUDGET_READERS)
  @Query(() => BudgetLineConnection, { description: "Budget lines of section VII, provincial and communes'." })
  budgetLines(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => BudgetLineFilter, { nullable: true }) filter?: BudgetLineFilter | null,
  ): Promise<BudgetLineConnection> {
    return listBudgetLines(ctx, page, filter) as Promise<BudgetLineConnection>;
  }

  @Access(BUDGET_READERS)
  @Query(() => [BudgetTotal], { description: 'Sums of the budget lines per task and year, in plan order.' })
  budgetTotals(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => BudgetTotalsFilter, { nullable: true }) filter?: BudgetTotalsFilter | null,
  ): Promise<BudgetTotal[]> {
    return budgetTotals(ctx, filter);
  }

  @Access(BUDGET_WRITERS)
  @Mutation(() => BudgetLinePayload, { description: 'Adds a line; agency officers for tasks their agency leads, commune officers for their own unit.' })
  createBudgetLine(@Ctx() ctx: RequestContext, @Arg('input', () => CreateBudgetLineInput) input: CreateBudgetLineInput): Promise<BudgetLinePayload> {
    return createBudgetLine(ctx, input);
  }

  @Access(BUDGET_WRITERS)
  @Mutation(() => BudgetLinePayload, { description: 'Changes the amounts or note of the version you edited.' })
  updateBudgetLine(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateBudgetLineInput) input: UpdateBudgetLineInput): Promise<BudgetLinePayload> {
    return updateBudgetLine(ctx, input);
  }

  @Access(BUDGET_WRITERS)
  @Mutation(() => DeleteBudgetLinePayload, { description: 'Deletes the version you edited.' })
  deleteBudgetLine(@Ctx() ctx: RequestContext, @Arg('input', () => DeleteBudgetLineInput) input: DeleteBudgetLineInput): Promise<DeleteBudgetLinePayload> {
    return deleteBudgetLine(ctx, input);
  }

  @FieldResolver(() => Task)
  async task(@Root() line: BudgetLine, @Ctx() ctx: RequestContext): Promise<Task> {
    return (await ctx.loaders.taskById.load(line.taskId))!;
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true, description: 'The commune or ward; null for a provincial line.' })
  administrativeUnit(@Root() line: BudgetLine, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit | null> | null {
    return line.administrativeUnitId ? ctx.loaders.unitById.load(line.administrativeUnitId) : null;
  }

  @FieldResolver(() => Date, { description: 'When the line was last changed.' })
  updatedAt(@Root() line: BudgetLine): Date {
    return line.updatedAt;
  }
}

@Resolver(() => BudgetTotal)
export class BudgetTotalResolver {
  @FieldResolver(() => Task)
  async task(@Root() total: BudgetTotal, @Ctx() ctx: RequestContext): Promise<Task> {
    return (await ctx.loaders.taskById.load(total.taskId))!;
  }
}
