import { Field, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../../../core/relay/node.interface';
import { SyncedEntity } from '../../../core/db/synced-entity';
import { CourseLesson } from './course-lesson.entity';
import { Course } from './course.entity';
import { FarmerAccount } from './farmer-account.entity';

/** A farmer in a course. Completed when every lesson is done; the completion's year is when it counts. */
@ObjectType({ implements: [Node, SyncedEntity], description: "A farmer's enrolment in a course, with their progress." })
@Entity('course_enrolment')
@Index(['updatedAt', 'id']) // the change feed's order (see RegisterRecord)
@Index('UQ_course_enrolment_farmer_course', ['farmerAccountId', 'courseId'], { unique: true })
export class Enrolment extends SyncedEntity {
  @Column('uuid')
  farmerAccountId: string;

  @ManyToOne(() => FarmerAccount, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'farmer_account_id' })
  farmerAccount?: FarmerAccount;

  @Index()
  @Column('uuid')
  courseId: string;

  @ManyToOne(() => Course, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'course_id' })
  course?: Course;

  @Field()
  @Column({ type: 'timestamptz', precision: 3 })
  enrolledAt: Date;

  @Field(() => Int, { description: 'Lessons of the course the farmer has completed.' })
  @Column({ type: 'int', default: 0 })
  completedLessons: number;

  @Field(() => Date, { nullable: true, description: 'When the last lesson was completed; the year it counts as a trained farmer.' })
  @Index()
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  completedAt: Date | null;
}

/** One lesson done by one enrolled farmer; recorded once, however often the app sends it. */
@Entity()
@Index('UQ_lesson_completion_enrolment_lesson', ['enrolmentId', 'lessonId'], { unique: true })
export class LessonCompletion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  enrolmentId: string;

  @ManyToOne(() => Enrolment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enrolment_id' })
  enrolment?: Enrolment;

  @Index()
  @Column('uuid')
  lessonId: string;

  @ManyToOne(() => CourseLesson, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lesson_id' })
  lesson?: CourseLesson;

  @Column({ type: 'timestamptz', precision: 3 })
  completedAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt: Date;
}

@ObjectType({ description: 'A lesson the farmer has completed.' })
export class CompletedLesson {
  @Field(() => CourseLesson)
  lesson: CourseLesson;

  @Field()
  completedAt: Date;
}
