import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../core/errors/user-error';
import { ApiKey } from './api-key.entity';
import { User } from './user.entity';

@ObjectType()
export class AuthPayload {
  @Field(() => String, { nullable: true, description: 'Send as "Authorization: Bearer <accessToken>".' })
  accessToken: string | null;

  @Field(() => String, { nullable: true, description: 'Single use: exchange it with refreshToken for a new pair.' })
  refreshToken: string | null;

  @Field(() => Date, { nullable: true, description: 'When the access token expires.' })
  expiresAt: Date | null;

  @Field(() => User, { nullable: true })
  user: User | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class LogoutPayload {
  @Field({ description: 'True when a session was ended (false if it had already ended).' })
  loggedOut: boolean;
}

@ObjectType()
export class UserPayload {
  @Field(() => User, { nullable: true })
  user: User | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class CreateApiKeyPayload {
  @Field(() => ApiKey, { nullable: true })
  apiKey: ApiKey | null;

  @Field(() => String, { nullable: true, description: 'The full key, shown only now: send it as the X-API-Key header.' })
  secret: string | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class ApiKeyPayload {
  @Field(() => ApiKey, { nullable: true })
  apiKey: ApiKey | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
