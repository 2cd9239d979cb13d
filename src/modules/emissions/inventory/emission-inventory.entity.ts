import { GraphQLJSON } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Node } from '../../../core/relay/node.interface';
import { AdministrativeUnit } from '../../geography';
import { ClimateZoneEnum, GwpSetEnum } from '../emission-enums';
import type { ClimateZone, FactorUse, GwpSetCode } from '../engine';
import { InventoryStatus } from './inventory-status';
import { InventoryTotalsColumns } from './inventory-bases';
import { Scenario } from '../activity/activity-record.entity';

/**
 * One commune or ward × year × scenario, computed from its activity records of that scenario with one
 * pinned factor set. ACTUAL is the inventory; BASELINE is the verified reference of its reductions.
 * Versions and the one current version are per scenario.
 */
@ObjectType({ implements: Node, description: 'The emission inventory of a commune or ward for a year and scenario (one version).' })
@Entity()
@Index(['administrativeUnitId', 'year', 'scenario', 'version'], { unique: true })
@Index('uq_emission_inventory_current', ['administrativeUnitId', 'year', 'scenario'], {
  unique: true,
  where: `"status" IN ('DRAFT', 'SUBMITTED', 'VERIFIED', 'RETURNED')`,
})
export class EmissionInventory extends InventoryTotalsColumns {
  @Column('uuid')
  administrativeUnitId: string;

  @ManyToOne(() => AdministrativeUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'administrative_unit_id' })
  administrativeUnit?: AdministrativeUnit;

  @Field(() => Int)
  @Column({ type: 'int' })
  year: number;

  @Field(() => Scenario, { description: 'ACTUAL: the inventory of what was done. BASELINE: the reference its verified reductions are measured against.' })
  @Column({ type: 'enum', enum: Scenario, enumName: 'scenario', default: Scenario.ACTUAL })
  scenario: Scenario;

  @Field(() => Int, { description: 'Each calculation for the same unit, year and scenario is a new version.' })
  @Column({ type: 'int' })
  version: number;

  @Field(() => InventoryStatus)
  @Column({ type: 'enum', enum: InventoryStatus, enumName: 'inventory_status' })
  status: InventoryStatus;

  @Field({ description: 'The factor set the inventory is pinned to.' })
  @Column({ type: 'text' })
  factorSet: string;

  @Field(() => [String])
  @Column({ type: 'text', array: true })
  factorSetChain: string[];

  @Field(() => GwpSetEnum)
  @Column({ type: 'text' })
  gwpSet: GwpSetCode;

  @Field(() => ClimateZoneEnum)
  @Column({ type: 'text' })
  climateZone: ClimateZone;

  @Field()
  @Column({ type: 'text' })
  region: string;

  @Field()
  @Column({ type: 'text' })
  method: string;

  @Field({ description: 'SHA-256 of the records, factors and settings it was computed from; equal inputs give an equal hash.' })
  @Column({ type: 'varchar', length: 64 })
  inputHash: string;

  @Field(() => [String])
  @Column({ type: 'jsonb' })
  warnings: string[];

  @Field(() => GraphQLJSON, { description: 'Every factor used, with value, unit and source.' })
  @Column({ type: 'jsonb' })
  factorsUsed: FactorUse[];

  @Column({ type: 'jsonb', comment: 'Activity record id -> the version used.' })
  recordVersions: Record<string, number>;

  @Column({ type: 'uuid', nullable: true })
  calculatedById: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  verifiedById: string | null;

  @Field(() => String, { nullable: true, description: 'Why the verifier returned it, or why it was reopened.' })
  @Column({ type: 'text', nullable: true })
  statusReason: string | null;
}
