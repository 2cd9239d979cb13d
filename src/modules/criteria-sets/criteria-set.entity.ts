import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Node } from '../../core/relay/node.interface';
import { SyncedEntity } from '../../core/db/synced-entity';
import { CROP_DESCRIPTION, LowEmissionPractice } from '../field-records';
import { CriteriaMetric, CriteriaSetStatus } from './criteria-set.enums';

@ObjectType({ description: 'A numeric threshold of a criteria set.' })
export class CriteriaThreshold {
  @Field(() => CriteriaMetric)
  metric: CriteriaMetric;

  @Field(() => Float)
  value: number;

  @Field({ description: "The metric's unit, e.g. kg CO2e/kg." })
  unit: string;
}

/** Task III.2: the province's low-emission production criteria and technical procedures for a crop, versioned. */
@ObjectType({ implements: [Node, SyncedEntity], description: 'A versioned set of low-emission production criteria for one crop (task III.2).' })
@Entity()
@Index(['updatedAt', 'id']) // the change feed's order (see RegisterRecord)
@Index('UQ_criteria_set_live_crop_version', ['crop', 'setVersion'], { unique: true, where: '"deleted_at" IS NULL' })
@Index('UQ_criteria_set_adopted_crop', ['crop'], { unique: true, where: `"status" = 'ADOPTED' AND "deleted_at" IS NULL` })
@Check(`"set_version" BETWEEN 1 AND 1000`)
@Check(`"status" = 'DRAFT' OR ("decision_number" IS NOT NULL AND "decision_date" IS NOT NULL AND "decision_body" IS NOT NULL)`)
@Check(`jsonb_typeof("thresholds") = 'array'`)
export class CriteriaSet extends SyncedEntity {
  @Field({ description: CROP_DESCRIPTION })
  @Column({ length: 30 })
  crop: string;

  /** The set's own version number (1, 2, ...): `version` is the record's edit counter. */
  @Field(() => Int, { description: 'Version of the criteria for the crop (1, 2, ...); a newer adopted version supersedes the older.' })
  @Column({ type: 'int', name: 'set_version' })
  setVersion: number;

  @Field()
  @Column({ length: 500 })
  title: string;

  @Field(() => CriteriaSetStatus)
  @Column({ type: 'enum', enum: CriteriaSetStatus, enumName: 'criteria_set_status' })
  status: CriteriaSetStatus;

  @Field(() => String, { nullable: true, description: 'The adopting decision, e.g. "Quyết định số 123/QĐ-UBND".' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  decisionNumber: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  decisionDate: string | null;

  @Field(() => String, { nullable: true, description: 'The body that adopted it, e.g. "UBND tỉnh Đắk Lắk".' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  decisionBody: string | null;

  @Field(() => [LowEmissionPractice], { description: 'Practices a producer must apply (the pilots’ vocabulary).' })
  @Column({ type: 'varchar', length: 40, array: true, default: () => "'{}'" })
  requiredPractices: LowEmissionPractice[];

  @Field(() => [CriteriaThreshold])
  @Column({ type: 'jsonb', default: () => "'[]'" })
  thresholds: CriteriaThreshold[];

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  notes: string | null;

  /** The adopted set that replaced this one. */
  @Column({ type: 'uuid', nullable: true })
  supersededById: string | null;

  @ManyToOne(() => CriteriaSet, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'superseded_by_id' })
  supersededBy?: CriteriaSet;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the decision date of the set that replaced it.' })
  @Column({ type: 'date', nullable: true })
  supersededOn: string | null;
}
