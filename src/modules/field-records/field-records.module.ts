import { PUBLIC } from '../../core/auth/access';
import { ApiModule } from '../../core/modules/api-module';
import { EventCountResolver, FieldRecordCountsResolver, PilotCountResolver, TrainedFarmerCountResolver } from './counts/field-record-counts.resolver';
import { CourseLesson } from './courses/course-lesson.entity';
import { Course } from './courses/course.entity';
import { CourseLessonResolver, CourseResolver } from './courses/course.resolver';
import { FARMER_RECORD_READERS } from './courses/courses-access';
import { Enrolment, LessonCompletion } from './courses/enrolment.entity';
import { EnrolmentResolver } from './courses/enrolment.resolver';
import { FarmerAccount } from './courses/farmer-account.entity';
import { FarmerAccountResolver } from './courses/farmer-account.resolver';
import { findVisibleEnrolment, findVisibleFarmerAccount } from './courses/farmer-scope';
import { createFieldRecordLoaders } from './field-records.loaders';
import { Material } from './materials/material.entity';
import { MaterialResolver } from './materials/material.resolver';
import { PILOT_READERS } from './pilots/pilot-access';
import { PilotModel } from './pilots/pilot-model.entity';
import { PilotModelResolver } from './pilots/pilot-model.resolver';
import { PilotReductionResolver } from './pilots/pilot-reduction.resolver';
import { TRAINING_READERS } from './trainings/training-access';
import { TrainingAttendee } from './trainings/training-attendee.entity';
import { TrainingEvent } from './trainings/training-event.entity';
import { TrainingEventResolver } from './trainings/training-event.resolver';

declare module '../../core/auth/scopes' {
  interface ScopeResources {
    pilots: true;
    trainings: true;
    materials: true;
    courses: true;
  }
}

export const fieldRecordsModule: ApiModule = {
  name: 'field-records',
  entities: [PilotModel, TrainingEvent, TrainingAttendee, Material, Course, CourseLesson, FarmerAccount, Enrolment, LessonCompletion],
  resolvers: [
    PilotModelResolver,
    PilotReductionResolver,
    TrainingEventResolver,
    FieldRecordCountsResolver,
    EventCountResolver,
    TrainedFarmerCountResolver,
    PilotCountResolver,
    MaterialResolver,
    CourseResolver,
    CourseLessonResolver,
    FarmerAccountResolver,
    EnrolmentResolver,
  ],
  loaders: createFieldRecordLoaders,
  nodeTypes: {
    PilotModel: { rule: PILOT_READERS, load: (ctx, id) => ctx.loaders.pilotModelById.load(id) },
    TrainingEvent: { rule: TRAINING_READERS, load: (ctx, id) => ctx.loaders.trainingEventById.load(id) },
    Material: { rule: PUBLIC, load: (ctx, id) => ctx.loaders.materialById.load(id) },
    Course: { rule: PUBLIC, load: (ctx, id) => ctx.loaders.courseById.load(id) },
    CourseLesson: { rule: PUBLIC, load: (ctx, id) => ctx.loaders.lessonById.load(id) },
    FarmerAccount: { rule: FARMER_RECORD_READERS, load: findVisibleFarmerAccount },
    Enrolment: { rule: FARMER_RECORD_READERS, load: findVisibleEnrolment },
  },
  scopes: ['pilots', 'trainings', 'materials', 'courses'],
};
