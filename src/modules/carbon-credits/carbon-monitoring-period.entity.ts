import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { numericTransformer } from '../../core/db/numeric-transformer';
import { SyncedEntity } from '../../core/db/synced-entity';
import { Node } from '../../core/relay/node.interface';
import { CarbonProject } from './carbon-project.entity';
import { MonitoringPeriodStatus } from './carbon.enums';

/**
 * One monitoring period of a project: the engine's estimate from the project's BASELINE and ACTUAL
 * activity records of those years, with the factor set, GWP set and method it used, then the quantity
 * a province officer verified.
 */
@ObjectType({ implements: [Node, SyncedEntity], description: "A project's monitoring period: estimated reductions, then the verified quantity." })
@Entity()
@Index(['updatedAt', 'id']) // the change feed's order (see RegisterRecord)
@Index(['projectId', 'fromYear'])
@Check(`"to_year" >= "from_year"`)
@Check(`("status" = 'VERIFIED') = ("verified_tco2e" IS NOT NULL)`)
@Check(`"verified_tco2e" IS NULL OR ("verified_tco2e" >= 0 AND "verified_tco2e" <= "estimated_tco2e")`)
export class CarbonMonitoringPeriod extends SyncedEntity {
  @Column('uuid')
  projectId: string;

  @ManyToOne(() => CarbonProject, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'project_id' })
  project?: CarbonProject;

  @Field(() => Int)
  @Column({ type: 'int' })
  fromYear: number;

  @Field(() => Int)
  @Column({ type: 'int' })
  toYear: number;

  /** The activity records the estimate used (BASELINE and ACTUAL). */
  @Column({ type: 'uuid', array: true })
  activityRecordIds: string[];

  @Field(() => Int)
  @Column({ type: 'int' })
  baselineRecords: number;

  @Field(() => Int)
  @Column({ type: 'int' })
  actualRecords: number;

  @Field(() => Float, { description: 'Net kg CO2e of the BASELINE records.' })
  @Column({ type: 'numeric', precision: 20, scale: 3, transformer: numericTransformer })
  baselineCo2eKg: number;

  @Field(() => Float, { description: 'Net kg CO2e of the ACTUAL records.' })
  @Column({ type: 'numeric', precision: 20, scale: 3, transformer: numericTransformer })
  actualCo2eKg: number;

  @Field({ description: '(baseline − actual) / 1000, t CO2e to 3 decimals (exact decimal text); may be negative.' })
  @Column({ type: 'numeric', precision: 17, scale: 3 })
  estimatedTco2e: string;

  @Field()
  @Column({ type: 'text' })
  factorSetCode: string;

  @Field()
  @Column({ type: 'text' })
  gwpSet: string;

  @Field()
  @Column({ type: 'text' })
  climateZone: string;

  @Field({ description: "The engine's method text for the ACTUAL run." })
  @Column({ type: 'text' })
  method: string;

  @Field(() => MonitoringPeriodStatus)
  @Column({ type: 'enum', enum: MonitoringPeriodStatus, enumName: 'monitoring_period_status' })
  status: MonitoringPeriodStatus;

  @Field(() => String, { nullable: true, description: 'Verified t CO2e (exact decimal text), never above the estimate.' })
  @Column({ type: 'numeric', precision: 17, scale: 3, nullable: true })
  verifiedTco2e: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  verifiedAt: Date | null;
}
