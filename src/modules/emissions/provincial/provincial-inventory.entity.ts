import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { Node } from '../../../core/relay/node.interface';
import { GwpSetEnum } from '../emission-enums';
import type { GwpSetCode } from '../engine';
import { InventoryTotalsColumns } from '../inventory/inventory-bases';

export enum ProvincialInventoryStatus {
  DRAFT = 'DRAFT',
  VERIFIED = 'VERIFIED',
  SUPERSEDED = 'SUPERSEDED',
  REOPENED = 'REOPENED',
}

registerEnumType(ProvincialInventoryStatus, {
  name: 'ProvincialInventoryStatus',
  valuesConfig: {
    DRAFT: { description: 'Compiled, not yet verified' },
    VERIFIED: { description: 'Verified: locked, and sent to the national inventory' },
    SUPERSEDED: { description: 'Replaced by a newer compilation before verification' },
    REOPENED: { description: 'Was verified, then reopened; the next verified version replaces it' },
  },
});

export interface MissingCommune {
  code: string;
  name: string;
  /** NO_INVENTORY, NOT_VERIFIED, or OTHER_FACTOR_SET (verified with another factor or GWP set: never mixed). */
  reason: string;
}

/** The province's inventory for a year: the sum of its verified commune inventories, one factor set only. */
@ObjectType({ implements: Node, description: 'The provincial inventory for a year: verified commune inventories added up.' })
@Entity()
@Index(['year', 'version'], { unique: true })
@Index('uq_provincial_inventory_current', ['year'], { unique: true, where: `"status" IN ('DRAFT', 'VERIFIED')` })
export class ProvincialInventory extends InventoryTotalsColumns {
  @Field(() => Int)
  @Column({ type: 'int' })
  year: number;

  @Field(() => Int)
  @Column({ type: 'int' })
  version: number;

  @Field(() => Int, { nullable: true, description: 'The verified version this one replaces, after a reopening.' })
  @Column({ type: 'int', nullable: true })
  replacesVersion: number | null;

  @Field(() => ProvincialInventoryStatus)
  @Column({ type: 'enum', enum: ProvincialInventoryStatus, enumName: 'provincial_inventory_status' })
  status: ProvincialInventoryStatus;

  @Field()
  @Column({ type: 'text' })
  factorSet: string;

  @Field(() => [String])
  @Column({ type: 'text', array: true })
  factorSetChain: string[];

  @Field(() => GwpSetEnum)
  @Column({ type: 'text' })
  gwpSet: GwpSetCode;

  @Field()
  @Column({ type: 'text' })
  method: string;

  @Column({ type: 'uuid', array: true })
  communeInventoryIds: string[];

  @Field(() => [String], { description: 'Codes of the communes and wards whose verified inventories are included.' })
  @Column({ type: 'text', array: true })
  communesIncluded: string[];

  @Column({ type: 'jsonb' })
  communesMissing: MissingCommune[];

  @Field({ description: 'SHA-256 over the included commune inventories (ids, input hashes, totals).' })
  @Column({ type: 'varchar', length: 64 })
  inputHash: string;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  verifiedById: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was reopened.' })
  @Column({ type: 'text', nullable: true })
  statusReason: string | null;
}
