import { DataSource, EntityManager } from 'typeorm';
import { lockForWrite, resolveReferences } from '../../../core/auth/references';
import { RequestContext } from '../../../core/context';
import { BadUserInputError } from '../../../core/errors/app-errors';
import { UserError } from '../../../core/errors/user-error';
import { decodeGlobalId } from '../../../core/relay/global-id';
import { PageArgs } from '../../../core/relay/pagination';
import { distinctList, endNotBeforeStart, nonNegative, optionalText, planDate, positive, requiredText, yearInPlan } from '../../../core/input/input-checks';
import { OrderDirection, RecordSort, SyncedConnectionResult, listRecords } from '../../../core/relay/synced-list';
import { DeleteRecordInput } from '../../../core/input/record-inputs';
import { assertEditable, rejectWrite, softDelete } from '../../../core/writes/record-writes';
import { runWrite } from '../../../core/writes/write-pipeline';
import { recordAudit } from '../../audit';
import { ACTIVITY_RECORDS, Scenario } from '../../emissions';
import { AdministrativeUnitKind } from '../../geography';
import { agencyByCode, communeByCode, provinceUnit, taskByCode, unitByCode } from '../shared/record-references';
import { cropCode } from '../shared/crops';
import { hostOrganisationId } from '../shared/host-organisation';
import { PILOT_MODELS, mayUseRecord } from './pilot-access';
import { PilotModel } from './pilot-model.entity';
import { PilotLevel, PilotStatus } from './pilot-model.enums';
import { CreatePilotModelInput, PilotModelFilter, PilotModelOrder, PilotModelOrderField, UpdatePilotModelInput } from './pilot-model.inputs';

export interface PilotModelResult {
  pilotModel: PilotModel | null;
  userErrors: UserError[];
}

type Db = DataSource | EntityManager;
type PilotFields = Partial<Omit<PilotModel, 'id' | 'createdAt' | 'updatedAt' | 'version' | 'deletedAt' | 'nodeId'>>;

const TYPE = 'PilotModel';
const PILOT_TASKS = ['IV.1', 'IV.2'];
const DEFAULT_TASK: Record<PilotLevel, string> = { [PilotLevel.PROVINCIAL]: 'IV.1', [PilotLevel.COMMUNE]: 'IV.2' };
/** Unique index names → the input field a duplicate is reported on. */
const UNIQUE_INDEXES = { UQ_pilot_model_live_code: 'code' };

type LinkFields = Pick<PilotFields, 'baselineActivityRecordIds' | 'actualActivityRecordIds'>;
const LINKS = [
  { name: 'baselineActivityRecordIds', scenario: Scenario.BASELINE },
  { name: 'actualActivityRecordIds', scenario: Scenario.ACTUAL },
] as const;

/**
 * The activity records the input links (undefined keeps, null clears). They are farm data published
 * through the pilot's reduction: each must be of a unit the caller writes for (else it is refused as
 * unknown), not withdrawn, of the list's scenario, and of a commune the pilot may draw on.
 */
async function linkedRecords(
  ctx: RequestContext,
  manager: EntityManager,
  input: Pick<UpdatePilotModelInput, (typeof LINKS)[number]['name']>,
  pilot: Pick<PilotModel, 'level' | 'administrativeUnitId'>,
): Promise<LinkFields> {
  const fields: LinkFields = {};
  for (const { name, scenario } of LINKS) {
    const ids = input[name];
    if (ids === undefined) continue;
    if (ids === null) {
      fields[name] = null;
      continue;
    }
    const field = `input.${name}`;
    const records = await resolveReferences(ctx, manager, ACTIVITY_RECORDS, ids, field, { scope: 'WRITABLE_UNIT' });
    records.forEach((record, i) => {
      if (record.scenario !== scenario)
        throw new BadUserInputError(`Activity record ${ids[i]} is not a ${scenario} record`, `${field}[${i}]`, 'WRONG_SCENARIO');
      if (!mayUseRecord(pilot, record)) {
        throw new BadUserInputError(`Activity record ${ids[i]} is of another commune than the pilot`, `${field}[${i}]`, 'OTHER_UNIT');
      }
    });
    fields[name] = [...new Set(records.map((record) => record.id))];
  }
  return fields;
}

/** Checks the fields the input gives (create: all of them; update: the ones to change). */
async function checkedFields(db: Db, input: Partial<CreatePilotModelInput> | UpdatePilotModelInput): Promise<PilotFields> {
  const fields: PilotFields = {};
  if (input.code != null) fields.code = requiredText(input.code, 'input.code', 40);
  if (input.name != null) fields.name = requiredText(input.name, 'input.name', 500);
  if (input.crop != null) fields.crop = cropCode(input.crop, 'input.crop');
  if (input.hostKind != null) fields.hostKind = input.hostKind;
  if (input.hostName != null) fields.hostName = requiredText(input.hostName, 'input.hostName', 300);
  if (input.hostAgencyCode !== undefined) {
    fields.hostAgencyId = input.hostAgencyCode ? (await agencyByCode(db, input.hostAgencyCode, 'input.hostAgencyCode')).id : null;
  }
  if (input.areaHa != null) fields.areaHa = positive(input.areaHa, 'input.areaHa');
  if (input.households != null) fields.households = nonNegative(input.households, 'input.households');
  if (input.startDate != null) fields.startDate = planDate(input.startDate, 'input.startDate');
  if (input.endDate !== undefined) fields.endDate = input.endDate === null ? null : planDate(input.endDate, 'input.endDate');
  if (input.status != null) fields.status = input.status;
  if (input.practices != null) fields.practices = distinctList(input.practices, 'input.practices');
  if (input.otherPractices !== undefined) fields.otherPractices = optionalText(input.otherPractices, 'input.otherPractices', 2000);
  if (input.taskCode != null) fields.taskId = (await taskByCode(db, input.taskCode, 'input.taskCode', PILOT_TASKS)).id;
  if (input.legalBasis !== undefined) fields.legalBasis = optionalText(input.legalBasis, 'input.legalBasis', 300);
  if (input.baselineYieldTonnesPerHa !== undefined) {
    fields.baselineYieldTonnesPerHa =
      input.baselineYieldTonnesPerHa === null ? null : nonNegative(input.baselineYieldTonnesPerHa, 'input.baselineYieldTonnesPerHa');
  }
  if (input.actualYieldTonnesPerHa !== undefined) {
    fields.actualYieldTonnesPerHa = input.actualYieldTonnesPerHa === null ? null : nonNegative(input.actualYieldTonnesPerHa, 'input.actualYieldTonnesPerHa');
  }
  return fields;
}

/** Rules across fields, on the record as it would be stored. */
function checkWhole(pilot: PilotFields): void {
  endNotBeforeStart(pilot.startDate!, pilot.endDate ?? null, 'input.endDate');
}

/** A provincial pilot belongs to the province and has no commune; a commune pilot needs its commune or ward. */
async function pilotUnit(db: Db, input: CreatePilotModelInput) {
  if (input.level === PilotLevel.COMMUNE) {
    if (!input.administrativeUnitCode)
      throw new BadUserInputError('A commune pilot needs its commune or ward code', 'input.administrativeUnitCode', 'REQUIRED');
    return communeByCode(db, input.administrativeUnitCode, 'input.administrativeUnitCode');
  }
  if (input.administrativeUnitCode) {
    const unit = await unitByCode(db, input.administrativeUnitCode, 'input.administrativeUnitCode');
    if (unit.kind !== AdministrativeUnitKind.PROVINCE) {
      throw new BadUserInputError(
        'A provincial pilot has no commune: omit administrativeUnitCode',
        'input.administrativeUnitCode',
        'PROVINCIAL_HAS_NO_COMMUNE',
      );
    }
  }
  return provinceUnit(db, input.administrativeUnitCode, 'input.administrativeUnitCode');
}

async function assertCodeFree(manager: EntityManager, code: string | undefined, exceptId: string | null): Promise<void> {
  if (!code) return;
  const clash = await manager
    .getRepository(PilotModel)
    .createQueryBuilder('p')
    .where('p.code = :code AND p.deleted_at IS NULL', { code })
    .andWhere(exceptId ? 'p.id <> :exceptId' : 'TRUE', { exceptId })
    .getExists();
  if (clash) rejectWrite('code', 'TAKEN', `Another pilot model already has code ${code}`);
}

const replay = (manager: EntityManager, id: string) => manager.getRepository(PilotModel).findOneBy({ id });

export async function createPilotModel(ctx: RequestContext, input: CreatePilotModelInput): Promise<PilotModelResult> {
  const unit = await pilotUnit(ctx.dataSource, input);
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'createPilotModel',
    entityType: TYPE,
    input,
    unit: { ...unit, field: 'input.administrativeUnitCode' },
    uniqueIndexes: UNIQUE_INDEXES,
    replay,
    prepare: async () => {
      const fields = await checkedFields(ctx.dataSource, input);
      const taskId = fields.taskId ?? (await taskByCode(ctx.dataSource, DEFAULT_TASK[input.level], 'input.taskCode')).id;
      const pilot: PilotFields = { status: PilotStatus.PLANNED, endDate: null, ...fields, level: input.level, administrativeUnitId: unit.id, taskId };
      checkWhole(pilot);
      return pilot;
    },
    write: async (manager, pilot) => {
      const links = await linkedRecords(ctx, manager, input, { level: input.level, administrativeUnitId: unit.id });
      const host = await hostOrganisationId(ctx, manager, input.hostOrganisationId);
      await assertCodeFree(manager, pilot.code, null);
      const repo = manager.getRepository(PilotModel);
      const saved = await repo.save(repo.create({ ...pilot, ...links, ...host }));
      await recordAudit(manager, ctx, { action: 'createPilotModel', entityType: TYPE, entityId: saved.id, before: null, after: { ...saved } });
      return saved;
    },
  });
  return { pilotModel: record, userErrors };
}

export async function updatePilotModel(ctx: RequestContext, input: UpdatePilotModelInput): Promise<PilotModelResult> {
  const id = decodeGlobalId(input.id, TYPE, 'input.id');
  const checked = await checkedFields(ctx.dataSource, input);
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'updatePilotModel',
    entityType: TYPE,
    input,
    uniqueIndexes: UNIQUE_INDEXES,
    replay,
    write: async (manager) => {
      const before = await lockForWrite(ctx, manager, PILOT_MODELS, input.id);
      assertEditable(before, TYPE, input.expectedVersion);
      const fields = {
        ...checked,
        ...(await linkedRecords(ctx, manager, input, before)),
        ...(await hostOrganisationId(ctx, manager, input.hostOrganisationId)),
      };
      const merged = { ...before, ...fields };
      checkWhole(merged);
      await assertCodeFree(manager, fields.code, id);
      const repo = manager.getRepository(PilotModel);
      const saved = await repo.save(repo.merge(repo.create({ ...before }), fields));
      await recordAudit(manager, ctx, { action: 'updatePilotModel', entityType: TYPE, entityId: id, before: { ...before }, after: { ...saved } });
      return saved;
    },
  });
  return { pilotModel: record, userErrors };
}

export async function deletePilotModel(ctx: RequestContext, input: DeleteRecordInput): Promise<PilotModelResult> {
  const id = decodeGlobalId(input.id, TYPE, 'input.id');
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'deletePilotModel',
    entityType: TYPE,
    write: async (manager) => {
      const before = await lockForWrite(ctx, manager, PILOT_MODELS, input.id);
      const after = await softDelete(manager, PilotModel, TYPE, before, input.expectedVersion);
      if (after !== before) {
        await recordAudit(manager, ctx, { action: 'deletePilotModel', entityType: TYPE, entityId: id, before: { ...before }, after: { ...after } });
      }
      return after;
    },
  });
  return { pilotModel: record, userErrors };
}

const SORTS: Record<PilotModelOrderField, Omit<RecordSort<PilotModel>, 'direction'>> = {
  CODE: { name: 'CODE', column: 'p.code', kind: 'text', value: (p) => p.code },
  START_DATE: { name: 'START_DATE', column: 'p.start_date', kind: 'date', value: (p) => p.startDate },
  CREATED_AT: { name: 'CREATED_AT', column: 'p.created_at', kind: 'timestamp', value: (p) => p.createdAt.toISOString() },
  UPDATED_AT: { name: 'UPDATED_AT', column: 'p.updated_at', kind: 'timestamp', value: (p) => p.updatedAt.toISOString() },
};

export function listPilotModels(
  ctx: RequestContext,
  page: PageArgs,
  filter: PilotModelFilter | null | undefined,
  orderBy: PilotModelOrder | null | undefined,
  updatedSince: Date | null | undefined,
): Promise<SyncedConnectionResult<PilotModel>> {
  const query = ctx.dataSource.getRepository(PilotModel).createQueryBuilder('p');
  if (filter?.administrativeUnitCode) {
    query.andWhere('p.administrative_unit_id = (SELECT id FROM administrative_unit WHERE code = :unitCode)', {
      unitCode: filter.administrativeUnitCode.trim(),
    });
  }
  if (filter?.level) query.andWhere('p.level = :level', { level: filter.level });
  if (filter?.crop) query.andWhere('p.crop = :crop', { crop: cropCode(filter.crop, 'filter.crop') });
  if (filter?.status) query.andWhere('p.status = :status', { status: filter.status });
  if (filter?.taskCode) query.andWhere('p.task_id IN (SELECT id FROM task WHERE code = :taskCode)', { taskCode: filter.taskCode.trim().toUpperCase() });
  if (filter?.practice) query.andWhere(':practice = ANY(p.practices)', { practice: filter.practice });
  if (filter?.year != null) {
    const year = yearInPlan(filter.year, 'filter.year');
    query.andWhere('p.start_date <= :yearEnd AND (p.end_date IS NULL OR p.end_date >= :yearStart)', { yearStart: `${year}-01-01`, yearEnd: `${year}-12-31` });
  }
  const sort = { ...SORTS[orderBy?.field ?? PilotModelOrderField.CODE], direction: orderBy?.direction ?? OrderDirection.ASC };
  return listRecords(query, page, sort, updatedSince);
}
