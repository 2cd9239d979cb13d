import { Field, ObjectType } from 'type-graphql';

/** An expected failure of a mutation (e.g. an email already taken), returned in the payload. */
@ObjectType({ description: 'Why a mutation did not do what was asked; nothing was changed.' })
export class UserError {
  @Field(() => [String], { description: 'Path to the input field, e.g. ["input", "email"].' })
  field: string[];

  @Field({ description: 'Stable code, e.g. TAKEN, NOT_FOUND, INVALID.' })
  code: string;

  @Field()
  message: string;
}

export const userError = (field: string, code: string, message: string): UserError => ({
  field: ['input', field],
  code,
  message,
});
