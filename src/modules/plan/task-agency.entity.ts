import { registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Agency } from '../agencies';
import { Task } from './task.entity';

export enum AgencyRole {
  LEAD = 'LEAD',
  COORDINATING = 'COORDINATING',
}

registerEnumType(AgencyRole, {
  name: 'AgencyRole',
  valuesConfig: {
    LEAD: { description: 'Cơ quan chủ trì / lead agency' },
    COORDINATING: { description: 'Cơ quan phối hợp / coordinating agency' },
  },
});

/** An agency's role on a task; the same agency may lead one task and coordinate another. */
@Entity()
export class TaskAgency {
  @PrimaryColumn('uuid')
  taskId: string;

  @PrimaryColumn({ type: 'enum', enum: AgencyRole, enumName: 'agency_role' })
  role: AgencyRole;

  @Index()
  @PrimaryColumn('uuid')
  agencyId: string;

  /** Order in the plan's cell. */
  @Column({ type: 'int' })
  position: number;

  @ManyToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id' })
  task?: Task;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: Agency;
}
