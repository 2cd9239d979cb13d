import { Arg, Args, Ctx, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ADMIN_ONLY, Access } from '../../core/auth/access';
import { RequestContext } from '../../core/context';
import { ConnectionType } from '../../core/relay/connection';
import { PageArgs } from '../../core/relay/pagination';
import { Organisation } from '../organisations';
import { ApiKey } from './api-key.entity';
import { createApiKey, listApiKeys, revokeApiKey } from './api-key.service';
import { CreateApiKeyInput, IdInput } from './identity.inputs';
import { ApiKeyPayload, CreateApiKeyPayload } from './identity.payloads';

@ObjectType({ description: 'A page of API keys.' })
export class ApiKeyConnection extends ConnectionType(ApiKey, 'ApiKey') {}

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Access(ADMIN_ONLY)
  @Query(() => ApiKeyConnection)
  apiKeys(@Ctx() ctx: RequestContext, @Args(() => PageArgs) page: PageArgs): Promise<ApiKeyConnection> {
    return listApiKeys(ctx, page) as Promise<ApiKeyConnection>;
  }

  @Access(ADMIN_ONLY)
  @Mutation(() => CreateApiKeyPayload, { description: 'Creates a partner key; the secret is in the payload and never shown again.' })
  createApiKey(@Ctx() ctx: RequestContext, @Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput): Promise<CreateApiKeyPayload> {
    return createApiKey(ctx, input);
  }

  @Access(ADMIN_ONLY)
  @Mutation(() => ApiKeyPayload, { description: 'Revokes a key at once.' })
  revokeApiKey(@Ctx() ctx: RequestContext, @Arg('input', () => IdInput) input: IdInput): Promise<ApiKeyPayload> {
    return revokeApiKey(ctx, input.id);
  }

  @FieldResolver(() => [String], { nullable: true, description: 'Commune/ward codes the key may write for; null for all.' })
  async administrativeUnitCodes(@Root() key: ApiKey, @Ctx() ctx: RequestContext): Promise<string[] | null> {
    if (!key.administrativeUnitIds) return null;
    const units = await ctx.loaders.unitById.loadMany(key.administrativeUnitIds);
    return units.flatMap((unit) => (unit && !(unit instanceof Error) ? [unit.code] : [])).sort();
  }

  @FieldResolver(() => Organisation, { nullable: true, description: "The organisation whose own staff hold the key; it writes only that organisation's lots." })
  organisation(@Root() key: ApiKey, @Ctx() ctx: RequestContext): Promise<Organisation | null> | null {
    return key.organisationId ? ctx.loaders.organisationById.load(key.organisationId) : null;
  }
}
