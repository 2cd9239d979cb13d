import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from 'typeorm';
import { NodeEntity } from '../../../core/db/node-entity';
import { Node } from '../../../core/relay/node.interface';
import { Agency } from '../../agencies';
import { AdministrativeUnit } from '../../geography';
import { Task } from '../../plan';
import { InspectionSubjectKind } from './inspection.enums';

/** Task VIII.1: an inspection of a task, a pilot model or a commune, with what it found. */
@ObjectType({ implements: Node, description: 'An inspection (task VIII.1): what was inspected, by whom, what was found and what must follow.' })
@Entity()
@Index(['inspectedOn', 'id'])
// Exactly the reference that matches the subject kind is set.
@Check(
  `("subject_kind" = 'TASK') = ("task_id" IS NOT NULL) AND ("subject_kind" = 'PILOT') = ("pilot_model_id" IS NOT NULL) ` +
    `AND ("subject_kind" = 'COMMUNE') = ("administrative_unit_id" IS NOT NULL)`,
)
export class Inspection extends NodeEntity {
  @Field({ description: 'Day of the inspection (YYYY-MM-DD).' })
  @Column({ type: 'date' })
  inspectedOn: string;

  @Field(() => InspectionSubjectKind)
  @Column({ type: 'enum', enum: InspectionSubjectKind, enumName: 'inspection_subject_kind' })
  subjectKind: InspectionSubjectKind;

  /** Subject TASK. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  taskId: string | null;

  @ManyToOne(() => Task, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'task_id' })
  task?: Task;

  /** Subject PILOT: a pilot model's id, kept without a foreign key so inspections do not depend on that module. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  pilotModelId: string | null;

  /** Subject COMMUNE. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  administrativeUnitId: string | null;

  @ManyToOne(() => AdministrativeUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'administrative_unit_id' })
  administrativeUnit?: AdministrativeUnit;

  @Index()
  @Column('uuid')
  inspectingAgencyId: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'inspecting_agency_id' })
  inspectingAgency?: Agency;

  @Field({ description: 'What the inspection found (kết quả kiểm tra).' })
  @Column({ type: 'text' })
  findings: string;

  @Field(() => Int, { description: 'Grows with every change; send it as `expectedVersion` to update.' })
  @VersionColumn()
  version: number;
}
