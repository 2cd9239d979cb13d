import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Node } from '../../../core/relay/node.interface';
import { SyncedEntity } from '../../../core/db/synced-entity';
import { Task } from '../../plan';
import { TrainingTopic } from '../shared/vocabularies';

export enum CourseStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

registerEnumType(CourseStatus, {
  name: 'CourseStatus',
  valuesConfig: {
    OPEN: { description: 'Đang mở / farmers may enrol' },
    CLOSED: { description: 'Đã đóng / no new enrolments; enrolled farmers may finish' },
  },
});

/** Task V.2: online training through the mobile app. Lessons change the course's updatedAt, so a sync refetches it. */
@ObjectType({ implements: [Node, SyncedEntity], description: "An online course of the farmers' training app (task V.2)." })
@Entity()
@Index(['updatedAt', 'id']) // the change feed's order (see RegisterRecord)
@Index('UQ_course_live_code', ['code'], { unique: true, where: '"deleted_at" IS NULL' })
export class Course extends SyncedEntity {
  @Field({ description: 'Short unique code, e.g. "CAPHE-GPT-01".' })
  @Column({ length: 40 })
  code: string;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field({ description: 'Language tag, e.g. vi.' })
  @Column({ length: 20 })
  language: string;

  @Field(() => [TrainingTopic])
  @Column({ type: 'enum', enum: TrainingTopic, enumName: 'training_topic', array: true })
  topics: TrainingTopic[];

  @Field(() => [String], { description: 'Crop codes it covers (empty: all crops).' })
  @Column({ type: 'varchar', length: 30, array: true })
  crops: string[];

  @Field(() => CourseStatus)
  @Column({ type: 'enum', enum: CourseStatus, enumName: 'course_status' })
  status: CourseStatus;

  @Column('uuid')
  taskId: string;

  @ManyToOne(() => Task, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'task_id' })
  task?: Task;
}
