import { EntityManager } from 'typeorm';
import { RequestContext } from '../../../core/context';
import { BadUserInputError } from '../../../core/errors/app-errors';
import { nonNegative, optionalText, pastPlanDate, requiredText } from '../../../core/input/input-checks';
import { DeleteRecordInput } from '../../../core/input/record-inputs';
import { decodeGlobalId } from '../../../core/relay/global-id';
import { PageArgs } from '../../../core/relay/pagination';
import {
  RegisterFields,
  RegisterService,
  RegisterSpec,
  communeByCode,
  createRegisterRecord,
  deleteRegisterRecord,
  listRegister,
  registerRule,
  updateRegisterRecord,
} from '../../field-records';
import { INFRASTRUCTURE_READERS } from '../infrastructure-access';
import { BUDGET_LINE_TYPE, InfrastructureWork } from './infrastructure-work.entity';
import { InfrastructureStatus } from './infrastructure-work.enums';
import { CreateInfrastructureWorkInput, InfrastructureWorkFilter, UpdateInfrastructureWorkInput } from './infrastructure-work.inputs';

export const INFRASTRUCTURE_WORKS = registerRule('InfrastructureWork', InfrastructureWork, INFRASTRUCTURE_READERS);

const SPEC: RegisterSpec<InfrastructureWork> = { type: 'InfrastructureWork', rule: INFRASTRUCTURE_WORKS, taskCode: 'III.1' };

/** A whole, non-negative number of đồng that a JavaScript number holds exactly. */
function vnd(value: number, field: string): number {
  if (!Number.isInteger(value)) throw new BadUserInputError(`${field} must be a whole number of đồng`, field, 'NOT_WHOLE');
  return nonNegative(value, field);
}

function checkedFields(input: Partial<CreateInfrastructureWorkInput> | UpdateInfrastructureWorkInput): RegisterFields<InfrastructureWork> {
  return {
    kind: input.kind ?? undefined,
    name: input.name != null ? requiredText(input.name, 'input.name', 500) : undefined,
    areaServedHa: input.areaServedHa != null ? nonNegative(input.areaServedHa, 'input.areaServedHa') : undefined,
    enablesAlternateWettingDrying: input.enablesAlternateWettingDrying ?? undefined,
    investmentVnd: input.investmentVnd != null ? vnd(input.investmentVnd, 'input.investmentVnd') : undefined,
    budgetLineId:
      input.budgetLineId === undefined
        ? undefined
        : input.budgetLineId === null
          ? null
          : decodeGlobalId(input.budgetLineId, BUDGET_LINE_TYPE, 'input.budgetLineId'),
    status: input.status ?? undefined,
    completedOn: input.completedOn === undefined ? undefined : input.completedOn === null ? null : pastPlanDate(input.completedOn, 'input.completedOn'),
    note: input.note === undefined ? undefined : optionalText(input.note, 'input.note', 2000),
  };
}

/**
 * The work as it would be stored: a completion day exactly when COMPLETED (moving away from COMPLETED
 * drops the stored day unless the input gives one), and a budget line that exists and is of the
 * work's commune or of the province. Returns what it derives.
 */
async function checkWhole(
  ctx: RequestContext,
  manager: EntityManager,
  work: RegisterFields<InfrastructureWork>,
  input: { completedOn?: string | null },
): Promise<Pick<InfrastructureWork, 'completedOn'>> {
  let completedOn = work.completedOn ?? null;
  if (work.status === InfrastructureStatus.COMPLETED && !completedOn) {
    throw new BadUserInputError('A completed work needs its completion date', 'input.completedOn', 'REQUIRED');
  }
  if (work.status !== InfrastructureStatus.COMPLETED && completedOn) {
    if (input.completedOn != null) throw new BadUserInputError(`A ${work.status} work has no completion date`, 'input.completedOn', 'NOT_COMPLETED');
    completedOn = null;
  }
  if (work.budgetLineId) {
    const line = await ctx.runtime.budgetLines.find(manager, work.budgetLineId);
    if (!line) throw new BadUserInputError('No such budget line', 'input.budgetLineId', 'NOT_FOUND');
    if (line.administrativeUnitId !== null && line.administrativeUnitId !== work.administrativeUnitId) {
      throw new BadUserInputError("The budget line is another commune's", 'input.budgetLineId', 'OTHER_UNIT');
    }
  }
  return { completedOn };
}

export const infrastructureWorkService: RegisterService<
  InfrastructureWork,
  CreateInfrastructureWorkInput,
  UpdateInfrastructureWorkInput,
  InfrastructureWorkFilter
> = {
  async create(ctx: RequestContext, input: CreateInfrastructureWorkInput) {
    const unit = await communeByCode(ctx.dataSource, input.administrativeUnitCode, 'input.administrativeUnitCode');
    return createRegisterRecord(
      ctx,
      SPEC,
      input,
      { ...unit, field: 'input.administrativeUnitCode' },
      async () => {
        const fields = checkedFields(input);
        return {
          ...fields,
          administrativeUnitId: unit.id,
          status: fields.status ?? InfrastructureStatus.PLANNED,
          budgetLineId: fields.budgetLineId ?? null,
          completedOn: fields.completedOn ?? null,
          note: fields.note ?? null,
        };
      },
      async (manager, work) => {
        await checkWhole(ctx, manager, work, input);
      },
    );
  },
  update: (ctx: RequestContext, input: UpdateInfrastructureWorkInput) =>
    updateRegisterRecord(ctx, SPEC, input, checkedFields(input), (manager, merged) => checkWhole(ctx, manager, merged, input)),
  delete: (ctx: RequestContext, input: DeleteRecordInput) => deleteRegisterRecord(ctx, SPEC, input),
  list: (ctx: RequestContext, page: PageArgs, filter: InfrastructureWorkFilter | null | undefined, updatedSince: Date | null | undefined) =>
    listRegister(ctx, InfrastructureWork, page, filter, updatedSince, (query) => {
      if (filter?.kind) query.andWhere('r.kind = :kind', { kind: filter.kind });
      if (filter?.status) query.andWhere('r.status = :status', { status: filter.status });
      if (filter?.enablesAlternateWettingDrying != null)
        query.andWhere('r.enables_alternate_wetting_drying = :awd', { awd: filter.enablesAlternateWettingDrying });
      if (filter?.completedInYear != null) {
        query.andWhere('r.completed_on BETWEEN :first AND :last', { first: `${filter.completedInYear}-01-01`, last: `${filter.completedInYear}-12-31` });
      }
    }),
};
