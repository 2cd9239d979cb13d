import { ApiModule } from '../../core/modules/api-module';
import { CropPlanComparisonResolver } from './comparison/crop-plan-comparison.resolver';
import { CropConversion } from './conversions/crop-conversion.entity';
import { CropConversionResolver } from './conversions/crop-conversion.resolver';
import { CROP_PLANNING_READERS } from './crop-planning-access';
import { createCropPlanningLoaders } from './crop-planning.loaders';
import { CropPlan } from './crop-plans/crop-plan.entity';
import { CropPlanResolver } from './crop-plans/crop-plan.resolver';
import { PlanningReview } from './planning-reviews/planning-review.entity';
import { PlanningReviewResolver } from './planning-reviews/planning-review.resolver';
import { ProgrammeIntegration } from './programme-integrations/programme-integration.entity';
import { ProgrammeIntegrationResolver } from './programme-integrations/programme-integration.resolver';

declare module '../../core/auth/scopes' {
  interface ScopeResources {
    'crop-planning': true;
  }
}

export const cropPlanningModule: ApiModule = {
  name: 'crop-planning',
  entities: [CropPlan, CropConversion, PlanningReview, ProgrammeIntegration],
  resolvers: [CropPlanResolver, CropConversionResolver, CropPlanComparisonResolver, PlanningReviewResolver, ProgrammeIntegrationResolver],
  loaders: createCropPlanningLoaders,
  nodeTypes: {
    CropPlan: { rule: CROP_PLANNING_READERS, load: (ctx, id) => ctx.loaders.cropPlanById.load(id) },
    CropConversion: { rule: CROP_PLANNING_READERS, load: (ctx, id) => ctx.loaders.cropConversionById.load(id) },
    PlanningReview: { rule: CROP_PLANNING_READERS, load: (ctx, id) => ctx.loaders.planningReviewById.load(id) },
    ProgrammeIntegration: { rule: CROP_PLANNING_READERS, load: (ctx, id) => ctx.loaders.programmeIntegrationById.load(id) },
  },
  scopes: ['crop-planning'],
};
