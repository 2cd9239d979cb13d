import { Arg, Args, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../../core/auth/access';
import { RequestContext } from '../../../core/context';
import { UserError } from '../../../core/errors/user-error';
import { PageArgs } from '../../../core/relay/pagination';
import { DeleteRecordInput } from '../../../core/input/record-inputs';
import { SyncedConnectionType } from '../../../core/relay/synced-list';
import { AdministrativeUnit } from '../../geography';
import { FARMER_RECORD_READERS, FARMER_RECORD_WRITERS } from './courses-access';
import { FarmerAccount } from './farmer-account.entity';
import { FarmerAccountFilter, RegisterFarmerAccountInput } from './farmer-account.inputs';
import { deleteFarmerAccount, listFarmerAccounts, registerFarmerAccount } from './farmer-account.service';

@ObjectType({ description: 'A page of farmer accounts.' })
export class FarmerAccountConnection extends SyncedConnectionType(FarmerAccount, 'FarmerAccount') {}

@ObjectType()
export class FarmerAccountPayload {
  @Field(() => FarmerAccount, { nullable: true })
  farmerAccount: FarmerAccount | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@Resolver(() => FarmerAccount)
export class FarmerAccountResolver {
  @Access(FARMER_RECORD_READERS)
  @Query(() => FarmerAccountConnection, {
    description: 'Farmer accounts of the units you may see (a FARMER: their own), oldest first. With updatedSince: changes and deletions since then.',
  })
  farmerAccounts(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => FarmerAccountFilter, { nullable: true }) filter?: FarmerAccountFilter | null,
    @Arg('updatedSince', () => Date, { nullable: true }) updatedSince?: Date | null,
  ): Promise<FarmerAccountConnection> {
    return listFarmerAccounts(ctx, page, filter, updatedSince) as Promise<FarmerAccountConnection>;
  }

  @Access(FARMER_RECORD_WRITERS)
  @Mutation(() => FarmerAccountPayload, {
    description: 'Registers a farmer with their consent: officers and keys for their communes, a FARMER for themselves.',
  })
  registerFarmerAccount(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RegisterFarmerAccountInput) input: RegisterFarmerAccountInput,
  ): Promise<FarmerAccountPayload> {
    return registerFarmerAccount(ctx, input);
  }

  @Access(FARMER_RECORD_WRITERS)
  @Mutation(() => FarmerAccountPayload, { description: "Erases the farmer's contact data (consent withdrawn); their completions stay counted." })
  deleteFarmerAccount(@Ctx() ctx: RequestContext, @Arg('input', () => DeleteRecordInput) input: DeleteRecordInput): Promise<FarmerAccountPayload> {
    return deleteFarmerAccount(ctx, input);
  }

  @FieldResolver(() => AdministrativeUnit, { description: "The farmer's commune or ward." })
  async administrativeUnit(@Root() account: FarmerAccount, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit> {
    return (await ctx.loaders.unitById.load(account.administrativeUnitId))!;
  }
}
