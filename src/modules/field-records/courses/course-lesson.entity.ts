import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Node } from '../../../core/relay/node.interface';
import { SyncedEntity } from '../../../core/db/synced-entity';
import { Course } from './course.entity';

@ObjectType({ implements: [Node, SyncedEntity], description: 'One lesson of a course.' })
@Entity()
@Index(['updatedAt', 'id']) // the change feed's order (see RegisterRecord)
@Index(['courseId', 'position'])
@Check(`"position" >= 1`)
export class CourseLesson extends SyncedEntity {
  @Column('uuid')
  courseId: string;

  @ManyToOne(() => Course, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'course_id' })
  course?: Course;

  @Field(() => Int, { description: 'Order within the course, from 1.' })
  @Column({ type: 'int' })
  position: number;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Field(() => String, { nullable: true, description: 'Video or page the app shows.' })
  @Column({ type: 'text', nullable: true })
  contentUrl: string | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  durationMinutes: number | null;
}
