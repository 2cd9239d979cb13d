import { Arg, Args, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../core/auth/access';
import { RequestContext } from '../../core/context';
import { UserError } from '../../core/errors/user-error';
import { DeleteRecordInput } from '../../core/input/record-inputs';
import { PageArgs } from '../../core/relay/pagination';
import { SyncedConnectionType } from '../../core/relay/synced-list';
import { AdministrativeUnit } from '../geography';
import { ORGANISATION_READERS, ORGANISATION_WRITERS, mayReadContact } from './organisation-access';
import { Organisation } from './organisation.entity';
import { CreateOrganisationInput, OrganisationFilter, OrganisationOrder, UpdateOrganisationInput } from './organisation.inputs';
import { createOrganisation, deleteOrganisation, listOrganisations, updateOrganisation } from './organisation.service';

@ObjectType({ description: 'A page of organisations.' })
export class OrganisationConnection extends SyncedConnectionType(Organisation, 'Organisation') {}

@ObjectType({ description: "An organisation's contact person (personal data)." })
export class OrganisationContact {
  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;
}

@ObjectType()
export class OrganisationPayload {
  @Field(() => Organisation, { nullable: true })
  organisation: Organisation | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Access(ORGANISATION_READERS)
  @Query(() => OrganisationConnection, {
    description: 'Organisations, by name unless ordered otherwise. With updatedSince: every change since then, deletions as tombstones, oldest first.',
  })
  organisations(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => OrganisationFilter, { nullable: true }) filter?: OrganisationFilter | null,
    @Arg('orderBy', () => OrganisationOrder, { nullable: true }) orderBy?: OrganisationOrder | null,
    @Arg('updatedSince', () => Date, { nullable: true }) updatedSince?: Date | null,
  ): Promise<OrganisationConnection> {
    return listOrganisations(ctx, page, filter, orderBy, updatedSince) as Promise<OrganisationConnection>;
  }

  @Access(ORGANISATION_WRITERS)
  @Mutation(() => OrganisationPayload, { description: 'Registers an organisation seated in a commune or ward of your scope.' })
  createOrganisation(@Ctx() ctx: RequestContext, @Arg('input', () => CreateOrganisationInput) input: CreateOrganisationInput): Promise<OrganisationPayload> {
    return createOrganisation(ctx, input);
  }

  @Access(ORGANISATION_WRITERS)
  @Mutation(() => OrganisationPayload, { description: 'Changes the given fields of the version you edited.' })
  updateOrganisation(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateOrganisationInput) input: UpdateOrganisationInput): Promise<OrganisationPayload> {
    return updateOrganisation(ctx, input);
  }

  @Access(ORGANISATION_WRITERS)
  @Mutation(() => OrganisationPayload, { description: 'Deletes softly (the contact person is erased); syncing devices receive a tombstone.' })
  deleteOrganisation(@Ctx() ctx: RequestContext, @Arg('input', () => DeleteRecordInput) input: DeleteRecordInput): Promise<OrganisationPayload> {
    return deleteOrganisation(ctx, input);
  }

  @FieldResolver(() => AdministrativeUnit, { description: 'The commune or ward of its seat.' })
  async administrativeUnit(@Root() organisation: Organisation, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit> {
    return (await ctx.loaders.unitById.load(organisation.administrativeUnitId))!;
  }

  @FieldResolver(() => OrganisationContact, {
    nullable: true,
    description:
      'The contact person: null for callers other than signed-in officers (and partner keys with organisation-contacts:read), or when none is recorded.',
  })
  contact(@Root() organisation: Organisation, @Ctx() ctx: RequestContext): OrganisationContact | null {
    if (!mayReadContact(ctx)) return null;
    const { contactName: name, contactPhone: phone, contactEmail: email } = organisation;
    return name === null && phone === null && email === null ? null : { name, phone, email };
  }
}
