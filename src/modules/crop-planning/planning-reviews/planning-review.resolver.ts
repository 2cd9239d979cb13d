import { Resolver } from 'type-graphql';
import { RegisterResolver } from '../../field-records';
import { CROP_PLANNING_READERS, CROP_PLANNING_WRITERS } from '../crop-planning-access';
import { PlanningReview } from './planning-review.entity';
import { CreatePlanningReviewInput, PlanningReviewFilter, UpdatePlanningReviewInput } from './planning-review.inputs';
import { planningReviewService } from './planning-review.service';

@Resolver(() => PlanningReview)
export class PlanningReviewResolver extends RegisterResolver({
  nodeType: PlanningReview,
  name: 'PlanningReview',
  listName: 'planningReviews',
  what: 'Reviews of agricultural, crop land and environmental plans to integrate emission cuts (task II.1)',
  createInput: CreatePlanningReviewInput,
  updateInput: UpdatePlanningReviewInput,
  filter: PlanningReviewFilter,
  readers: CROP_PLANNING_READERS,
  writers: CROP_PLANNING_WRITERS,
  service: planningReviewService,
}) {}
