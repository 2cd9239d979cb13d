import { Arg, Args, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Access, PUBLIC } from '../../core/auth/access';
import { Role } from '../../core/auth/roles';
import { RequestContext } from '../../core/context';
import { UserError } from '../../core/errors/user-error';
import { ConnectionType } from '../../core/relay/connection';
import { PageArgs } from '../../core/relay/pagination';
import { AdministrativeUnit } from '../geography';
import { FILES_COMPLEXITY, StoredFile, filesOfRecord } from '../files';
import { CommuneImplementationPlan } from './commune-implementation-plan.entity';
import { CommuneImplementationPlanFilter, SaveCommuneImplementationPlanInput } from './commune-implementation-plan.inputs';
import { listCommuneImplementationPlans, saveCommuneImplementationPlan } from './commune-implementation-plan.service';

@ObjectType({ description: 'A page of commune implementation plans.' })
export class CommuneImplementationPlanConnection extends ConnectionType(CommuneImplementationPlan, 'CommuneImplementationPlan') {}

@ObjectType()
export class SaveCommuneImplementationPlanPayload {
  @Field(() => CommuneImplementationPlan, { nullable: true })
  communeImplementationPlan: CommuneImplementationPlan | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@Resolver(() => CommuneImplementationPlan)
export class CommuneImplementationPlanResolver {
  @Access(PUBLIC)
  @Query(() => CommuneImplementationPlanConnection, { description: 'Adopted plans for everyone; drafts for the commune and the province.' })
  communeImplementationPlans(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => CommuneImplementationPlanFilter, { nullable: true }) filter?: CommuneImplementationPlanFilter | null,
  ): Promise<CommuneImplementationPlanConnection> {
    return listCommuneImplementationPlans(ctx, page, filter) as Promise<CommuneImplementationPlanConnection>;
  }

  @Access({ roles: [Role.PROVINCE_OFFICER, Role.AGENCY_OFFICER, Role.COMMUNE_OFFICER], scopes: ['implementation-plans:write'] })
  @Mutation(() => SaveCommuneImplementationPlanPayload, { description: "Creates or replaces a unit's plan; only for units in the caller's scope." })
  saveCommuneImplementationPlan(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SaveCommuneImplementationPlanInput) input: SaveCommuneImplementationPlanInput,
  ): Promise<SaveCommuneImplementationPlanPayload> {
    return saveCommuneImplementationPlan(ctx, input);
  }

  @FieldResolver(() => AdministrativeUnit)
  async administrativeUnit(@Root() plan: CommuneImplementationPlan, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit> {
    return (await ctx.loaders.unitById.load(plan.administrativeUnitId))!;
  }

  @FieldResolver(() => [StoredFile], {
    description: 'The document and annexes uploaded for it (POST /files), in the order given.',
    complexity: FILES_COMPLEXITY,
  })
  files(@Root() plan: CommuneImplementationPlan, @Ctx() ctx: RequestContext): Promise<StoredFile[]> {
    return filesOfRecord(ctx, 'CommuneImplementationPlan', plan.id);
  }
}
