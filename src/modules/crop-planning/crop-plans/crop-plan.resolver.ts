import { Resolver } from 'type-graphql';
import { RegisterResolver } from '../../field-records';
import { CROP_PLANNING_READERS, CROP_PLANNING_WRITERS } from '../crop-planning-access';
import { CropPlan } from './crop-plan.entity';
import { CreateCropPlanInput, CropPlanFilter, UpdateCropPlanInput } from './crop-plan.inputs';
import { cropPlanService } from './crop-plan.service';

@Resolver(() => CropPlan)
export class CropPlanResolver extends RegisterResolver({
  nodeType: CropPlan,
  name: 'CropPlan',
  listName: 'cropPlans',
  what: 'Crop production plans (task II.2), one per commune, crop and year',
  createInput: CreateCropPlanInput,
  updateInput: UpdateCropPlanInput,
  filter: CropPlanFilter,
  readers: CROP_PLANNING_READERS,
  writers: CROP_PLANNING_WRITERS,
  service: cropPlanService,
}) {}
