import { EntityManager, IsNull } from 'typeorm';
import { assertMayWriteRegister } from '../../core/auth/register-writers';
import { lockForWrite } from '../../core/auth/references';
import { RequestContext } from '../../core/context';
import { BadUserInputError, LockedError } from '../../core/errors/app-errors';
import { UserError, userError } from '../../core/errors/user-error';
import { distinctList, optionalText, planDate, requiredText } from '../../core/input/input-checks';
import { DeleteRecordInput } from '../../core/input/record-inputs';
import { decodeGlobalId } from '../../core/relay/global-id';
import { rejectWrite, assertEditable, softDelete } from '../../core/writes/record-writes';
import { runWrite } from '../../core/writes/write-pipeline';
import { recordAudit } from '../audit';
import { cropCode } from '../field-records';
import { replaceFileLinks, resolveFiles } from '../files';
import { CRITERIA_SETS, criteriaWrite } from './criteria-set-access';
import { CriteriaSet, CriteriaThreshold } from './criteria-set.entity';
import { CriteriaSetStatus, METRIC_UNITS } from './criteria-set.enums';
import { AdoptCriteriaSetInput, CreateCriteriaSetInput, CriteriaThresholdInput, UpdateCriteriaSetInput } from './criteria-set.inputs';

export interface CriteriaSetResult {
  criteriaSet: CriteriaSet | null;
  userErrors: UserError[];
}

type SetFields = Partial<Pick<CriteriaSet, 'crop' | 'setVersion' | 'title' | 'requiredPractices' | 'thresholds' | 'notes'>>;

const TYPE = 'CriteriaSet';
const UNIQUE_INDEXES: Record<string, string | UserError> = {
  UQ_criteria_set_live_crop_version: 'setVersion',
  UQ_criteria_set_adopted_crop: userError('id', 'CONCURRENT_ADOPTION', 'Another version of this crop was adopted at the same time; reload and try again'),
};

/** Thresholds with their units, at most one per metric, each within the metric's plausible range. */
export function checkedThresholds(items: readonly CriteriaThresholdInput[], field: string): CriteriaThreshold[] {
  const seen = new Set<string>();
  return items.map((item, i) => {
    const { unit, max } = METRIC_UNITS[item.metric];
    if (seen.has(item.metric)) throw new BadUserInputError(`${item.metric} is given twice`, `${field}[${i}].metric`, 'DUPLICATE_METRIC');
    seen.add(item.metric);
    if (!Number.isFinite(item.value) || item.value < 0 || item.value > max) {
      throw new BadUserInputError(`${field}[${i}].value must be from 0 to ${max} ${unit}`, `${field}[${i}].value`, 'OUT_OF_RANGE');
    }
    return { metric: item.metric, value: item.value, unit };
  });
}

function checkedFields(input: Partial<CreateCriteriaSetInput> | UpdateCriteriaSetInput): SetFields {
  const fields: SetFields = {};
  if (input.title != null) fields.title = requiredText(input.title, 'input.title', 500);
  if (input.requiredPractices != null) fields.requiredPractices = distinctList(input.requiredPractices, 'input.requiredPractices');
  if (input.thresholds != null) fields.thresholds = checkedThresholds(input.thresholds, 'input.thresholds');
  if (input.notes !== undefined) fields.notes = optionalText(input.notes, 'input.notes', 10_000);
  return fields;
}

/** An adopted or superseded set never changes: a new version supersedes it. */
function assertDraft(set: CriteriaSet): void {
  if (set.deletedAt || set.status === CriteriaSetStatus.DRAFT) return;
  throw new LockedError(`This criteria set is ${set.status}: it never changes; create and adopt a new version instead`, { reason: 'CRITERIA_SET_FIXED' });
}

const replay = (manager: EntityManager, id: string) => manager.getRepository(CriteriaSet).findOneBy({ id });

async function nextVersion(manager: EntityManager, crop: string): Promise<number> {
  const [row] = await manager.query<{ next: number }[]>(
    'SELECT coalesce(max(set_version), 0)::int + 1 AS next FROM criteria_set WHERE crop = $1 AND deleted_at IS NULL',
    [crop],
  );
  return row.next;
}

export async function createCriteriaSet(ctx: RequestContext, input: CreateCriteriaSetInput): Promise<CriteriaSetResult> {
  await assertMayWriteRegister(ctx, criteriaWrite(ctx.dataSource, 'input.crop'));
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'createCriteriaSet',
    entityType: TYPE,
    input,
    uniqueIndexes: UNIQUE_INDEXES,
    replay,
    prepare: () => Promise.resolve({ requiredPractices: [], thresholds: [], notes: null, ...checkedFields(input), crop: cropCode(input.crop, 'input.crop') }),
    write: async (manager, fields) => {
      const setVersion = input.setVersion ?? (await nextVersion(manager, fields.crop));
      const repo = manager.getRepository(CriteriaSet);
      const files = await resolveFiles(ctx, manager, input.fileIds ?? [], 'input.fileIds');
      const saved = await repo.save(repo.create({ ...fields, setVersion, status: CriteriaSetStatus.DRAFT }));
      await replaceFileLinks(manager, TYPE, saved.id, files);
      const after = { ...saved, fileIds: files.map((file) => file.id) };
      await recordAudit(manager, ctx, { action: 'createCriteriaSet', entityType: TYPE, entityId: saved.id, before: null, after });
      return saved;
    },
  });
  return { criteriaSet: record, userErrors };
}

export async function updateCriteriaSet(ctx: RequestContext, input: UpdateCriteriaSetInput): Promise<CriteriaSetResult> {
  const id = decodeGlobalId(input.id, TYPE, 'input.id');
  await assertMayWriteRegister(ctx, criteriaWrite(ctx.dataSource, 'input.id'));
  const fields = checkedFields(input);
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'updateCriteriaSet',
    entityType: TYPE,
    input,
    uniqueIndexes: UNIQUE_INDEXES,
    replay,
    write: async (manager) => {
      const before = await lockForWrite(ctx, manager, CRITERIA_SETS, input.id);
      assertDraft(before);
      assertEditable(before, TYPE, input.expectedVersion);
      const files = input.fileIds != null ? await resolveFiles(ctx, manager, input.fileIds, 'input.fileIds') : null;
      if (files) await replaceFileLinks(manager, TYPE, id, files);
      const repo = manager.getRepository(CriteriaSet);
      let saved = await repo.save(repo.merge(repo.create({ ...before }), fields));
      if (files && saved.version === before.version) {
        // Only the files changed: version and updatedAt still move on, so sync sees it.
        await manager.createQueryBuilder().update(CriteriaSet).set({ title: before.title }).where('id = :id', { id }).execute();
        saved = await repo.findOneByOrFail({ id });
      }
      const after = { ...saved, ...(files ? { fileIds: files.map((file) => file.id) } : {}) };
      await recordAudit(manager, ctx, { action: 'updateCriteriaSet', entityType: TYPE, entityId: id, before: { ...before }, after });
      return saved;
    },
  });
  return { criteriaSet: record, userErrors };
}

export async function deleteCriteriaSet(ctx: RequestContext, input: DeleteRecordInput): Promise<CriteriaSetResult> {
  const id = decodeGlobalId(input.id, TYPE, 'input.id');
  await assertMayWriteRegister(ctx, criteriaWrite(ctx.dataSource, 'input.id'));
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'deleteCriteriaSet',
    entityType: TYPE,
    write: async (manager) => {
      const before = await lockForWrite(ctx, manager, CRITERIA_SETS, input.id);
      assertDraft(before);
      const after = await softDelete(manager, CriteriaSet, TYPE, before, input.expectedVersion);
      if (after !== before) {
        await recordAudit(manager, ctx, { action: 'deleteCriteriaSet', entityType: TYPE, entityId: id, before: { ...before }, after: { ...after } });
      }
      return after;
    },
  });
  return { criteriaSet: record, userErrors };
}

/**
 * DRAFT → ADOPTED; the version adopted before for the crop becomes SUPERSEDED in the same
 * transaction, so at every instant at most one set is in force per crop (a partial unique index holds
 * it even against concurrent adoptions). Only a newer version may supersede, on or after its date.
 */
export async function adoptCriteriaSet(ctx: RequestContext, input: AdoptCriteriaSetInput): Promise<CriteriaSetResult> {
  const id = decodeGlobalId(input.id, TYPE, 'input.id');
  await assertMayWriteRegister(ctx, criteriaWrite(ctx.dataSource, 'input.id'));
  const decision = {
    decisionNumber: requiredText(input.decisionNumber, 'input.decisionNumber', 200),
    decisionDate: planDate(input.decisionDate, 'input.decisionDate'),
    decisionBody: requiredText(input.decisionBody, 'input.decisionBody', 300),
  };
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'adoptCriteriaSet',
    entityType: TYPE,
    input,
    uniqueIndexes: UNIQUE_INDEXES,
    replay,
    write: async (manager) => {
      const before = await lockForWrite(ctx, manager, CRITERIA_SETS, input.id);
      assertDraft(before);
      assertEditable(before, TYPE, input.expectedVersion);
      if (before.requiredPractices.length === 0 && before.thresholds.length === 0) {
        throw new BadUserInputError('A criteria set needs a required practice or a threshold before it is adopted', 'input.id', 'NO_CRITERIA');
      }
      const repo = manager.getRepository(CriteriaSet);
      const current = await repo.findOne({
        where: { crop: before.crop, status: CriteriaSetStatus.ADOPTED, deletedAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      if (current && current.setVersion >= before.setVersion) {
        rejectWrite('id', 'NOT_NEWER', `Version ${current.setVersion} of ${before.crop} is in force; only a newer version can supersede it`);
      }
      if (current && current.decisionDate! > decision.decisionDate) {
        rejectWrite('decisionDate', 'BEFORE_CURRENT', `The set in force was adopted on ${current.decisionDate}; a newer one cannot be adopted before that`);
      }
      if (current) {
        const superseded = await repo.save(
          repo.merge(repo.create({ ...current }), { status: CriteriaSetStatus.SUPERSEDED, supersededById: before.id, supersededOn: decision.decisionDate }),
        );
        await recordAudit(manager, ctx, {
          action: 'supersedeCriteriaSet',
          entityType: TYPE,
          entityId: current.id,
          before: { ...current },
          after: { ...superseded },
        });
      }
      const files = input.fileIds != null ? await resolveFiles(ctx, manager, input.fileIds, 'input.fileIds') : null;
      if (files) await replaceFileLinks(manager, TYPE, id, files);
      const saved = await repo.save(repo.merge(repo.create({ ...before }), { ...decision, status: CriteriaSetStatus.ADOPTED }));
      const after = { ...saved, ...(files ? { fileIds: files.map((file) => file.id) } : {}) };
      await recordAudit(manager, ctx, { action: 'adoptCriteriaSet', entityType: TYPE, entityId: id, before: { ...before }, after });
      return saved;
    },
  });
  return { criteriaSet: record, userErrors };
}
