import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index } from 'typeorm';
import { numericTransformer } from '../../../core/db/numeric-transformer';
import { SyncedEntity } from '../../../core/db/synced-entity';
import { toGlobalId } from '../../../core/relay/global-id';
import { Node } from '../../../core/relay/node.interface';
import { RegisterRecord } from '../../field-records';
import { InfrastructureKind, InfrastructureStatus } from './infrastructure-work.enums';

/** The budget module's type: a work's budget line is a global ID of it. */
export const BUDGET_LINE_TYPE = 'BudgetLine';

/** Task III.1: irrigation, on-farm and other works that make low-emission cropping possible. */
@ObjectType({ implements: [Node, SyncedEntity], description: 'An agricultural infrastructure work of a commune (task III.1).' })
@Entity()
@Index(['administrativeUnitId', 'status'])
@Index(['status', 'completedOn'])
@Check(`"area_served_ha" >= 0 AND "area_served_ha" <= 1000000`)
// Whole đồng up to 10^15, the bound of budget lines: exact as a JavaScript number.
@Check(`"investment_vnd" >= 0 AND "investment_vnd" <= 1000000000000000`)
@Check(`("status" = 'COMPLETED') = ("completed_on" IS NOT NULL)`)
export class InfrastructureWork extends RegisterRecord {
  @Field(() => InfrastructureKind)
  @Column({ type: 'enum', enum: InfrastructureKind, enumName: 'infrastructure_kind' })
  kind: InfrastructureKind;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field(() => Float, { description: 'Hectares of cropland it serves.' })
  @Column({ type: 'numeric', precision: 12, scale: 2, transformer: numericTransformer })
  areaServedHa: number;

  @Field({ description: 'Whether it lets rice fields be wetted and dried alternately (AWD).' })
  @Column({ type: 'boolean' })
  enablesAlternateWettingDrying: boolean;

  @Field(() => Float, { description: 'Investment in whole đồng (VND); a Float because amounts exceed 32-bit integers.' })
  @Column({ type: 'numeric', precision: 20, scale: 0, transformer: numericTransformer })
  investmentVnd: number;

  /** The budget line that funds it (not a foreign key: another module owns budget lines). */
  @Column({ type: 'uuid', nullable: true })
  budgetLineId: string | null;

  @Field(() => InfrastructureStatus)
  @Column({ type: 'enum', enum: InfrastructureStatus, enumName: 'infrastructure_status' })
  status: InfrastructureStatus;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; set exactly when COMPLETED.' })
  @Column({ type: 'date', nullable: true })
  completedOn: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => ID, { name: 'budgetLineId', nullable: true, description: 'Global ID of the budget line that funds it.' })
  get budgetLineGlobalId(): string | null {
    return this.budgetLineId ? toGlobalId(BUDGET_LINE_TYPE, this.budgetLineId) : null;
  }
}
