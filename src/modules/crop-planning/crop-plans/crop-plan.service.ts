import { RequestContext } from '../../../core/context';
import { nonNegative, optionalText, positive, yearInPlan } from '../../../core/input/input-checks';
import { DeleteRecordInput } from '../../../core/input/record-inputs';
import { userError } from '../../../core/errors/user-error';
import { PageArgs } from '../../../core/relay/pagination';
import {
  RegisterFields,
  RegisterService,
  RegisterSpec,
  communeByCode,
  createRegisterRecord,
  cropCode,
  deleteRegisterRecord,
  registerRule,
  listRegister,
  updateRegisterRecord,
} from '../../field-records';
import { CROP_PLANNING_READERS } from '../crop-planning-access';
import { CropPlan } from './crop-plan.entity';
import { CreateCropPlanInput, CropPlanFilter, UpdateCropPlanInput } from './crop-plan.inputs';

export const CROP_PLANS = registerRule('CropPlan', CropPlan, CROP_PLANNING_READERS);

const SPEC: RegisterSpec<CropPlan> = {
  type: 'CropPlan',
  rule: CROP_PLANS,
  taskCode: 'II.2',
  uniqueIndexes: {
    UQ_crop_plan_live_unit_crop_year: userError('crop', 'TAKEN', 'This commune already has a plan for this crop and year; update that plan instead'),
  },
};

const optionalNumber = (value: number | null | undefined, field: string) =>
  value === undefined ? undefined : value === null ? null : nonNegative(value, field);

function checkedFields(input: Partial<CreateCropPlanInput> | UpdateCropPlanInput): RegisterFields<CropPlan> {
  return {
    plannedAreaHa: input.plannedAreaHa != null ? positive(input.plannedAreaHa, 'input.plannedAreaHa') : undefined,
    plannedYieldTonnesPerHa: optionalNumber(input.plannedYieldTonnesPerHa, 'input.plannedYieldTonnesPerHa'),
    plannedProductionTonnes: optionalNumber(input.plannedProductionTonnes, 'input.plannedProductionTonnes'),
    note: input.note === undefined ? undefined : optionalText(input.note, 'input.note', 2000),
  };
}

export const cropPlanService: RegisterService<CropPlan, CreateCropPlanInput, UpdateCropPlanInput, CropPlanFilter> = {
  async create(ctx: RequestContext, input: CreateCropPlanInput) {
    const unit = await communeByCode(ctx.dataSource, input.administrativeUnitCode, 'input.administrativeUnitCode');
    return createRegisterRecord(ctx, SPEC, input, { ...unit, field: 'input.administrativeUnitCode' }, async () => {
      const fields = checkedFields(input);
      return {
        ...fields,
        administrativeUnitId: unit.id,
        crop: cropCode(input.crop, 'input.crop'),
        year: yearInPlan(input.year, 'input.year'),
        plannedYieldTonnesPerHa: fields.plannedYieldTonnesPerHa ?? null,
        plannedProductionTonnes: fields.plannedProductionTonnes ?? null,
        note: fields.note ?? null,
      };
    });
  },
  update: (ctx: RequestContext, input: UpdateCropPlanInput) => updateRegisterRecord(ctx, SPEC, input, checkedFields(input)),
  delete: (ctx: RequestContext, input: DeleteRecordInput) => deleteRegisterRecord(ctx, SPEC, input),
  list: (ctx: RequestContext, page: PageArgs, filter: CropPlanFilter | null | undefined, updatedSince: Date | null | undefined) =>
    listRegister(ctx, CropPlan, page, filter, updatedSince, (query) => {
      if (filter?.crop) query.andWhere('r.crop = :crop', { crop: cropCode(filter.crop, 'filter.crop') });
      if (filter?.year != null) query.andWhere('r.year = :year', { year: filter.year });
    }),
};
