import { Field, ID, InputType, Int } from 'type-graphql';
import { Limit, RANGES } from './input-limits';

export const IDEMPOTENCY_KEY_DESCRIPTION =
  'Client-generated key (8-100 letters, digits or . _ : -), unique per write: sending the same input again with it returns the first result instead of writing twice.';

export const EXPECTED_VERSION_DESCRIPTION = 'The version you edited; if the stored record has moved on, the answer is a CONFLICT (STALE_VERSION).';

@InputType({ description: 'Deletes a record softly: lists syncing with updatedSince receive it as a tombstone.' })
export class DeleteRecordInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: `${EXPECTED_VERSION_DESCRIPTION} Deleting a record already deleted returns its tombstone.` })
  @Limit(RANGES.version)
  expectedVersion: number;
}

/** Base of every input whose write a client may safely send again: the idempotency key. */
@InputType()
export abstract class IdempotentInput {
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION })
  idempotencyKey?: string | null;
}

/** Base of every update of a versioned record: which record, at which version, sent once. */
@InputType()
export abstract class RecordUpdateInput extends IdempotentInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: EXPECTED_VERSION_DESCRIPTION })
  @Limit(RANGES.version)
  expectedVersion: number;
}
