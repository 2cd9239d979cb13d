import { RequestContext } from '../../../core/context';
import { BadUserInputError } from '../../../core/errors/app-errors';
import { optionalText, positive, yearInPlan } from '../../../core/input/input-checks';
import { DeleteRecordInput } from '../../../core/input/record-inputs';
import { PageArgs } from '../../../core/relay/pagination';
import { CROPS } from '../../emissions';
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
import { ConversionStatus, CropConversion } from './crop-conversion.entity';
import { CreateCropConversionInput, CropConversionFilter, UpdateCropConversionInput } from './crop-conversion.inputs';

export const CROP_CONVERSIONS = registerRule('CropConversion', CropConversion, CROP_PLANNING_READERS);

const SPEC: RegisterSpec<CropConversion> = { type: 'CropConversion', rule: CROP_CONVERSIONS, taskCode: 'II.2' };

const PERENNIAL = new Map(CROPS.map((crop) => [crop.code, crop.kind === 'PERENNIAL']));

/**
 * Whether the new crop is perennial: the crop catalogue's kind where it has one (a contradicting
 * input is refused), else what the input says (then required).
 */
export function toCropPerennial(toCrop: string, given: boolean | null | undefined): boolean {
  const known = PERENNIAL.get(toCrop);
  if (known === undefined) {
    if (given == null) throw new BadUserInputError(`Say whether ${toCrop} is perennial`, 'input.toCropPerennial', 'REQUIRED');
    return given;
  }
  if (given != null && given !== known) {
    throw new BadUserInputError(`${toCrop} is ${known ? '' : 'not '}perennial in the crop catalogue`, 'input.toCropPerennial', 'CONTRADICTS_CROP');
  }
  return known;
}

function checkedFields(input: Partial<CreateCropConversionInput> | UpdateCropConversionInput): RegisterFields<CropConversion> {
  return {
    year: input.year != null ? yearInPlan(input.year, 'input.year') : undefined,
    fromCrop: input.fromCrop != null ? cropCode(input.fromCrop, 'input.fromCrop') : undefined,
    toCrop: input.toCrop != null ? cropCode(input.toCrop, 'input.toCrop') : undefined,
    areaHa: input.areaHa != null ? positive(input.areaHa, 'input.areaHa') : undefined,
    status: input.status ?? undefined,
    note: input.note === undefined ? undefined : optionalText(input.note, 'input.note', 2000),
  };
}

/** Rules across fields on the record as it would be stored; returns the derived perennial flag. */
function checkWhole(record: RegisterFields<CropConversion>, given: boolean | null | undefined): Pick<CropConversion, 'toCropPerennial'> {
  if (record.fromCrop === record.toCrop) throw new BadUserInputError('A conversion goes to another crop', 'input.toCrop', 'SAME_CROP');
  return { toCropPerennial: toCropPerennial(record.toCrop!, given) };
}

export const cropConversionService: RegisterService<CropConversion, CreateCropConversionInput, UpdateCropConversionInput, CropConversionFilter> = {
  async create(ctx: RequestContext, input: CreateCropConversionInput) {
    const unit = await communeByCode(ctx.dataSource, input.administrativeUnitCode, 'input.administrativeUnitCode');
    return createRegisterRecord(ctx, SPEC, input, { ...unit, field: 'input.administrativeUnitCode' }, async () => {
      const fields = { ...checkedFields(input), administrativeUnitId: unit.id, status: input.status ?? ConversionStatus.PLANNED };
      return { ...fields, note: fields.note ?? null, ...checkWhole(fields, input.toCropPerennial) };
    });
  },
  update: (ctx: RequestContext, input: UpdateCropConversionInput) =>
    updateRegisterRecord(ctx, SPEC, input, checkedFields(input), async (_manager, merged) => checkWhole(merged, input.toCropPerennial)),
  delete: (ctx: RequestContext, input: DeleteRecordInput) => deleteRegisterRecord(ctx, SPEC, input),
  list: (ctx: RequestContext, page: PageArgs, filter: CropConversionFilter | null | undefined, updatedSince: Date | null | undefined) =>
    listRegister(ctx, CropConversion, page, filter, updatedSince, (query) => {
      if (filter?.crop) query.andWhere(':crop IN (r.from_crop, r.to_crop)', { crop: cropCode(filter.crop, 'filter.crop') });
      if (filter?.fromCrop) query.andWhere('r.from_crop = :fromCrop', { fromCrop: cropCode(filter.fromCrop, 'filter.fromCrop') });
      if (filter?.toCrop) query.andWhere('r.to_crop = :toCrop', { toCrop: cropCode(filter.toCrop, 'filter.toCrop') });
      if (filter?.year != null) query.andWhere('r.year = :year', { year: filter.year });
      if (filter?.status) query.andWhere('r.status = :status', { status: filter.status });
      if (filter?.toCropPerennial != null) query.andWhere('r.to_crop_perennial = :perennial', { perennial: filter.toCropPerennial });
    }),
};
