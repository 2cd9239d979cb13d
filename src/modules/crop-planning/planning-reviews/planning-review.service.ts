import { DataSource, EntityManager } from 'typeorm';
import { RequestContext } from '../../../core/context';
import { BadUserInputError } from '../../../core/errors/app-errors';
import { optionalText, pastPlanDate, requiredText } from '../../../core/input/input-checks';
import { DeleteRecordInput } from '../../../core/input/record-inputs';
import { PageArgs } from '../../../core/relay/pagination';
import {
  RegisterFields,
  RegisterService,
  RegisterSpec,
  communeByCode,
  createRegisterRecord,
  deleteRegisterRecord,
  registerRule,
  listRegister,
  provinceUnit,
  updateRegisterRecord,
} from '../../field-records';
import { AdministrativeUnit } from '../../geography';
import { CROP_PLANNING_READERS } from '../crop-planning-access';
import { PlanningReview, ReviewedPlanLevel } from './planning-review.entity';
import { CreatePlanningReviewInput, PlanningReviewFilter, UpdatePlanningReviewInput } from './planning-review.inputs';

export const PLANNING_REVIEWS = registerRule('PlanningReview', PlanningReview, CROP_PLANNING_READERS);

const SPEC: RegisterSpec<PlanningReview> = { type: 'PlanningReview', rule: PLANNING_REVIEWS, taskCode: 'II.1' };

const optionalDate = (value: string | null | undefined, field: string) =>
  value === undefined ? undefined : value === null || value.trim() === '' ? null : pastPlanDate(value, field);

const optional = (value: string | null | undefined, field: string) => (value === undefined ? undefined : optionalText(value, field, 300));

function checkedFields(input: Partial<CreatePlanningReviewInput> | UpdatePlanningReviewInput): RegisterFields<PlanningReview> {
  return {
    planTitle: input.planTitle != null ? requiredText(input.planTitle, 'input.planTitle', 500) : undefined,
    planKind: input.planKind ?? undefined,
    planReference: optional(input.planReference, 'input.planReference'),
    reviewedOn: input.reviewedOn != null ? pastPlanDate(input.reviewedOn, 'input.reviewedOn') : undefined,
    findings: input.findings != null ? requiredText(input.findings, 'input.findings', 20000) : undefined,
    proposals: input.proposals != null ? input.proposals.map((p, i) => requiredText(p, `input.proposals[${i}]`, 5000)) : undefined,
    decisionNumber: optional(input.decisionNumber, 'input.decisionNumber'),
    decisionDate: optionalDate(input.decisionDate, 'input.decisionDate'),
    decisionBody: optional(input.decisionBody, 'input.decisionBody'),
  };
}

/** A decision has a number and a date together, dated on or after the review. */
function checkWhole(review: RegisterFields<PlanningReview>): void {
  const { decisionNumber, decisionDate, decisionBody, reviewedOn } = review;
  if ((decisionNumber || decisionBody) && !decisionDate) {
    throw new BadUserInputError('A decision needs its date', 'input.decisionDate', 'REQUIRED');
  }
  if (decisionDate && !decisionNumber) throw new BadUserInputError('A decision needs its number', 'input.decisionNumber', 'REQUIRED');
  if (decisionDate && reviewedOn && decisionDate < reviewedOn) {
    throw new BadUserInputError('The decision cannot come before the review', 'input.decisionDate', 'BEFORE_REVIEW');
  }
}

/** A provincial plan is reviewed for the province; a commune's plan for its commune or ward. */
async function reviewUnit(db: DataSource | EntityManager, input: CreatePlanningReviewInput): Promise<AdministrativeUnit> {
  const field = 'input.administrativeUnitCode';
  if (input.planLevel === ReviewedPlanLevel.COMMUNE) {
    if (!input.administrativeUnitCode) throw new BadUserInputError("A commune's plan needs its commune or ward code", field, 'REQUIRED');
    return communeByCode(db, input.administrativeUnitCode, field);
  }
  return provinceUnit(db, input.administrativeUnitCode, field);
}

export const planningReviewService: RegisterService<PlanningReview, CreatePlanningReviewInput, UpdatePlanningReviewInput, PlanningReviewFilter> = {
  async create(ctx: RequestContext, input: CreatePlanningReviewInput) {
    const unit = await reviewUnit(ctx.dataSource, input);
    return createRegisterRecord(ctx, SPEC, input, { ...unit, field: 'input.administrativeUnitCode' }, async () => {
      const fields = checkedFields(input);
      const review = {
        ...fields,
        administrativeUnitId: unit.id,
        planLevel: input.planLevel,
        planReference: fields.planReference ?? null,
        decisionNumber: fields.decisionNumber ?? null,
        decisionDate: fields.decisionDate ?? null,
        decisionBody: fields.decisionBody ?? null,
      };
      checkWhole(review);
      return review;
    });
  },
  update: (ctx: RequestContext, input: UpdatePlanningReviewInput) =>
    updateRegisterRecord(ctx, SPEC, input, checkedFields(input), async (_manager, merged) => checkWhole(merged)),
  delete: (ctx: RequestContext, input: DeleteRecordInput) => deleteRegisterRecord(ctx, SPEC, input),
  list: (ctx: RequestContext, page: PageArgs, filter: PlanningReviewFilter | null | undefined, updatedSince: Date | null | undefined) =>
    listRegister(ctx, PlanningReview, page, filter, updatedSince, (query) => {
      if (filter?.planLevel) query.andWhere('r.plan_level = :level', { level: filter.planLevel });
      if (filter?.planKind) query.andWhere('r.plan_kind = :kind', { kind: filter.planKind });
      if (filter?.year != null) query.andWhere('EXTRACT(YEAR FROM r.reviewed_on) = :year', { year: filter.year });
      if (filter?.decided != null) query.andWhere(filter.decided ? 'r.decision_number IS NOT NULL' : 'r.decision_number IS NULL');
    }),
};
