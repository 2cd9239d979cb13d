import { Field, Int, ObjectType } from 'type-graphql';

/** One row of a bulk write that was refused, and why; the other rows are unaffected by it. */
@ObjectType({ description: 'A row that could not be imported.' })
export class ImportConflict {
  @Field(() => Int, { description: 'Zero-based index of the row in the submitted list.' })
  rowIndex: number;

  @Field({ description: 'Path of the field inside the row, e.g. "areaHa" or "rice.waterRegime".' })
  field: string;

  @Field({ description: 'Stable code, e.g. NEGATIVE, REQUIRED, UNKNOWN_CROP, DUPLICATE_ROW, LOCKED.' })
  code: string;

  @Field()
  message: string;
}

/** The outcome of an idempotent bulk write (or of its dry run). */
@ObjectType({ description: 'What a bulk import did, or would do on a dry run.' })
export class ImportSummary {
  @Field({ description: 'True when nothing was written.' })
  dryRun: boolean;

  @Field(() => Int)
  created: number;

  @Field(() => Int)
  updated: number;

  @Field(() => Int, { description: 'Rows identical to what is stored.' })
  unchanged: number;

  @Field(() => [ImportConflict], { description: 'Refused rows. When any row is refused, nothing is written.' })
  conflicts: ImportConflict[];
}

export const emptySummary = (dryRun: boolean): ImportSummary => ({ dryRun, created: 0, updated: 0, unchanged: 0, conflicts: [] });
