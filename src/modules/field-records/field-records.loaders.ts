import { DataSource } from 'typeorm';
import { createCourseLoaders } from './courses/courses.loaders';
import { createMaterialLoaders } from './materials/material.loaders';
import { createPilotLoaders } from './pilots/pilot.loaders';
import { createTrainingLoaders } from './trainings/training.loaders';

export function createFieldRecordLoaders(dataSource: DataSource) {
  return {
    ...createPilotLoaders(dataSource),
    ...createTrainingLoaders(dataSource),
    ...createMaterialLoaders(dataSource),
    ...createCourseLoaders(dataSource),
  };
}
