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
