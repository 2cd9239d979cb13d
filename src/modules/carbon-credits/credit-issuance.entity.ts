import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { SyncedEntity } from '../../core/db/synced-entity';
import { Node } from '../../core/relay/node.interface';
import { CarbonProject } from './carbon-project.entity';

/** Credits a registry issued to a project: one serial range of whole tonnes of one vintage. */
@ObjectType({ implements: [Node, SyncedEntity], description: 'Credits issued to a carbon project: a serial range of one vintage in one registry.' })
@Entity()
@Index(['updatedAt', 'id']) // the change feed's order (see RegisterRecord)
@Index(['projectId'])
@Index(['registry', 'serialPrefix', 'serialFrom'])
@Check(`"quantity" > 0 AND "serial_to" - "serial_from" + 1 = "quantity"`)
export class CreditIssuance extends SyncedEntity {
  @Column('uuid')
  projectId: string;

  @ManyToOne(() => CarbonProject, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'project_id' })
  project?: CarbonProject;

  @Field(() => Int, { description: 'Vintage: the year the reductions happened.' })
  @Column({ type: 'int' })
  vintage: number;

  @Field(() => Int, { description: 'Whole credits, one t CO2e each.' })
  @Column({ type: 'int' })
  quantity: number;

  @Field({ description: 'Registry, e.g. VERRA, GOLD_STANDARD, VN_NATIONAL.' })
  @Column({ type: 'varchar', length: 100 })
  registry: string;

  @Field({ description: 'First serial number as the registry wrote it.' })
  @Column({ type: 'varchar', length: 200 })
  serialStart: string;

  @Field({ description: 'Last serial number; the same text as the first but for its last block of digits.' })
  @Column({ type: 'varchar', length: 200 })
  serialEnd: string;

  /** The serial's text around its last block of digits: ranges overlap only with the same prefix and suffix. */
  @Column({ type: 'varchar', length: 200 })
  serialPrefix: string;

  @Column({ type: 'varchar', length: 200 })
  serialSuffix: string;

  /** The numeric block of the first and last serial (bigint, read as text). */
  @Column({ type: 'bigint' })
  serialFrom: string;

  @Column({ type: 'bigint' })
  serialTo: string;

  @Field({ description: 'Day issued (YYYY-MM-DD).' })
  @Column({ type: 'date' })
  issuedOn: string;
}
