import { EntityManager } from 'typeorm';
import { lockForWrite } from '../../../core/auth/references';
import { ImportConflict, ImportSummary, emptySummary } from '../../../core/bulk/import-summary';
import { RequestContext } from '../../../core/context';
import { ConflictError } from '../../../core/errors/app-errors';
import { decodeGlobalId } from '../../../core/relay/global-id';
import { normalisePhone } from '../../../core/input/input-checks';
import { runWrite, writtenRecord } from '../../../core/writes/write-pipeline';
import { recordAudit } from '../../audit';
import { ImportAttendanceInput, ImportAttendancePayload } from './attendance.inputs';
import { RawAttendanceRow, attendanceRows, parseGender, parseGroup } from './attendance-rows';
import { TRAINING_EVENTS } from './training-access';
import { TrainingAttendee } from './training-attendee.entity';
import { AttendeeGroup } from '../shared/vocabularies';

type AttendeeFields = Pick<TrainingAttendee, 'externalId' | 'phone' | 'fullName' | 'gender' | 'group' | 'organisation'>;

interface PlannedRow {
  fields: AttendeeFields;
  existing: TrainingAttendee | undefined;
}

const LIMITS = { externalId: 100, fullName: 200, organisation: 300 } as const;

const sameFields = (a: AttendeeFields, b: AttendeeFields) =>
  a.externalId === b.externalId &&
  a.phone === b.phone &&
  a.fullName === b.fullName &&
  a.gender === b.gender &&
  a.group === b.group &&
  a.organisation === b.organisation;

/**
 * Checks every row against the stored list: a row updates the attendee with its externalId, else the
 * one with its phone, else adds one. Every refused row is reported; the caller writes only when none is.
 */
export function planAttendance(rows: RawAttendanceRow[], stored: TrainingAttendee[]): { planned: PlannedRow[]; conflicts: ImportConflict[] } {
  const conflicts: ImportConflict[] = [];
  const refuse = (rowIndex: number, field: string, code: string, message: string) => conflicts.push({ rowIndex, field, code, message });
  const byExternalId = new Map(stored.filter((a) => a.externalId).map((a) => [a.externalId!, a]));
  const byPhone = new Map(stored.filter((a) => a.phone).map((a) => [a.phone!, a]));
  const seenExternalIds = new Set<string>();
  const seenPhones = new Set<string>();
  const matched = new Set<string>();
  const planned: PlannedRow[] = [];

  rows.forEach((row, rowIndex) => {
    const before = conflicts.length;
    if (!row.fullName) refuse(rowIndex, 'fullName', 'REQUIRED', 'fullName is empty');
    for (const field of ['externalId', 'fullName', 'organisation'] as const) {
      if ((row[field]?.length ?? 0) > LIMITS[field]) refuse(rowIndex, field, 'TOO_LONG', `${field} must be at most ${LIMITS[field]} characters`);
    }
    const phone = row.phone ? normalisePhone(row.phone) : null;
    if (row.phone && !phone) refuse(rowIndex, 'phone', 'INVALID_PHONE', `"${row.phone}" is not a phone number`);
    if (!row.externalId && !row.phone) refuse(rowIndex, 'externalId', 'REQUIRED', 'A row needs an externalId or a phone to be matched on a later import');
    const gender = parseGender(row.gender);
    if (gender === undefined) refuse(rowIndex, 'gender', 'INVALID_VALUE', `"${row.gender}" is not a gender (FEMALE, MALE, OTHER)`);
    const group = parseGroup(row.group);
    if (group === undefined) refuse(rowIndex, 'group', 'INVALID_VALUE', `"${row.group}" is not a group (FARMER, OFFICIAL, TECHNICIAN, OTHER)`);
    if (row.externalId && seenExternalIds.has(row.externalId))
      refuse(rowIndex, 'externalId', 'DUPLICATE_ROW', `externalId ${row.externalId} appears more than once`);
    if (phone && seenPhones.has(phone)) refuse(rowIndex, 'phone', 'DUPLICATE_ROW', `phone ${phone} appears more than once`);
    if (row.externalId) seenExternalIds.add(row.externalId);
    if (phone) seenPhones.add(phone);
    if (conflicts.length > before) return;

    const phoneOwner = phone ? byPhone.get(phone) : undefined;
    // A row without its own externalId may match by phone; one with an externalId matches only that id,
    // unless the phone's owner has no externalId yet (the row then gives it one).
    let existing = row.externalId ? byExternalId.get(row.externalId) : undefined;
    if (!existing && phoneOwner && (!row.externalId || !phoneOwner.externalId)) existing = phoneOwner;
    if (phoneOwner && phoneOwner !== existing) {
      refuse(rowIndex, 'phone', 'PHONE_TAKEN', `phone ${phone} belongs to another attendee of this event`);
      return;
    }
    if (existing && matched.has(existing.id)) {
      refuse(rowIndex, row.externalId ? 'externalId' : 'phone', 'DUPLICATE_ROW', 'Another row of this import already updates the same attendee');
      return;
    }
    if (existing) matched.add(existing.id);
    planned.push({
      existing,
      fields: {
        externalId: row.externalId ?? existing?.externalId ?? null,
        phone,
        fullName: row.fullName!,
        gender: gender ?? null,
        group: group ?? AttendeeGroup.FARMER,
        organisation: row.organisation,
      },
    });
  });
  return { planned, conflicts };
}

async function writeAttendance(manager: EntityManager, eventId: string, planned: PlannedRow[]): Promise<void> {
  const updates = planned.filter((row) => row.existing && !sameFields(row.existing, row.fields));
  if (updates.length > 0) {
    // One statement for every changed row (updates first: a phone an update frees may be taken by a new row).
    await manager.query(
      `UPDATE training_attendee a
          SET external_id = v.external_id, phone = v.phone, full_name = v.full_name, gender = v.gender::attendee_gender,
              "group" = v.grp::attendee_group, organisation = v.organisation, updated_at = now()
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
              AS v(id, external_id, phone, full_name, gender, grp, organisation)
        WHERE a.id = v.id`,
      [
        updates.map((r) => r.existing!.id),
        updates.map((r) => r.fields.externalId),
        updates.map((r) => r.fields.phone),
        updates.map((r) => r.fields.fullName),
        updates.map((r) => r.fields.gender),
        updates.map((r) => r.fields.group),
        updates.map((r) => r.fields.organisation),
      ],
    );
  }
  const inserts = planned.filter((row) => !row.existing).map((row) => ({ ...row.fields, trainingEventId: eventId }));
  if (inserts.length > 0) await manager.getRepository(TrainingAttendee).insert(inserts);
}

/** Upserts an event's attendance list, all rows or none; a dry run only reports what it would do. */
export async function importAttendance(ctx: RequestContext, input: ImportAttendanceInput): Promise<ImportAttendancePayload> {
  const eventId = decodeGlobalId(input.trainingEventId, 'TrainingEvent', 'input.trainingEventId');
  const rows = attendanceRows(input);
  const result = await runWrite(ctx, {
    operation: 'importAttendance',
    entityType: 'TrainingEvent',
    write: async (manager) => {
      // The lock on the event serialises imports into one list, so matching sees every earlier import.
      const event = await lockForWrite(ctx, manager, TRAINING_EVENTS, input.trainingEventId, 'input.trainingEventId');
      if (event.deletedAt) throw new ConflictError('This TrainingEvent was deleted; its attendance can no longer change', 'DELETED');
      const stored = await manager.getRepository(TrainingAttendee).findBy({ trainingEventId: eventId });
      const { planned, conflicts } = planAttendance(rows, stored);
      const summary: ImportSummary = { ...emptySummary(input.dryRun), conflicts };
      for (const row of planned) {
        if (!row.existing) summary.created += 1;
        else if (sameFields(row.existing, row.fields)) summary.unchanged += 1;
        else summary.updated += 1;
      }
      if (conflicts.length > 0 || input.dryRun) return { summary: { ...summary, dryRun: true }, trainingEvent: event };
      await writeAttendance(manager, eventId, planned);
      if (summary.created + summary.updated > 0) {
        await recordAudit(manager, ctx, {
          action: 'importAttendance',
          entityType: 'TrainingEvent',
          entityId: eventId,
          after: { attendeesCreated: summary.created, attendeesUpdated: summary.updated },
        });
      }
      return { summary, trainingEvent: event };
    },
  });
  // Refused rows are reported in the summary, never as a WriteRejected.
  return writtenRecord(result);
}
