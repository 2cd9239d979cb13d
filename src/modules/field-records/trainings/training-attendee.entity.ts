import { Field, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { AttendeeGender, AttendeeGroup } from '../shared/vocabularies';
import { TrainingEvent } from './training-event.entity';

/** One person on an event's attendance list; imported in bulk, matched by external id or phone. */
@ObjectType({ description: "A person on an event's attendance list (personal data: visible to the unit's writers and the province)." })
@Entity()
@Index('UQ_training_attendee_external_id', ['trainingEventId', 'externalId'], { unique: true })
@Index('UQ_training_attendee_phone', ['trainingEventId', 'phone'], { unique: true })
@Index('IDX_training_attendee_event_group_person', ['trainingEventId', 'group', 'personId'])
@Check(`"external_id" IS NOT NULL OR "phone" IS NOT NULL`)
export class TrainingAttendee {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  trainingEventId: string;

  @ManyToOne(() => TrainingEvent, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'training_event_id' })
  trainingEvent?: TrainingEvent;

  @Field(() => String, {
    nullable: true,
    description:
      "The sender's own id for this person, the same at every event (a member number, the training app's farmer id): " +
      'rows with the same externalId or phone are counted as one farmer. Not a line number of one sign-in sheet.',
  })
  @Index('IDX_training_attendee_external_id')
  @Column({ type: 'varchar', length: 100, nullable: true })
  externalId: string | null;

  @Field(() => String, { nullable: true, description: 'International form, e.g. +84912345678.' })
  @Index('IDX_training_attendee_phone')
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

  /**
   * The person this row is, kept by the database (migration TrainedPersonIdentity): rows joined by a
   * chain of shared phones or external ids have the same one. Never written by the API.
   */
  @Index('IDX_training_attendee_person')
  @Column({ type: 'uuid', insert: false, update: false, select: false })
  personId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
