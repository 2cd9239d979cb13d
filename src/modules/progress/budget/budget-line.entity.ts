import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from 'typeorm';
import { NodeEntity } from '../../../core/db/node-entity';
import { numericTransformer } from '../../../core/db/numeric-transformer';
import { Node } from '../../../core/relay/node.interface';
import { AdministrativeUnit } from '../../geography';
import { Task } from '../../plan';

export enum FundingSource {
  PROVINCIAL_BUDGET = 'PROVINCIAL_BUDGET',
  CENTRAL_BUDGET = 'CENTRAL_BUDGET',
  ODA = 'ODA',
  PRIVATE = 'PRIVATE',
  OTHER = 'OTHER',
}

registerEnumType(FundingSource, {
  name: 'FundingSource',
  valuesConfig: {
    PROVINCIAL_BUDGET: { description: 'Ngân sách tỉnh / provincial budget' },
    CENTRAL_BUDGET: { description: 'Ngân sách trung ương / central budget' },
    ODA: { description: 'Vốn ODA / official development assistance' },
    PRIVATE: { description: 'Vốn xã hội hóa, doanh nghiệp / private funds' },
    OTHER: { description: 'Nguồn khác / other sources' },
  },
});

/** VND amounts are whole numbers that outgrow 32 bits; numeric keeps them exact in the database. */
const vndColumn = { type: 'numeric', precision: 20, scale: 0, transformer: numericTransformer } as const;
export const VND_DESCRIPTION = 'Whole đồng (VND); a Float because amounts exceed 32-bit integers.';

/** Section VII: money proposed, approved and disbursed for one task, year and funding source. */
@ObjectType({ implements: Node, description: 'Funding of one plan task in one year from one source (section VII).' })
@Entity()
// A line without a unit is the province's; PostgreSQL 15's NULLS NOT DISTINCT is not expressible in TypeORM, hence two indexes.
@Index('UQ_budget_line_provincial', ['taskId', 'year', 'fundingSource'], { unique: true, where: '"administrative_unit_id" IS NULL' })
@Index('UQ_budget_line_unit', ['taskId', 'year', 'fundingSource', 'administrativeUnitId'], { unique: true, where: '"administrative_unit_id" IS NOT NULL' })
@Index(['year'])
@Check(`"year" BETWEEN 2026 AND 2035`)
@Check(`"proposed_vnd" >= 0 AND "approved_vnd" >= 0 AND "disbursed_vnd" >= 0`)
@Check(`"disbursed_vnd" <= "approved_vnd"`)
// At most 10^15 đồng a line: exact as a JavaScript number, and sums of lines stay exact enough.
@Check(`"proposed_vnd" <= 1000000000000000 AND "approved_vnd" <= 1000000000000000`)
export class BudgetLine extends NodeEntity {
  @Column('uuid')
  taskId: string;

  @ManyToOne(() => Task, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'task_id' })
  task?: Task;

  @Field(() => Int)
  @Column({ type: 'int' })
  year: number;

  @Field(() => FundingSource)
  @Column({ type: 'enum', enum: FundingSource, enumName: 'funding_source' })
  fundingSource: FundingSource;

  /** The commune or ward whose own budget this is; null for the province's. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  administrativeUnitId: string | null;

  @ManyToOne(() => AdministrativeUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'administrative_unit_id' })
  administrativeUnit?: AdministrativeUnit;

  @Field(() => Float, { description: `Proposed by the implementing unit. ${VND_DESCRIPTION}` })
  @Column(vndColumn)
  proposedVnd: number;

  @Field(() => Float, { description: `Approved by the competent authority; may exceed the proposal. ${VND_DESCRIPTION}` })
  @Column(vndColumn)
  approvedVnd: number;

  @Field(() => Float, { description: `Disbursed so far; never more than approved. ${VND_DESCRIPTION}` })
  @Column(vndColumn)
  disbursedVnd: number;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => Int, { description: 'Grows with every change; send it as `expectedVersion` to update or delete.' })
  @VersionColumn()
  version: number;
}
