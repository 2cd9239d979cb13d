import { EntityManager } from 'typeorm';
import { RequestContext } from '../../core/context';
import { BadUserInputError } from '../../core/errors/app-errors';
import { distinctList, optionalText, positive, requiredText } from '../../core/input/input-checks';
import { DeleteRecordInput } from '../../core/input/record-inputs';
import { decodeGlobalId } from '../../core/relay/global-id';
import { PageArgs } from '../../core/relay/pagination';
import {
  RegisterFields,
  RegisterService,
  RegisterSpec,
  communeByCode,
  createRegisterRecord,
  deleteRegisterRecord,
  listRegister,
  provinceUnit,
  updateRegisterRecord,
} from '../field-records';
import { liveOrganisations } from '../organisations';
import { CARBON_PROJECTS, CARBON_TASK, assertLeadOfTask } from './carbon-access';
import { decimalText } from './carbon-numbers';
import { CarbonProject } from './carbon-project.entity';
import { CarbonProjectFilter, CreateCarbonProjectInput, UpdateCarbonProjectInput } from './carbon-project.inputs';
import { CarbonProjectStatus, nextProjectStatus } from './carbon.enums';

export const PROJECT_SPEC: RegisterSpec<CarbonProject> = { type: 'CarbonProject', rule: CARBON_PROJECTS, taskCode: CARBON_TASK };
const MAX_COMMUNES = 102;
const MAX_ORGANISATIONS = 200;

/** A calendar day YYYY-MM-DD (crediting periods may run past the plan, to 2100). */
function day(value: string, field: string): string {
  const text = value.trim();
  const date = new Date(`${text}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(text) ||
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== text ||
    text < '2000-01-01' ||
    text > '2100-12-31'
  ) {
    throw new BadUserInputError(`${field} must be a date written YYYY-MM-DD between 2000 and 2100`, field, 'INVALID_DATE');
  }
  return text;
}

function buffer(value: string, field: string): string {
  const text = decimalText(value, field, 3, 2);
  if (Number(text) > 100) throw new BadUserInputError(`${field} must be at most 100`, field, 'OUT_OF_RANGE');
  return text;
}

async function communes(ctx: RequestContext, codes: readonly string[], field: string): Promise<string[]> {
  if (codes.length === 0 || codes.length > MAX_COMMUNES) throw new BadUserInputError(`${field} takes 1 to ${MAX_COMMUNES} communes`, field, 'COUNT');
  const units = [];
  for (const [i, code] of distinctList(codes, field).entries()) units.push(await communeByCode(ctx.dataSource, code, `${field}[${i}]`));
  return [...new Set(units.map((u) => u.id))];
}

async function organisations(ctx: RequestContext, ids: readonly string[], field: string): Promise<string[]> {
  if (ids.length > MAX_ORGANISATIONS) throw new BadUserInputError(`${field} takes at most ${MAX_ORGANISATIONS} organisations`, field, 'TOO_MANY');
  return [...new Set((await liveOrganisations(ctx, ctx.dataSource, distinctList(ids, field), field)).map((o) => o.id))];
}

async function checkedFields(ctx: RequestContext, input: Partial<CreateCarbonProjectInput> | UpdateCarbonProjectInput): Promise<RegisterFields<CarbonProject>> {
  const fields: RegisterFields<CarbonProject> = {};
  if (input.name != null) fields.name = requiredText(input.name, 'input.name', 500);
  if (input.standard != null) fields.standard = input.standard;
  if (input.methodology !== undefined) fields.methodology = optionalText(input.methodology, 'input.methodology', 2000);
  if (input.communeCodes != null) fields.communeIds = await communes(ctx, input.communeCodes, 'input.communeCodes');
  if (input.organisationIds != null) fields.organisationIds = await organisations(ctx, input.organisationIds, 'input.organisationIds');
  if (input.areaHa != null) fields.areaHa = positive(input.areaHa, 'input.areaHa');
  if (input.creditingFrom != null) fields.creditingFrom = day(input.creditingFrom, 'input.creditingFrom');
  if (input.creditingTo != null) fields.creditingTo = day(input.creditingTo, 'input.creditingTo');
  if (input.bufferPercent != null) fields.bufferPercent = buffer(input.bufferPercent, 'input.bufferPercent');
  return fields;
}

function checkWhole(project: RegisterFields<CarbonProject>): void {
  if (project.creditingTo! <= project.creditingFrom!) {
    throw new BadUserInputError('input.creditingTo must be after creditingFrom', 'input.creditingTo', 'END_BEFORE_START');
  }
}

/** A status change moves one step forward; anything else (back, skipping, past ISSUED) is refused with the allowed step. */
export function checkTransition(from: CarbonProjectStatus, to: CarbonProjectStatus): void {
  if (to === from) return;
  const next = nextProjectStatus(from);
  if (to !== next) {
    throw new BadUserInputError(`A ${from} project moves only to ${next ?? 'nothing (it is final)'}, not ${to}`, 'input.status', 'INVALID_TRANSITION', {
      allowed: next ? [next] : [],
    });
  }
}

export const carbonProjectService: RegisterService<CarbonProject, CreateCarbonProjectInput, UpdateCarbonProjectInput, CarbonProjectFilter> = {
  async create(ctx, input) {
    await assertLeadOfTask(ctx, CARBON_TASK);
    const province = await provinceUnit(ctx.dataSource, null, 'input');
    return createRegisterRecord(ctx, PROJECT_SPEC, input, { ...province, field: 'input' }, async () => {
      const fields = {
        methodology: null,
        organisationIds: [],
        ...(await checkedFields(ctx, input)),
        administrativeUnitId: province.id,
        status: CarbonProjectStatus.IDEA,
      };
      checkWhole(fields);
      return fields;
    });
  },
  async update(ctx, input) {
    await assertLeadOfTask(ctx, CARBON_TASK);
    const changes = await checkedFields(ctx, input);
    return updateRegisterRecord(ctx, PROJECT_SPEC, input, changes, async (_manager: EntityManager, merged, before) => {
      checkWhole(merged);
      if (input.status != null) {
        checkTransition(before.status, input.status);
        return { status: input.status };
      }
    });
  },
  async delete(ctx: RequestContext, input: DeleteRecordInput) {
    await assertLeadOfTask(ctx, CARBON_TASK);
    return deleteRegisterRecord(ctx, PROJECT_SPEC, input);
  },
  list: (ctx: RequestContext, page: PageArgs, filter: CarbonProjectFilter | null | undefined, updatedSince: Date | null | undefined) =>
    listRegister(ctx, CarbonProject, page, null, updatedSince, (query) => {
      if (filter?.standard) query.andWhere('r.standard = :standard', { standard: filter.standard });
      if (filter?.status) query.andWhere('r.status = :status', { status: filter.status });
      if (filter?.communeCode) {
        query.andWhere('(SELECT id FROM administrative_unit WHERE code = :communeCode) = ANY(r.commune_ids)', { communeCode: filter.communeCode.trim() });
      }
      if (filter?.organisationId) {
        query.andWhere(':org = ANY(r.organisation_ids)', { org: decodeGlobalId(filter.organisationId, 'Organisation', 'filter.organisationId') });
      }
    }),
};

/** Live projects by status, every status listed (zero when none): VI.4's target counts. */
export async function countCarbonProjectsByStatus(manager: EntityManager): Promise<{ status: CarbonProjectStatus; count: number }[]> {
  const rows: { status: CarbonProjectStatus; n: number }[] = await manager.query(
    `SELECT status::text AS status, count(*)::int AS n FROM carbon_project WHERE deleted_at IS NULL GROUP BY status`,
  );
  return Object.values(CarbonProjectStatus).map((status) => ({ status, count: rows.find((r) => r.status === status)?.n ?? 0 }));
}
