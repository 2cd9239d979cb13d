import { DataSource, EntityManager } from 'typeorm';
import { resolveReference } from '../../../core/auth/references';
import { RequestContext } from '../../../core/context';
import { BadUserInputError } from '../../../core/errors/app-errors';
import { pastPlanDate, requiredText, vietnamDate } from '../../../core/input/input-checks';
import { Agency, AgencyKind } from '../../agencies';
import { PILOT_MODELS, agencyByCode, communeByCode, taskByCode } from '../../field-records';
import { FollowUpAction } from './follow-up-action.entity';
import { FollowUpStatus, InspectionSubjectKind } from './inspection.enums';
import { Inspection } from './inspection.entity';
import { FollowUpActionInput, RecordInspectionInput } from './inspection.inputs';

/** Checks of inspection inputs; each failure is a BAD_USER_INPUT naming the input path (`extensions.field`). */

type Db = DataSource | EntityManager;

export const PILOT_MODEL_TYPE = 'PilotModel';
export const MAX_FOLLOW_UPS = 50;
/** The calendar day in Việt Nam at an instant: due dates are Vietnamese days. */
export { vietnamDate };

/** Overdue: still OPEN after its due day has ended in Việt Nam. */
export const isOverdue = (action: Pick<FollowUpAction, 'status' | 'dueOn'>, asOf: Date): boolean =>
  action.status === FollowUpStatus.OPEN && action.dueOn < vietnamDate(asOf);

/** Any real calendar date (YYYY-MM-DD); follow-ups may fall due after the plan period. */
export function calendarDate(value: string, field: string): string {
  const text = value.trim();
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : null;
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== text) {
    throw new BadUserInputError(`${field} must be a date written YYYY-MM-DD`, field, 'INVALID_DATE');
  }
  return text;
}

/** An inspection took place inside the plan period, not in the future. */
export const inspectionDate = pastPlanDate;

/** An agency that can act: a group of agencies the plan names together cannot inspect or be responsible. */
export async function actingAgency(db: Db, code: string, field: string): Promise<Agency> {
  const agency = await agencyByCode(db, code, field);
  if (agency.kind === AgencyKind.GROUP) throw new BadUserInputError(`${code} is a group of agencies; name one agency`, field, 'GROUP_NOT_ALLOWED');
  return agency;
}

type SubjectFields = Pick<Inspection, 'subjectKind' | 'taskId' | 'pilotModelId' | 'administrativeUnitId'>;

/**
 * The one reference that matches the subject kind; the others must be left out. Inspections are
 * province-level records: any task, commune or (existing, not deleted) pilot may be their subject.
 */
export async function subjectOf(ctx: RequestContext, db: Db, input: RecordInspectionInput): Promise<SubjectFields> {
  const given = {
    [InspectionSubjectKind.TASK]: ['taskCode', input.taskCode],
    [InspectionSubjectKind.PILOT]: ['pilotModelId', input.pilotModelId],
    [InspectionSubjectKind.COMMUNE]: ['administrativeUnitCode', input.administrativeUnitCode],
  } as const;
  for (const [kind, [name, value]] of Object.entries(given)) {
    const present = value !== null && value !== undefined && value.trim() !== '';
    if (kind === input.subjectKind && !present) {
      throw new BadUserInputError(`A ${kind} inspection needs ${name}`, `input.${name}`, 'REQUIRED');
    }
    if (kind !== input.subjectKind && present) {
      throw new BadUserInputError(`${name} is only for ${kind} inspections`, `input.${name}`, 'NOT_FOR_SUBJECT');
    }
  }
  const subject: SubjectFields = { subjectKind: input.subjectKind, taskId: null, pilotModelId: null, administrativeUnitId: null };
  if (input.subjectKind === InspectionSubjectKind.TASK) subject.taskId = (await taskByCode(db, input.taskCode!, 'input.taskCode')).id;
  if (input.subjectKind === InspectionSubjectKind.PILOT) {
    subject.pilotModelId = (await resolveReference(ctx, db, PILOT_MODELS, input.pilotModelId!.trim(), 'input.pilotModelId', { scope: 'ANY_VISIBLE' })).id;
  }
  if (input.subjectKind === InspectionSubjectKind.COMMUNE) {
    subject.administrativeUnitId = (await communeByCode(db, input.administrativeUnitCode!, 'input.administrativeUnitCode')).id;
  }
  return subject;
}

export interface ResponsibleFields {
  responsibleAgencyId?: string | null;
  responsibleUnitId?: string | null;
}

/** The given responsible agency or unit: undefined keeps, null or blank clears. */
export async function responsibleOf(
  db: Db,
  input: Pick<FollowUpActionInput, 'responsibleAgencyCode' | 'responsibleUnitCode'>,
  path: string,
): Promise<ResponsibleFields> {
  const fields: ResponsibleFields = {};
  const agencyCode = input.responsibleAgencyCode;
  const unitCode = input.responsibleUnitCode;
  if (agencyCode !== undefined)
    fields.responsibleAgencyId = agencyCode?.trim() ? (await actingAgency(db, agencyCode, `${path}.responsibleAgencyCode`)).id : null;
  if (unitCode !== undefined) fields.responsibleUnitId = unitCode?.trim() ? (await communeByCode(db, unitCode, `${path}.responsibleUnitCode`)).id : null;
  return fields;
}

export function oneResponsible(action: ResponsibleFields, path: string): void {
  if (action.responsibleAgencyId && action.responsibleUnitId) {
    throw new BadUserInputError('Name a responsible agency or a responsible commune, not both', `${path}.responsibleUnitCode`, 'ONE_RESPONSIBLE');
  }
}

export function dueNotBeforeInspection(dueOn: string, inspectedOn: string, field: string): void {
  if (dueOn < inspectedOn) throw new BadUserInputError(`${field} must not be before the inspection (${inspectedOn})`, field, 'DUE_BEFORE_INSPECTION');
}

/** New follow-up actions of an inspection held on `inspectedOn`; `path` is e.g. input.followUpActions. */
export async function newFollowUps(db: Db, inputs: FollowUpActionInput[], inspectedOn: string, path: string): Promise<Partial<FollowUpAction>[]> {
  if (inputs.length > MAX_FOLLOW_UPS) throw new BadUserInputError(`At most ${MAX_FOLLOW_UPS} follow-up actions at once`, path, 'TOO_MANY');
  const actions: Partial<FollowUpAction>[] = [];
  for (const [i, input] of inputs.entries()) {
    const at = `${path}[${i}]`;
    const dueOn = calendarDate(input.dueOn, `${at}.dueOn`);
    dueNotBeforeInspection(dueOn, inspectedOn, `${at}.dueOn`);
    const responsible = await responsibleOf(db, input, at);
    oneResponsible(responsible, at);
    actions.push({
      description: requiredText(input.description, `${at}.description`, 2000),
      dueOn,
      responsibleAgencyId: responsible.responsibleAgencyId ?? null,
      responsibleUnitId: responsible.responsibleUnitId ?? null,
      completedAt: null,
    });
  }
  return actions;
}
