import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'All given conditions must hold.' })
export class AuditFilter {
  @Field(() => ID, { nullable: true, description: 'A User or ApiKey ID.' })
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. User, ApiKey.' })
  entityType?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global ID of the entity; needs entityType.' })
  entityId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Events at or after this instant.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Events before this instant.' })
  to?: Date | null;
}
