import { EntityManager } from 'typeorm';
import { RequestContext } from '../../../core/context';
import { BadUserInputError, ConflictError, NotFoundError } from '../../../core/errors/app-errors';
import { UserError } from '../../../core/errors/user-error';
import { decodeGlobalId, toGlobalId } from '../../../core/relay/global-id';
import { planInstant, requiredText } from '../../../core/input/input-checks';
import { runWrite } from '../../../core/writes/write-pipeline';
import { AuditEntry, recordAuditMany } from '../../audit';
import { FollowUpAction } from './follow-up-action.entity';
import { assertMayWriteInspection } from './inspection-access';
import {
  PILOT_MODEL_TYPE,
  actingAgency,
  calendarDate,
  dueNotBeforeInspection,
  inspectionDate,
  newFollowUps,
  oneResponsible,
  responsibleOf,
  subjectOf,
  vietnamDate,
} from './inspection-checks';
import { FollowUpStatus, InspectionSubjectKind } from './inspection.enums';
import { Inspection } from './inspection.entity';
import { RecordInspectionInput, UpdateFollowUpActionInput, UpdateInspectionInput } from './inspection.inputs';

export interface InspectionResult {
  inspection: Inspection | null;
  userErrors: UserError[];
}

export interface FollowUpActionResult {
  followUpAction: FollowUpAction | null;
  userErrors: UserError[];
}

const TYPE = 'Inspection';
const ACTION_TYPE = 'FollowUpAction';

const created = (action: string, entityType: string, record: { id: string }): AuditEntry => ({
  action,
  entityType,
  entityId: record.id,
  before: null,
  after: { ...record },
});

async function saveFollowUps(manager: EntityManager, inspectionId: string, actions: Partial<FollowUpAction>[]): Promise<FollowUpAction[]> {
  const repo = manager.getRepository(FollowUpAction);
  return repo.save(actions.map((action) => repo.create({ ...action, inspectionId, status: FollowUpStatus.OPEN })));
}

function assertVersion(record: { version: number }, typeName: string, expectedVersion: number): void {
  if (record.version !== expectedVersion) {
    throw new ConflictError(
      `This ${typeName} is at version ${record.version}, not ${expectedVersion}: someone changed it; reload it and apply your change again`,
      'STALE_VERSION',
      { currentVersion: record.version },
    );
  }
}

async function lockOne<T extends Inspection | FollowUpAction>(manager: EntityManager, entity: new () => T, typeName: string, id: string): Promise<T> {
  const record = await manager.getRepository(entity).findOne({ where: { id } as never, lock: { mode: 'pessimistic_write' } });
  if (!record) throw new NotFoundError(typeName, id);
  return record;
}

export async function recordInspection(ctx: RequestContext, input: RecordInspectionInput): Promise<InspectionResult> {
  const db = ctx.dataSource;
  const inspectedOn = inspectionDate(input.inspectedOn, 'input.inspectedOn');
  const subject = await subjectOf(ctx, db, input);
  const agency = await actingAgency(db, input.inspectingAgencyCode, 'input.inspectingAgencyCode');
  assertMayWriteInspection(ctx, [agency.id]);
  const findings = requiredText(input.findings, 'input.findings', 20_000);
  const actions = await newFollowUps(db, input.followUpActions ?? [], inspectedOn, 'input.followUpActions');
  // A retry with the same idempotency key (e.g. after a timeout) returns the first inspection.
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'recordInspection',
    entityType: TYPE,
    input,
    replay: (manager, id) => manager.getRepository(Inspection).findOneBy({ id }),
    write: async (manager) => {
      const repo = manager.getRepository(Inspection);
      const saved = await repo.save(repo.create({ ...subject, inspectedOn, inspectingAgencyId: agency.id, findings }));
      const followUps = await saveFollowUps(manager, saved.id, actions);
      await recordAuditMany(manager, ctx, [
        created('recordInspection', TYPE, saved),
        ...followUps.map((action) => created('recordInspection', ACTION_TYPE, action)),
      ]);
      return saved;
    },
  });
  return { inspection: record, userErrors };
}

/** Changes the date, agency or findings and adds follow-ups; the version moves on with any of them. */
export async function updateInspection(ctx: RequestContext, input: UpdateInspectionInput): Promise<InspectionResult> {
  const id = decodeGlobalId(input.id, TYPE, 'input.id');
  const changes: Partial<Inspection> = {};
  if (input.inspectedOn != null) changes.inspectedOn = inspectionDate(input.inspectedOn, 'input.inspectedOn');
  if (input.inspectingAgencyCode != null)
    changes.inspectingAgencyId = (await actingAgency(ctx.dataSource, input.inspectingAgencyCode, 'input.inspectingAgencyCode')).id;
  if (input.findings != null) changes.findings = requiredText(input.findings, 'input.findings', 20_000);
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'updateInspection',
    entityType: TYPE,
    write: async (manager) => {
      const before = await lockOne(manager, Inspection, TYPE, id);
      assertMayWriteInspection(ctx, [before.inspectingAgencyId]);
      if (changes.inspectingAgencyId) assertMayWriteInspection(ctx, [changes.inspectingAgencyId]);
      assertVersion(before, TYPE, input.expectedVersion);
      const inspectedOn = changes.inspectedOn ?? before.inspectedOn;
      if (changes.inspectedOn) {
        const [{ earliest }] = await manager.query<{ earliest: string | null }[]>(
          'SELECT min(due_on)::text AS earliest FROM follow_up_action WHERE inspection_id = $1',
          [id],
        );
        if (earliest !== null && earliest < inspectedOn) {
          throw new BadUserInputError(`inspectedOn must not be after a follow-up's due date (${earliest})`, 'input.inspectedOn', 'AFTER_DUE_DATE');
        }
      }
      const actions = await newFollowUps(manager, input.addFollowUpActions ?? [], inspectedOn, 'input.addFollowUpActions');
      // An explicit version bump: adding follow-ups alone changes no column of the inspection.
      await manager
        .createQueryBuilder()
        .update(Inspection)
        .set({ ...changes, version: () => 'version + 1' })
        .where('id = :id', { id })
        .execute();
      const after = await manager.getRepository(Inspection).findOneByOrFail({ id });
      const followUps = await saveFollowUps(manager, id, actions);
      await recordAuditMany(manager, ctx, [
        { action: 'updateInspection', entityType: TYPE, entityId: id, before: { ...before }, after: { ...after } },
        ...followUps.map((action) => created('updateInspection', ACTION_TYPE, action)),
      ]);
      return after;
    },
  });
  return { inspection: record, userErrors };
}

/** Status DONE carries completedAt (now unless given); leaving DONE clears it. */
function completion(before: FollowUpAction, input: UpdateFollowUpActionInput, inspectedOn: string): Pick<FollowUpAction, 'status' | 'completedAt'> {
  const status = input.status ?? before.status;
  if (status !== FollowUpStatus.DONE) {
    if (input.completedAt) throw new BadUserInputError('completedAt goes with status DONE', 'input.completedAt', 'ONLY_WHEN_DONE');
    return { status, completedAt: null };
  }
  if (!input.completedAt) return { status, completedAt: before.completedAt ?? new Date() };
  const completedAt = planInstant(input.completedAt, 'input.completedAt');
  if (vietnamDate(completedAt) < inspectedOn) {
    throw new BadUserInputError('completedAt must not be before the inspection', 'input.completedAt', 'BEFORE_INSPECTION');
  }
  return { status, completedAt };
}

export async function updateFollowUpAction(ctx: RequestContext, input: UpdateFollowUpActionInput): Promise<FollowUpActionResult> {
  const id = decodeGlobalId(input.id, ACTION_TYPE, 'input.id');
  const responsible = await responsibleOf(ctx.dataSource, input, 'input');
  const description = input.description != null ? requiredText(input.description, 'input.description', 2000) : undefined;
  const dueOn = input.dueOn != null ? calendarDate(input.dueOn, 'input.dueOn') : undefined;
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'updateFollowUpAction',
    entityType: ACTION_TYPE,
    write: async (manager) => {
      const before = await lockOne(manager, FollowUpAction, ACTION_TYPE, id);
      const inspection = await manager.getRepository(Inspection).findOneByOrFail({ id: before.inspectionId });
      assertMayWriteInspection(ctx, [inspection.inspectingAgencyId, before.responsibleAgencyId]);
      assertVersion(before, ACTION_TYPE, input.expectedVersion);
      if (dueOn) dueNotBeforeInspection(dueOn, inspection.inspectedOn, 'input.dueOn');
      const repo = manager.getRepository(FollowUpAction);
      const merged = repo.merge(repo.create({ ...before }), {
        ...responsible,
        ...(description !== undefined && { description }),
        ...(dueOn !== undefined && { dueOn }),
        ...completion(before, input, inspection.inspectedOn),
      });
      oneResponsible(merged, 'input');
      const saved = await repo.save(merged);
      await recordAuditMany(manager, ctx, [
        { action: 'updateFollowUpAction', entityType: ACTION_TYPE, entityId: id, before: { ...before }, after: { ...saved } },
      ]);
      return saved;
    },
  });
  return { followUpAction: record, userErrors };
}

/** A one-line description of what was inspected, e.g. "Task IV.2" or "Xã Hòa Phú (24175)". */
export function subjectLabel(
  kind: InspectionSubjectKind,
  ref: { taskCode?: string | null; unitName?: string | null; unitCode?: string | null; pilotModelId?: string | null },
): string {
  if (kind === InspectionSubjectKind.TASK) return `Task ${ref.taskCode ?? '?'}`;
  if (kind === InspectionSubjectKind.COMMUNE) return `${ref.unitName ?? '?'} (${ref.unitCode ?? '?'})`;
  return `Pilot model ${ref.pilotModelId ? toGlobalId(PILOT_MODEL_TYPE, ref.pilotModelId) : '?'}`;
}

export interface OverdueFollowUp {
  /** Global ID of the FollowUpAction. */
  id: string;
  /** Global ID of its Inspection. */
  inspectionId: string;
  description: string;
  dueOn: string;
  subject: string;
}

/** For the overdue view: OPEN follow-ups whose due day (Việt Nam) ended before `asOf`, earliest due first. */
export async function overdueFollowUps(manager: EntityManager, asOf: Date): Promise<OverdueFollowUp[]> {
  const rows = await manager.query<
    {
      id: string;
      inspection_id: string;
      description: string;
      due_on: string;
      subject_kind: InspectionSubjectKind;
      pilot_model_id: string | null;
      task_code: string | null;
      unit_name: string | null;
      unit_code: string | null;
    }[]
  >(
    `SELECT f.id, f.inspection_id, f.description, f.due_on::text AS due_on, i.subject_kind, i.pilot_model_id,
            t.code AS task_code, u.name AS unit_name, u.code AS unit_code
       FROM follow_up_action f
       JOIN inspection i ON i.id = f.inspection_id
       LEFT JOIN task t ON t.id = i.task_id
       LEFT JOIN administrative_unit u ON u.id = i.administrative_unit_id
      WHERE f.status = 'OPEN' AND f.due_on < $1::date
      ORDER BY f.due_on, f.id`,
    [vietnamDate(asOf)],
  );
  return rows.map((row) => ({
    id: toGlobalId(ACTION_TYPE, row.id),
    inspectionId: toGlobalId(TYPE, row.inspection_id),
    description: row.description,
    dueOn: row.due_on,
    subject: subjectLabel(row.subject_kind, { taskCode: row.task_code, unitName: row.unit_name, unitCode: row.unit_code, pilotModelId: row.pilot_model_id }),
  }));
}
