import { ArrayMaxSize, IsEmail, IsIP, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { Role } from '../../core/auth/roles';
import { MIN_PASSWORD_LENGTH } from './passwords';
import { Limit } from '../../core/input/input-limits';

@InputType()
export class LoginInput {
  @Field()
  @MaxLength(254)
  email: string;

  @Field()
  @MaxLength(1024)
  password: string;
}

@InputType()
export class UnlockLoginInput {
  @Field({ description: 'Whose failed logins to forget, from every address.' })
  @MaxLength(254)
  email: string;

  @Field(() => String, { nullable: true, description: "Also restore this client address's daily failure budget (e.g. a shared office's)." })
  @IsOptional()
  @IsIP()
  clientAddress?: string | null;
}

@InputType()
export class RefreshTokenInput {
  @Field({ description: 'The refresh token from login or the previous refresh; it is used up.' })
  @MaxLength(200)
  refreshToken: string;
}

@InputType()
export class LogoutInput {
  @Field({ description: 'Ends the session this refresh token belongs to.' })
  @MaxLength(200)
  refreshToken: string;
}

@InputType()
export class CreateUserInput {
  @Field()
  @IsEmail()
  @MaxLength(254)
  email: string;

  @Field()
  @Length(1, 200)
  displayName: string;

  @Field({ description: `At least ${MIN_PASSWORD_LENGTH} characters.` })
  @Length(MIN_PASSWORD_LENGTH, 1024)
  password: string;

  @Field(() => Role)
  role: Role;

  @Field(() => ID, { nullable: true, description: 'Required for AGENCY_OFFICER: the agency they act for.' })
  @IsOptional()
  agencyId?: string | null;

  @Field(() => String, { nullable: true, description: 'Required for COMMUNE_OFFICER: their commune or ward code.' })
  @IsOptional()
  @Length(5, 5)
  administrativeUnitCode?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Required for CERTIFICATION_BODY_OFFICER: their certification body (an organisation of kind CERTIFICATION_BODY).',
  })
  @IsOptional()
  organisationId?: string | null;
}

@InputType()
export class UpdateUserInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: "A new password; ends all the user's sessions." })
  @IsOptional()
  @Length(MIN_PASSWORD_LENGTH, 1024)
  password?: string | null;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  role?: Role | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  agencyId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(5, 5)
  administrativeUnitCode?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  organisationId?: string | null;
}

@InputType()
export class IdInput {
  @Field(() => ID)
  id: string;
}

@InputType()
export class CreateApiKeyInput {
  @Field()
  @Length(1, 200)
  name: string;

  @Field()
  @Length(1, 200)
  partnerName: string;

  @Field(() => [String], { description: 'e.g. ["implementation-plans:write"]; write implies read.' })
  @ArrayMaxSize(50)
  scopes: string[];

  @Field(() => [String], { nullable: true, description: 'Commune/ward codes the key may write for; omit for all.' })
  @IsOptional()
  @ArrayMaxSize(200)
  administrativeUnitCodes?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "The organisation whose own staff hold the key: it then writes only that organisation's lots. Its seat must be one of administrativeUnitCodes; with no codes the key is bound to the seat's commune.",
  })
  @IsOptional()
  organisationId?: string | null;

  @Field(() => Date, { nullable: true, description: 'When the key stops working; omit for no expiry.' })
  @IsOptional()
  expiresAt?: Date | null;

  @Field(() => Int, { nullable: true, description: 'Requests per minute; default 60.' })
  @Limit({ min: 1, max: 100_000 })
  @IsOptional()
  @Min(1)
  @Max(100_000)
  rateLimitPerMinute?: number | null;
}
