import { planAttendance } from './attendance-import.service';
import { RawAttendanceRow, attendanceRows } from './attendance-rows';
import { AttendeeGender, AttendeeGroup } from '../shared/vocabularies';
import { TrainingAttendee } from './training-attendee.entity';
import { ImportAttendanceInput } from './attendance.inputs';

const row = (fields: Partial<RawAttendanceRow>): RawAttendanceRow => ({
  externalId: null,
  fullName: 'Nguyễn Văn A',
  phone: null,
  gender: null,
  group: null,
  organisation: null,
  ...fields,
});

const stored = (fields: Partial<TrainingAttendee>): TrainingAttendee =>
  Object.assign(new TrainingAttendee(), {
    id: fields.externalId ?? fields.phone ?? 'x',
    trainingEventId: 'e',
    externalId: null,
    phone: null,
    fullName: 'Cũ',
    gender: null,
    group: AttendeeGroup.FARMER,
    organisation: null,
    ...fields,
  });

const input = (fields: Partial<ImportAttendanceInput>): ImportAttendanceInput =>
  Object.assign(new ImportAttendanceInput(), { trainingEventId: 'e', dryRun: false, ...fields });

describe('planAttendance', () => {
  it('matches by externalId first, then by phone, and gives an externalId to a phone-only attendee', () => {
    const a = stored({ externalId: 'A', phone: '+84911111111' });
    const b = stored({ phone: '+84922222222' });
    const { planned, conflicts } = planAttendance(
      [row({ externalId: 'A', fullName: 'Mới' }), row({ externalId: 'B', phone: '0922 222 222' }), row({ phone: '0933333333' })],
      [a, b],
    );
    expect(conflicts).toEqual([]);
    expect(planned.map((p) => [p.existing?.id ?? null, p.fields.externalId, p.fields.phone])).toEqual([
      ['A', 'A', null],
      ['+84922222222', 'B', '+84922222222'],
      [null, null, '+84933333333'],
    ]);
  });

  it('refuses a phone that belongs to another attendee, and two rows for one attendee', () => {
    const a = stored({ externalId: 'A', phone: '+84911111111' });
    const { conflicts } = planAttendance([row({ externalId: 'C', phone: '0911111111' }), row({ externalId: 'A' }), row({ phone: '0911111111' })], [a]);
    expect(conflicts.map((c) => [c.rowIndex, c.field, c.code])).toEqual([
      [0, 'phone', 'PHONE_TAKEN'],
      [2, 'phone', 'DUPLICATE_ROW'],
    ]);
  });

  it('understands gender and group written in Vietnamese', () => {
    const { planned } = planAttendance([row({ externalId: 'X', gender: 'Nữ', group: 'Kỹ thuật viên' })], []);
    expect(planned[0].fields).toMatchObject({ gender: AttendeeGender.FEMALE, group: AttendeeGroup.TECHNICIAN });
  });
});

describe('attendanceRows', () => {
  it('reads CSV headers in any common spelling and skips blank lines', () => {
    const rows = attendanceRows(input({ csv: 'External ID,Full_Name\nA-1,Lan\n\nA-2,Hoa\n' }));
    expect(rows.map((r) => [r.externalId, r.fullName])).toEqual([
      ['A-1', 'Lan'],
      ['A-2', 'Hoa'],
    ]);
  });

  it('wants exactly one of rows and csv', () => {
    expect(() => attendanceRows(input({}))).toThrow(/either rows or csv/);
  });
});
