import { ArrayMaxSize, Matches } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MAX_ACTIVITY_DATA_UNCERTAINTY_PCT } from '../engine';
import { UserError } from '../../../core/errors/user-error';
import { ImportSummary } from '../../../core/bulk/import-summary';
import { ActivityFields } from './activity-data.types';
import { ActivityRecord, ActivitySource, Scenario, Season } from './activity-record.entity';
import { Limit, RANGES } from '../../../core/input/input-limits';

export const MAX_IMPORT_ROWS = 1000;

@InputType({ description: 'One activity record; upserted by (administrativeUnitCode, externalId).' })
export class ActivityRecordInput {
  @Field({ description: 'Your id for this record (1-200 characters); sending it again updates the same record.' })
  @Matches(/^\S.{0,199}$/, { message: 'externalId must be 1-200 characters and not start with a space' })
  externalId: string;

  @Field({ description: 'Official 5-digit code of the commune or ward.' })
  administrativeUnitCode: string;

  @Field(() => Int)
  @Limit(RANGES.year)
  year: number;

  @Field(() => Season, { defaultValue: Season.WHOLE_YEAR })
  season: Season;

  @Field(() => Scenario)
  scenario: Scenario;

  @Field(() => ActivitySource, { nullable: true, description: 'Default: PARTNER_API for API keys, COMMUNE_SURVEY for users.' })
  source?: ActivitySource | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Uncertainty of the activity data (%, half the 95 % interval, 0-1000); null takes the default of the source (see the emissions method).',
  })
  @Limit({ min: 0, max: MAX_ACTIVITY_DATA_UNCERTAINTY_PCT })
  activityDataUncertaintyPct?: number | null;

  @Field(() => ActivityFields)
  activity: ActivityFields;
}

@InputType({ description: 'An idempotent bulk upsert: the same rows sent twice change nothing the second time.' })
export class ImportActivityRecordsInput {
  @Field({ defaultValue: false, description: 'Check and count without writing.' })
  dryRun: boolean;

  @Field(() => [ActivityRecordInput], { description: `At most ${MAX_IMPORT_ROWS} rows.` })
  @ArrayMaxSize(MAX_IMPORT_ROWS)
  records: ActivityRecordInput[];
}

@ObjectType()
export class ImportActivityRecordsPayload {
  @Field(() => ImportSummary)
  summary: ImportSummary;

  @Field(() => [ActivityRecord], { description: 'The records created or updated (empty on a dry run or when any row is refused).' })
  records: ActivityRecord[];
}

@InputType()
export class ActivityRecordFilter {
  @Field(() => String, { nullable: true })
  administrativeUnitCode?: string | null;

  @Field(() => Int, { nullable: true })
  @Limit(RANGES.year)
  year?: number | null;

  @Field(() => Scenario, { nullable: true })
  scenario?: Scenario | null;

  @Field(() => String, { nullable: true })
  cropCode?: string | null;

  @Field(() => Season, { nullable: true })
  season?: Season | null;

  @Field({ defaultValue: false, description: 'Include withdrawn records.' })
  includeDeleted: boolean;
}

@InputType()
export class DeleteActivityRecordInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The version you are withdrawing; a newer stored version answers CONFLICT.' })
  @Limit(RANGES.version)
  expectedVersion: number;
}

@ObjectType()
export class DeleteActivityRecordPayload {
  @Field(() => ActivityRecord, { nullable: true })
  activityRecord: ActivityRecord | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
