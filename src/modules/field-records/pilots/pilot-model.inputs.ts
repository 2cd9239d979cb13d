import { Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { IdempotentInput, RecordUpdateInput } from '../../../core/input/record-inputs';
import { OrderDirection } from '../../../core/relay/synced-list';
import { CROP_DESCRIPTION } from '../shared/crops';
import { LowEmissionPractice, PilotHostKind, PilotLevel, PilotStatus } from './pilot-model.enums';
import { Limit, RANGES } from '../../../core/input/input-limits';

/** Stored to 0.01 ha: a smaller area would be stored as 0. */
const PILOT_AREA = { ...RANGES.hectares, positive: true, min: 0.01 };

@InputType()
export class CreatePilotModelInput extends IdempotentInput {
  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => PilotLevel)
  level: PilotLevel;

  @Field(() => String, { nullable: true, description: 'COMMUNE: the commune or ward code (required). PROVINCIAL: omit it (or give the province code).' })
  administrativeUnitCode?: string | null;

  @Field({ description: CROP_DESCRIPTION })
  crop: string;

  @Field(() => PilotHostKind)
  hostKind: PilotHostKind;

  @Field()
  hostName: string;

  @Field(() => ID, { nullable: true, description: 'The hosting organisation of the register (global ID); hostName stays the free-text host.' })
  hostOrganisationId?: string | null;

  @Field(() => String, { nullable: true, description: 'When the host is an agency of the catalogue: its code, e.g. DAE.' })
  hostAgencyCode?: string | null;

  @Field(() => Float, { description: 'Hectares; greater than zero.' })
  @Limit(PILOT_AREA)
  areaHa: number;

  @Field(() => Int)
  @Limit(RANGES.people)
  households: number;

  @Field({ description: 'YYYY-MM-DD, within 2026-2035.' })
  @Limit({ format: 'date' })
  startDate: string;

  @Field(() => String, { nullable: true })
  @Limit({ format: 'date' })
  endDate?: string | null;

  @Field(() => PilotStatus, { nullable: true, description: 'Default PLANNED.' })
  status?: PilotStatus | null;

  @Field(() => [LowEmissionPractice])
  practices: LowEmissionPractice[];

  @Field(() => String, { nullable: true })
  otherPractices?: string | null;

  @Field(() => String, { nullable: true, description: 'IV.1 (provincial) or IV.2 (commune); defaults by level.' })
  taskCode?: string | null;

  @Field(() => String, { nullable: true })
  legalBasis?: string | null;

  @Field(() => Float, { nullable: true })
  @Limit(RANGES.tonnesPerHa)
  baselineYieldTonnesPerHa?: number | null;

  @Field(() => Float, { nullable: true })
  @Limit(RANGES.tonnesPerHa)
  actualYieldTonnesPerHa?: number | null;

  @Field(() => [ID], { nullable: true, description: 'Global IDs of BASELINE activity records.' })
  baselineActivityRecordIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Global IDs of ACTUAL activity records.' })
  actualActivityRecordIds?: string[] | null;
}

/** Omitted fields keep their value; null clears an optional one. Level and unit never change. */
@InputType()
export class UpdatePilotModelInput extends RecordUpdateInput {
  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  crop?: string | null;

  @Field(() => PilotHostKind, { nullable: true })
  hostKind?: PilotHostKind | null;

  @Field(() => String, { nullable: true })
  hostName?: string | null;

  @Field(() => ID, { nullable: true, description: 'null clears it.' })
  hostOrganisationId?: string | null;

  @Field(() => String, { nullable: true })
  hostAgencyCode?: string | null;

  @Field(() => Float, { nullable: true })
  @Limit(PILOT_AREA)
  areaHa?: number | null;

  @Field(() => Int, { nullable: true })
  @Limit(RANGES.people)
  households?: number | null;

  @Field(() => String, { nullable: true })
  @Limit({ format: 'date' })
  startDate?: string | null;

  @Field(() => String, { nullable: true })
  @Limit({ format: 'date' })
  endDate?: string | null;

  @Field(() => PilotStatus, { nullable: true })
  status?: PilotStatus | null;

  @Field(() => [LowEmissionPractice], { nullable: true })
  practices?: LowEmissionPractice[] | null;

  @Field(() => String, { nullable: true })
  otherPractices?: string | null;

  @Field(() => String, { nullable: true })
  taskCode?: string | null;

  @Field(() => String, { nullable: true })
  legalBasis?: string | null;

  @Field(() => Float, { nullable: true })
  @Limit(RANGES.tonnesPerHa)
  baselineYieldTonnesPerHa?: number | null;

  @Field(() => Float, { nullable: true })
  @Limit(RANGES.tonnesPerHa)
  actualYieldTonnesPerHa?: number | null;

  @Field(() => [ID], { nullable: true })
  baselineActivityRecordIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  actualActivityRecordIds?: string[] | null;
}

@InputType({ description: 'All given conditions must hold.' })
export class PilotModelFilter {
  @Field(() => String, { nullable: true, description: 'Exactly this unit (a commune, ward or the province).' })
  administrativeUnitCode?: string | null;

  @Field(() => PilotLevel, { nullable: true })
  level?: PilotLevel | null;

  @Field(() => String, { nullable: true })
  crop?: string | null;

  @Field(() => PilotStatus, { nullable: true })
  status?: PilotStatus | null;

  @Field(() => String, { nullable: true, description: 'Plan task code, e.g. IV.2.' })
  taskCode?: string | null;

  @Field(() => Int, { nullable: true, description: 'Running in this year (started by its end, not ended before its start).' })
  @Limit(RANGES.year)
  year?: number | null;

  @Field(() => LowEmissionPractice, { nullable: true, description: 'Applies this practice.' })
  practice?: LowEmissionPractice | null;
}

export enum PilotModelOrderField {
  CODE = 'CODE',
  START_DATE = 'START_DATE',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}

registerEnumType(PilotModelOrderField, { name: 'PilotModelOrderField' });

@InputType({ description: 'Ignored with updatedSince: a change feed is ordered by updatedAt.' })
export class PilotModelOrder {
  @Field(() => PilotModelOrderField)
  field: PilotModelOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction: OrderDirection;
}
