import { GraphQLJSON } from 'graphql-scalars';
import { Field, Float, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { ActivityRecord } from '../activity/activity-record.entity';
import { EmissionInventory } from './emission-inventory.entity';
import { InventoryLineColumns } from './inventory-bases';

/** One result line of a commune inventory: one activity record × IPCC category × gas. */
@ObjectType({ description: "One line of an inventory: an activity record's emission of one gas in one IPCC category.", simpleResolvers: true })
@Entity()
@Index(['inventoryId', 'lineNo'], { unique: true })
export class InventoryLine extends InventoryLineColumns {
  @ManyToOne(() => EmissionInventory, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'inventory_id' })
  inventory?: EmissionInventory;

  @Index()
  @Column({ type: 'uuid', comment: 'The activity record the line was computed from.' })
  activityRecordId: string;

  // RESTRICT: a record that an inventory was computed from can never disappear from under it.
  @ManyToOne(() => ActivityRecord, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'activity_record_id' })
  activityRecord?: ActivityRecord;

  @Field()
  @Column({ type: 'text' })
  cropCode: string;

  @Field(() => GraphQLJSON)
  @Column({ type: 'jsonb' })
  details: Record<string, unknown>;

  @Field(() => [String], { nullable: true, description: 'The factors the line multiplies (GWP excluded): their ranges give its factor uncertainty.' })
  @Column({ type: 'text', array: true, nullable: true })
  factorKeys: string[] | null;

  @Field(() => Float, { nullable: true, description: "The activity data's uncertainty (%): the record's own figure or its source's default." })
  @Column({ type: 'double precision', nullable: true })
  activityDataUncertaintyPct: number | null;
}
