import { Arg, Args, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../../core/auth/access';
import { RequestContext } from '../../../core/context';
import { UserError } from '../../../core/errors/user-error';
import { PageArgs } from '../../../core/relay/pagination';
import { DeleteRecordInput } from '../../../core/input/record-inputs';
import { SyncedConnectionType } from '../../../core/relay/synced-list';
import { Agency } from '../../agencies';
import { AdministrativeUnit } from '../../geography';
import { Organisation } from '../../organisations';
import { Task } from '../../plan';
import { PILOT_READERS, PILOT_WRITERS } from './pilot-access';
import { PilotModel } from './pilot-model.entity';
import { CreatePilotModelInput, PilotModelFilter, PilotModelOrder, UpdatePilotModelInput } from './pilot-model.inputs';
import { createPilotModel, deletePilotModel, listPilotModels, updatePilotModel } from './pilot-model.service';

@ObjectType({ description: 'A page of pilot models.' })
export class PilotModelConnection extends SyncedConnectionType(PilotModel, 'PilotModel') {}

@ObjectType()
export class PilotModelPayload {
  @Field(() => PilotModel, { nullable: true })
  pilotModel: PilotModel | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@Resolver(() => PilotModel)
export class PilotModelResolver {
  @Access(PILOT_READERS)
  @Query(() => PilotModelConnection, {
    description: 'Pilot models, by code unless ordered otherwise. With updatedSince: every change since then, deletions as tombstones, oldest first.',
  })
  pilotModels(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => PilotModelFilter, { nullable: true }) filter?: PilotModelFilter | null,
    @Arg('orderBy', () => PilotModelOrder, { nullable: true }) orderBy?: PilotModelOrder | null,
    @Arg('updatedSince', () => Date, { nullable: true }) updatedSince?: Date | null,
  ): Promise<PilotModelConnection> {
    return listPilotModels(ctx, page, filter, orderBy, updatedSince) as Promise<PilotModelConnection>;
  }

  @Access(PILOT_WRITERS)
  @Mutation(() => PilotModelPayload, { description: 'Records a pilot model for a unit in your scope (provincial pilots: province-wide callers only).' })
  createPilotModel(@Ctx() ctx: RequestContext, @Arg('input', () => CreatePilotModelInput) input: CreatePilotModelInput): Promise<PilotModelPayload> {
    return createPilotModel(ctx, input);
  }

  @Access(PILOT_WRITERS)
  @Mutation(() => PilotModelPayload, { description: 'Changes the given fields of the version you edited.' })
  updatePilotModel(@Ctx() ctx: RequestContext, @Arg('input', () => UpdatePilotModelInput) input: UpdatePilotModelInput): Promise<PilotModelPayload> {
    return updatePilotModel(ctx, input);
  }

  @Access(PILOT_WRITERS)
  @Mutation(() => PilotModelPayload, { description: 'Deletes softly; syncing devices receive a tombstone.' })
  deletePilotModel(@Ctx() ctx: RequestContext, @Arg('input', () => DeleteRecordInput) input: DeleteRecordInput): Promise<PilotModelPayload> {
    return deletePilotModel(ctx, input);
  }

  @FieldResolver(() => AdministrativeUnit, { description: 'The commune or ward; the province for a provincial pilot.' })
  async administrativeUnit(@Root() pilot: PilotModel, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit> {
    return (await ctx.loaders.unitById.load(pilot.administrativeUnitId))!;
  }

  @FieldResolver(() => Task, { description: 'The plan task the pilot serves (IV.1 or IV.2).' })
  async task(@Root() pilot: PilotModel, @Ctx() ctx: RequestContext): Promise<Task> {
    return (await ctx.loaders.taskById.load(pilot.taskId))!;
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The hosting agency, when it is in the catalogue.' })
  hostAgency(@Root() pilot: PilotModel, @Ctx() ctx: RequestContext): Promise<Agency | null> | null {
    return pilot.hostAgencyId ? ctx.loaders.agencyById.load(pilot.hostAgencyId) : null;
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The hosting organisation of the register, when one is named (a deleted one shows as its tombstone).',
  })
  hostOrganisation(@Root() record: { hostOrganisationId: string | null }, @Ctx() ctx: RequestContext): Promise<Organisation | null> | null {
    return record.hostOrganisationId ? ctx.loaders.organisationById.load(record.hostOrganisationId) : null;
  }
}
