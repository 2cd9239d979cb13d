import { Field, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { AttendeeGender, AttendeeGroup } from '../shared/vocabularies';
import { TrainingEvent } from './training-event.entity';

/** One person on an event's attendance list; imported in bulk, matched by external id or phone. */
@ObjectType({ description: "A person on an event's attendance list (personal data: visible to the unit's writers and the province)." })
@Entity()
@Index('UQ_training_attendee_external_id', ['trainingEventId', 'externalId'], { unique: true })
@Index('UQ_training_attendee_phone', ['trainingEventId', 'phone'], { unique: true })
@Check(`"external_id" IS NOT NULL OR "phone" IS NOT NULL`)
export class TrainingAttendee {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  trainingEventId: string;

  @ManyToOne(() => TrainingEvent, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'training_event_id' })
  trainingEvent?: TrainingEvent;

  @Field(() => String, { nullable: true, description: "The sender's own id for this person (sign-in sheet number, app id)." })
  @Column({ type: 'varchar', length: 100, nullable: true })
  externalId: string | null;

  @Field(() => String, { nullable: true, description: 'International form, e.g. +84912345678.' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  @Field()
  @Column({ length: 200 })
  fullName: string;

  @Field(() => AttendeeGender, { nullable: true })
  @Column({ type: 'enum', enum: AttendeeGender, enumName: 'attendee_gender', nullable: true })
  gender: AttendeeGender | null;

  @Field(() => AttendeeGroup)
  @Column({ type: 'enum', enum: AttendeeGroup, enumName: 'attendee_group' })
  group: AttendeeGroup;

  @Field(() => String, { nullable: true, description: 'Cooperative, agency or village.' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  organisation: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
