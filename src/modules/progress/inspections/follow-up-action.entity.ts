import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from 'typeorm';
import { NodeEntity } from '../../../core/db/node-entity';
import { Node } from '../../../core/relay/node.interface';
import { Agency } from '../../agencies';
import { AdministrativeUnit } from '../../geography';
import { FollowUpStatus } from './inspection.enums';
import { Inspection } from './inspection.entity';

/** What an inspection asks someone to do, by when. */
@ObjectType({ implements: Node, description: 'An action an inspection asks for, with its due date and status.' })
@Entity()
@Index(['status', 'dueOn'])
@Check(`("status" = 'DONE') = ("completed_at" IS NOT NULL)`)
@Check(`"responsible_agency_id" IS NULL OR "responsible_unit_id" IS NULL`)
export class FollowUpAction extends NodeEntity {
  @Index()
  @Column('uuid')
  inspectionId: string;

  @ManyToOne(() => Inspection, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'inspection_id' })
  inspection?: Inspection;

  @Field()
  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'uuid', nullable: true })
  responsibleAgencyId: string | null;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'responsible_agency_id' })
  responsibleAgency?: Agency;

  @Column({ type: 'uuid', nullable: true })
  responsibleUnitId: string | null;

  @ManyToOne(() => AdministrativeUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'responsible_unit_id' })
  responsibleUnit?: AdministrativeUnit;

  @Field({ description: 'Last day (YYYY-MM-DD, Asia/Ho_Chi_Minh) to complete it.' })
  @Column({ type: 'date' })
  dueOn: string;

  @Field(() => FollowUpStatus)
  @Column({ type: 'enum', enum: FollowUpStatus, enumName: 'follow_up_status', default: FollowUpStatus.OPEN })
  status: FollowUpStatus;

  @Field(() => Date, { nullable: true, description: 'When it was done; set exactly when the status is DONE.' })
  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Field(() => Int, { description: 'Grows with every change; send it as `expectedVersion` to update.' })
  @VersionColumn()
  version: number;
}
