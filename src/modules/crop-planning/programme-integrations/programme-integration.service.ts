import { resolveReference } from '../../../core/auth/references';
import { RequestContext } from '../../../core/context';
import { BadUserInputError } from '../../../core/errors/app-errors';
import { optionalText, requiredText, yearInPlan } from '../../../core/input/input-checks';
import { DeleteRecordInput } from '../../../core/input/record-inputs';
import { PageArgs } from '../../../core/relay/pagination';
import {
  RegisterFields,
  RegisterService,
  RegisterSpec,
  agencyByCode,
  createRegisterRecord,
  deleteRegisterRecord,
  registerRule,
  listRegister,
  provinceUnit,
  updateRegisterRecord,
} from '../../field-records';
import { CRITERIA_SETS, CriteriaSetStatus } from '../../criteria-sets';
import { CROP_PLANNING_READERS } from '../crop-planning-access';
import { ProgrammeIntegration, ProgrammeIntegrationStatus } from './programme-integration.entity';
import { CreateProgrammeIntegrationInput, ProgrammeIntegrationFilter, UpdateProgrammeIntegrationInput } from './programme-integration.inputs';

export const PROGRAMME_INTEGRATIONS = registerRule('ProgrammeIntegration', ProgrammeIntegration, CROP_PLANNING_READERS);

const SPEC: RegisterSpec<ProgrammeIntegration> = {
  type: 'ProgrammeIntegration',
  rule: PROGRAMME_INTEGRATIONS,
  taskCode: 'II.3',
  uniqueIndexes: { UQ_programme_integration_live_code: 'programmeCode' },
};

async function checkedFields(ctx: RequestContext, input: Partial<CreateProgrammeIntegrationInput> | UpdateProgrammeIntegrationInput) {
  const fields: RegisterFields<ProgrammeIntegration> = {
    programmeName: input.programmeName != null ? requiredText(input.programmeName, 'input.programmeName', 500) : undefined,
    programmeCode: input.programmeCode === undefined ? undefined : optionalText(input.programmeCode, 'input.programmeCode', 50),
    criteria: input.criteria != null ? criteria(input.criteria) : undefined,
    startYear: input.startYear != null ? yearInPlan(input.startYear, 'input.startYear') : undefined,
    endYear: input.endYear != null ? yearInPlan(input.endYear, 'input.endYear') : undefined,
    status: input.status ?? undefined,
    note: input.note === undefined ? undefined : optionalText(input.note, 'input.note', 2000),
  };
  if (input.ownerAgencyCode != null) fields.ownerAgencyId = (await agencyByCode(ctx.dataSource, input.ownerAgencyCode, 'input.ownerAgencyCode')).id;
  if (input.criteriaSetId !== undefined) fields.criteriaSetId = input.criteriaSetId === null ? null : await adoptedCriteriaSet(ctx, input.criteriaSetId);
  return fields;
}

/** The criteria set a programme applies: live, visible to the caller, and ADOPTED (a draft may still change; a superseded one is no longer the standard). */
async function adoptedCriteriaSet(ctx: RequestContext, globalId: string): Promise<string> {
  const set = await resolveReference(ctx, ctx.dataSource, CRITERIA_SETS, globalId, 'input.criteriaSetId', { scope: 'ANY_VISIBLE' });
  if (set.status !== CriteriaSetStatus.ADOPTED) {
    throw new BadUserInputError(`Criteria set ${globalId} is ${set.status}; a programme applies an ADOPTED set`, 'input.criteriaSetId', 'NOT_ADOPTED');
  }
  return set.id;
}

function criteria(items: readonly string[]): string[] {
  const list = [...new Set(items.map((item, i) => requiredText(item, `input.criteria[${i}]`, 2000)))];
  if (list.length === 0) throw new BadUserInputError('Name at least one low-emission criterion', 'input.criteria', 'REQUIRED');
  return list;
}

function checkWhole(record: RegisterFields<ProgrammeIntegration>): void {
  if (record.endYear! < record.startYear!) throw new BadUserInputError('endYear must not be before startYear', 'input.endYear', 'END_BEFORE_START');
}

export const programmeIntegrationService: RegisterService<
  ProgrammeIntegration,
  CreateProgrammeIntegrationInput,
  UpdateProgrammeIntegrationInput,
  ProgrammeIntegrationFilter
> = {
  async create(ctx: RequestContext, input: CreateProgrammeIntegrationInput) {
    // Provincial programmes: written for the province, so only province-wide callers pass the unit check.
    const unit = await provinceUnit(ctx.dataSource, null, 'input');
    return createRegisterRecord(ctx, SPEC, input, { ...unit, field: 'input' }, async () => {
      const fields = await checkedFields(ctx, input);
      const record = {
        ...fields,
        administrativeUnitId: unit.id,
        programmeCode: fields.programmeCode ?? null,
        status: fields.status ?? ProgrammeIntegrationStatus.PLANNED,
        note: fields.note ?? null,
        criteriaSetId: fields.criteriaSetId ?? null,
      };
      checkWhole(record);
      return record;
    });
  },
  async update(ctx: RequestContext, input: UpdateProgrammeIntegrationInput) {
    return updateRegisterRecord(ctx, SPEC, input, await checkedFields(ctx, input), async (_manager, merged) => checkWhole(merged));
  },
  delete: (ctx: RequestContext, input: DeleteRecordInput) => deleteRegisterRecord(ctx, SPEC, input),
  list: (ctx: RequestContext, page: PageArgs, filter: ProgrammeIntegrationFilter | null | undefined, updatedSince: Date | null | undefined) =>
    listRegister(ctx, ProgrammeIntegration, page, filter, updatedSince, (query) => {
      if (filter?.status) query.andWhere('r.status = :status', { status: filter.status });
      if (filter?.ownerAgencyCode) {
        query.andWhere('r.owner_agency_id = (SELECT id FROM agency WHERE code = :agencyCode)', { agencyCode: filter.ownerAgencyCode.trim() });
      }
      if (filter?.year != null) query.andWhere(':year BETWEEN r.start_year AND r.end_year', { year: filter.year });
    }),
};
