import { DataSource } from 'typeorm';
import { createEmissionLoaders } from '../../modules/emissions/emissions.loaders';
import { createAgencyLoaders } from '../../modules/agencies/agency.loaders';
import { createGeographyLoaders } from '../../modules/geography/geography.loaders';
import { createIdentityLoaders } from '../../modules/identity/identity.loaders';
import { createPlanLoaders } from '../../modules/plan/plan.loaders';
import { ProgressReport } from '../../modules/progress/reports/progress-report.entity';
import { byIdLoader } from './by-id-loader';
import { deadlineLoader } from '../../modules/progress/reports/reporting-deadline.service';
import { createPilotLoaders } from '../../modules/field-records/pilots/pilot.loaders';
import { createTrainingLoaders } from '../../modules/field-records/trainings/training.loaders';
import { createMaterialLoaders } from '../../modules/field-records/materials/material.loaders';
import { createCourseLoaders } from '../../modules/field-records/courses/courses.loaders';
import { createBudgetLoaders } from '../../modules/progress/budget/budget.loaders';
import { createInspectionLoaders } from '../../modules/progress/inspections/inspection.loaders';

/** One fresh set per request, so batching never leaks data between principals. */
export function createLoaders(dataSource: DataSource) {
  const agencies = createAgencyLoaders(dataSource);
  return {
    ...createGeographyLoaders(dataSource),
    ...agencies,
    ...createPlanLoaders(dataSource, agencies.agencyById),
    ...createIdentityLoaders(dataSource),
    ...createEmissionLoaders(dataSource),
    reportDueOn: deadlineLoader(dataSource),
    progressReportById: byIdLoader(dataSource, ProgressReport),
    ...createPilotLoaders(dataSource),
    ...createTrainingLoaders(dataSource),
    ...createMaterialLoaders(dataSource),
    ...createCourseLoaders(dataSource),
    ...createBudgetLoaders(dataSource),
    ...createInspectionLoaders(dataSource),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
