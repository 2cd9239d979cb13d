import { DataSource, In, IsNull } from 'typeorm';
import { byIdLoader, groupedLoader } from '../../../core/loaders/by-id-loader';
import { CourseLesson } from './course-lesson.entity';
import { Course } from './course.entity';
import { Enrolment, LessonCompletion } from './enrolment.entity';
import { FarmerAccount } from './farmer-account.entity';

export function createCourseLoaders(dataSource: DataSource) {
  return {
    courseById: byIdLoader(dataSource, Course),
    lessonById: byIdLoader(dataSource, CourseLesson),
    farmerAccountById: byIdLoader(dataSource, FarmerAccount),
    enrolmentById: byIdLoader(dataSource, Enrolment),
    /** A course's current lessons, in order. */
    lessonsByCourse: groupedLoader(
      (courseIds) =>
        dataSource
          .getRepository(CourseLesson)
          .find({ where: { courseId: In([...courseIds]), deletedAt: IsNull() }, order: { position: 'ASC', createdAt: 'ASC', id: 'ASC' } }),
      (lesson) => lesson.courseId,
    ),
    completionsByEnrolment: groupedLoader(
      (enrolmentIds) =>
        dataSource.getRepository(LessonCompletion).find({ where: { enrolmentId: In([...enrolmentIds]) }, order: { completedAt: 'ASC', id: 'ASC' } }),
      (completion) => completion.enrolmentId,
    ),
  };
}

declare module '../../../core/loaders/loaders' {
  interface Loaders extends ReturnType<typeof createCourseLoaders> {}
}
