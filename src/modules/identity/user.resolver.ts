import { Arg, Args, Ctx, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ADMIN_ONLY, Access } from '../../core/auth/access';
import { RequestContext } from '../../core/context';
import { ConnectionType } from '../../core/relay/connection';
import { PageArgs } from '../../core/relay/pagination';
import { Agency } from '../agencies';
import { AdministrativeUnit } from '../geography';
import { Organisation } from '../organisations';
import { unlockLogin } from './auth.service';
import { CreateUserInput, IdInput, UnlockLoginInput, UpdateUserInput } from './identity.inputs';
import { UserPayload } from './identity.payloads';
import { User } from './user.entity';
import { createUser, deactivateUser, listUsers, updateUser } from './user.service';

@ObjectType({ description: 'A page of users, ordered by email.' })
export class UserConnection extends ConnectionType(User, 'User') {}

@Resolver(() => User)
export class UserResolver {
  @Access(ADMIN_ONLY)
  @Query(() => UserConnection)
  users(@Ctx() ctx: RequestContext, @Args(() => PageArgs) page: PageArgs): Promise<UserConnection> {
    return listUsers(ctx, page) as Promise<UserConnection>;
  }

  @Access(ADMIN_ONLY)
  @Mutation(() => UserPayload)
  createUser(@Ctx() ctx: RequestContext, @Arg('input', () => CreateUserInput) input: CreateUserInput): Promise<UserPayload> {
    return createUser(ctx, input);
  }

  @Access(ADMIN_ONLY)
  @Mutation(() => UserPayload, { description: "Changes name, role, binding or password; a new password or role ends the user's sessions." })
  updateUser(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateUserInput) input: UpdateUserInput): Promise<UserPayload> {
    return updateUser(ctx, input);
  }

  @Access(ADMIN_ONLY)
  @Mutation(() => UserPayload, {
    description: "Forgets a user's failed logins, so they can log in at once even from an address that must wait.",
  })
  unlockLogin(@Ctx() ctx: RequestContext, @Arg('input', () => UnlockLoginInput) input: UnlockLoginInput): Promise<UserPayload> {
    return unlockLogin(ctx, input);
  }

  @Access(ADMIN_ONLY)
  @Mutation(() => UserPayload, { description: 'Blocks login and refresh at once; current access tokens stop working too.' })
  deactivateUser(@Ctx() ctx: RequestContext, @Arg('input', () => IdInput) input: IdInput): Promise<UserPayload> {
    return deactivateUser(ctx, input.id);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'AGENCY_OFFICER: the agency they act for.' })
  agency(@Root() user: User, @Ctx() ctx: RequestContext): Promise<Agency | null> | null {
    return user.agencyId ? ctx.loaders.agencyById.load(user.agencyId) : null;
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true, description: 'COMMUNE_OFFICER: their commune or ward.' })
  administrativeUnit(@Root() user: User, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit | null> | null {
    return user.administrativeUnitId ? ctx.loaders.unitById.load(user.administrativeUnitId) : null;
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'CERTIFICATION_BODY_OFFICER: the certification body they act for.' })
  organisation(@Root() user: User, @Ctx() ctx: RequestContext): Promise<Organisation | null> | null {
    return user.organisationId ? ctx.loaders.organisationById.load(user.organisationId) : null;
  }
}
