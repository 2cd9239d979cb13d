import { Length } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../../core/errors/user-error';
import { ClimateZoneEnum, GasEnum, GwpSetEnum, LineKindEnum } from '../emission-enums';
import type { ClimateZone, Gas, GwpSetCode, LineKind } from '../engine';
import { EmissionInventory } from './emission-inventory.entity';
import { InventoryStatus } from './inventory-status';
import { Scenario } from '../activity/activity-record.entity';
import { Limit, RANGES } from '../../../core/input/input-limits';

@InputType({ description: "Computes a new version of a unit's inventory from its records of one scenario (ACTUAL by default)." })
export class CalculateEmissionInventoryInput {
  @Field()
  administrativeUnitCode: string;

  @Field(() => Scenario, {
    defaultValue: Scenario.ACTUAL,
    description: 'BASELINE computes the baseline inventory of the unit and year, which goes through the same submit, verify and lock steps.',
  })
  scenario: Scenario;

  @Field(() => Int)
  @Limit(RANGES.year)
  year: number;

  @Field({ defaultValue: 'IPCC2019' })
  factorSet: string;

  @Field(() => GwpSetEnum, { defaultValue: 'AR5' })
  gwpSet: GwpSetCode;

  @Field(() => ClimateZoneEnum, { defaultValue: 'TROPICAL_MOIST', description: 'Đắk Lắk: TROPICAL_MOIST.' })
  climateZone: ClimateZone;

  @Field({ defaultValue: 'SOUTH_EAST_ASIA' })
  region: string;
}

@InputType()
export class InventoryIdInput {
  @Field(() => ID)
  id: string;
}

@InputType()
export class InventoryReasonInput {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Shown to the commune; kept in the audit trail.' })
  @Length(3, 2000)
  reason: string;
}

@ObjectType()
export class EmissionInventoryPayload {
  @Field(() => EmissionInventory, { nullable: true })
  emissionInventory: EmissionInventory | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@InputType()
export class EmissionInventoryFilter {
  @Field(() => String, { nullable: true })
  administrativeUnitCode?: string | null;

  @Field(() => Int, { nullable: true })
  @Limit(RANGES.year)
  year?: number | null;

  @Field(() => InventoryStatus, { nullable: true })
  status?: InventoryStatus | null;

  @Field(() => Scenario, { nullable: true, description: 'ACTUAL or BASELINE inventories only; both when omitted.' })
  scenario?: Scenario | null;

  @Field({ defaultValue: false, description: 'Include superseded and reopened versions.' })
  includeHistory: boolean;
}

@ObjectType({ description: 'How one line changed between two versions.' })
export class InventoryLineChange {
  @Field(() => ID, { nullable: true, description: 'The activity record (global ID).' })
  activityRecordId: string | null;

  @Field()
  cropCode: string;

  @Field()
  category: string;

  @Field(() => GasEnum)
  gas: Gas;

  @Field(() => LineKindEnum)
  kind: LineKind;

  @Field(() => Float, { nullable: true, description: 'Null when the line is new.' })
  fromCo2eKg: number | null;

  @Field(() => Float, { nullable: true, description: 'Null when the line is gone.' })
  toCo2eKg: number | null;

  @Field(() => Float)
  deltaCo2eKg: number;
}

@ObjectType({ description: 'A factor whose value or source differs between two versions.' })
export class FactorChange {
  @Field()
  key: string;

  @Field(() => Float, { nullable: true })
  fromValue: number | null;

  @Field(() => Float, { nullable: true })
  toValue: number | null;

  @Field(() => String, { nullable: true })
  fromSource: string | null;

  @Field(() => String, { nullable: true })
  toSource: string | null;
}

@ObjectType({ description: 'Line-by-line differences between two versions of an inventory.' })
export class EmissionInventoryDiff {
  @Field(() => EmissionInventory)
  from: EmissionInventory;

  @Field(() => EmissionInventory)
  to: EmissionInventory;

  @Field(() => Float)
  totalDeltaCo2eKg: number;

  @Field(() => [InventoryLineChange], { description: 'Lines whose CO2e changed, appeared or disappeared.' })
  lines: InventoryLineChange[];

  @Field(() => [FactorChange])
  factorChanges: FactorChange[];
}

@ObjectType({ description: 'An activity record as it was when the inventory was calculated.' })
export class RecordVersionUsed {
  @Field(() => ID)
  activityRecordId: string;

  @Field(() => Int)
  version: number;
}
