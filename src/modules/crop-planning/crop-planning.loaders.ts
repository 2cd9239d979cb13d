import { DataSource } from 'typeorm';
import { byIdLoader } from '../../core/loaders/by-id-loader';
import { CropConversion } from './conversions/crop-conversion.entity';
import { CropPlan } from './crop-plans/crop-plan.entity';
import { PlanningReview } from './planning-reviews/planning-review.entity';
import { ProgrammeIntegration } from './programme-integrations/programme-integration.entity';

export function createCropPlanningLoaders(dataSource: DataSource) {
  return {
    cropPlanById: byIdLoader(dataSource, CropPlan),
    cropConversionById: byIdLoader(dataSource, CropConversion),
    planningReviewById: byIdLoader(dataSource, PlanningReview),
    programmeIntegrationById: byIdLoader(dataSource, ProgrammeIntegration),
  };
}

declare module '../../core/loaders/loaders' {
  interface Loaders extends ReturnType<typeof createCropPlanningLoaders> {}
}
