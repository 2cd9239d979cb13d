import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { NodeEntity } from '../../../core/db/node-entity';
import { Node } from '../../../core/relay/node.interface';
import { Agency } from '../../agencies';
import { AdministrativeUnit } from '../../geography';
import { Task } from '../../plan';
import { EvidenceLink, TargetValue } from './progress-report.values';

export enum ImplementationStatus {
  NOT_STARTED = 'NOT_STARTED',
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  DELAYED = 'DELAYED',
  COMPLETED = 'COMPLETED',
}

export enum ReportState {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  RETURNED = 'RETURNED',
}

registerEnumType(ImplementationStatus, {
  name: 'ImplementationStatus',
  valuesConfig: {
    NOT_STARTED: { description: 'Chưa triển khai' },
    ON_TRACK: { description: 'Đúng tiến độ' },
    AT_RISK: { description: 'Có nguy cơ chậm' },
    DELAYED: { description: 'Chậm tiến độ' },
    COMPLETED: { description: 'Hoàn thành' },
  },
});
registerEnumType(ReportState, {
  name: 'ReportState',
  valuesConfig: {
    DRAFT: { description: 'Being written by the reporting agency or commune' },
    SUBMITTED: { description: 'Sent to the province for approval' },
    APPROVED: { description: 'Approved by the province: locked until the province reopens it' },
    RETURNED: { description: 'Sent back by the province with a reason' },
  },
});

/** One task × reporting agency (a commune reports through its People's Committee) × period. */
@ObjectType({ implements: Node, description: 'A progress report on one task by one agency or commune for one period.' })
@Entity()
@Index('uq_progress_report_period', ['taskId', 'reportingAgencyId', 'year', 'quarter'], { unique: true })
@Index(['year', 'state'])
@Check(`"quarter" BETWEEN 0 AND 4`)
// Reported target values are summed by planProgress: each stays within 0..10^9 (core/input/input-limits.ts).
@Check(`NOT jsonb_path_exists("target_values", '$[*] ? (@.value > 1000000000 || @.value < 0)')`)
export class ProgressReport extends NodeEntity {
  @Column('uuid')
  taskId: string;

  @ManyToOne(() => Task, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'task_id' })
  task?: Task;

  @Column('uuid')
  reportingAgencyId: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reporting_agency_id' })
  reportingAgency?: Agency;

  @Index()
  @Column({ type: 'uuid', nullable: true, comment: "The commune or ward, when a People's Committee reports." })
  administrativeUnitId: string | null;

  @ManyToOne(() => AdministrativeUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'administrative_unit_id' })
  administrativeUnit?: AdministrativeUnit;

  @Field(() => Int)
  @Column({ type: 'int' })
  year: number;

  @Field(() => Int, { description: '1-4 for a quarterly report; 0 for the whole year.' })
  @Column({ type: 'int', default: 0 })
  quarter: number;

  @Field(() => ImplementationStatus)
  @Column({ type: 'enum', enum: ImplementationStatus, enumName: 'implementation_status' })
  status: ImplementationStatus;

  @Field(() => ReportState)
  @Column({ type: 'enum', enum: ReportState, enumName: 'report_state', default: ReportState.DRAFT })
  state: ReportState;

  @Field({ description: 'What was done.' })
  @Column({ type: 'text', default: '' })
  narrative: string;

  @Field({ description: 'Khó khăn, vướng mắc.' })
  @Column({ type: 'text', default: '' })
  difficulties: string;

  @Field({ description: 'Đề xuất, kiến nghị.' })
  @Column({ type: 'text', default: '' })
  proposals: string;

  @Field(() => [EvidenceLink])
  @Column({ type: 'jsonb', default: () => "'[]'" })
  evidence: EvidenceLink[];

  @Field(() => [TargetValue], { description: 'Values for targets no record can show (e.g. research studies).' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  targetValues: TargetValue[];

  @Field(() => String, { nullable: true, description: 'Why the province returned or reopened it.' })
  @Column({ type: 'text', nullable: true })
  stateReason: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  approvedById: string | null;

  @Field(() => Int, { description: 'Send it back as expectedVersion when updating.' })
  @Column({ type: 'int', default: 1 })
  version: number;
}
