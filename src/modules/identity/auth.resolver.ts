import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Access, PUBLIC } from '../../core/auth/access';
import { Role } from '../../core/auth/roles';
import { RequestContext } from '../../core/context';
import { login, logout, refresh } from './auth.service';
import { LoginInput, LogoutInput, RefreshTokenInput } from './identity.inputs';
import { AuthPayload, LogoutPayload } from './identity.payloads';
import { User } from './user.entity';
import { findCurrentUser } from './user.service';

const ANY_USER = { roles: Object.values(Role) };

@Resolver()
export class AuthResolver {
  @Access(PUBLIC)
  @Mutation(() => AuthPayload, { description: 'Email and password for an access token (15 min) and a single-use refresh token.' })
  login(@Ctx() ctx: RequestContext, @Arg('input', () => LoginInput) input: LoginInput): Promise<AuthPayload> {
    return login(ctx, input);
  }

  @Access(PUBLIC)
  @Mutation(() => AuthPayload, { description: 'A refresh token for a new pair; reusing a spent one ends the session.' })
  refreshToken(@Ctx() ctx: RequestContext, @Arg('input', () => RefreshTokenInput) input: RefreshTokenInput): Promise<AuthPayload> {
    return refresh(ctx, input);
  }

  @Access(PUBLIC)
  @Mutation(() => LogoutPayload, { description: 'Ends the session of a refresh token.' })
  logout(@Ctx() ctx: RequestContext, @Arg('input', () => LogoutInput) input: LogoutInput): Promise<LogoutPayload> {
    return logout(ctx, input);
  }

  @Access(ANY_USER)
  @Query(() => User, { description: 'The logged-in user.' })
  async me(@Ctx() ctx: RequestContext): Promise<User> {
    return (await findCurrentUser(ctx))!;
  }
}
