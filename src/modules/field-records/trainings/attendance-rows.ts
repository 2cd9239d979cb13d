import { CsvError, parse } from 'csv-parse/sync';
import { BadUserInputError } from '../../../core/errors/app-errors';
import { AttendanceRowInput, ImportAttendanceInput, MAX_ATTENDANCE_ROWS } from './attendance.inputs';
import { AttendeeGender, AttendeeGroup } from '../shared/vocabularies';

/** A row as sent, before any check: the same shape whether it came as a list or as CSV. */
export interface RawAttendanceRow {
  externalId: string | null;
  fullName: string | null;
  phone: string | null;
  gender: string | null;
  group: string | null;
  organisation: string | null;
}

const COLUMNS: Record<string, keyof RawAttendanceRow> = {
  externalid: 'externalId',
  fullname: 'fullName',
  phone: 'phone',
  gender: 'gender',
  group: 'group',
  organisation: 'organisation',
  organization: 'organisation',
};

/** Lower case, no diacritics, no spaces or punctuation: "Họ tên" and "full_name" compare plainly. */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[\s_.-]/g, '');

const GENDERS: Record<string, AttendeeGender> = {
  female: AttendeeGender.FEMALE,
  f: AttendeeGender.FEMALE,
  nu: AttendeeGender.FEMALE,
  male: AttendeeGender.MALE,
  m: AttendeeGender.MALE,
  nam: AttendeeGender.MALE,
  other: AttendeeGender.OTHER,
  khac: AttendeeGender.OTHER,
};

const GROUPS: Record<string, AttendeeGroup> = {
  farmer: AttendeeGroup.FARMER,
  nongdan: AttendeeGroup.FARMER,
  official: AttendeeGroup.OFFICIAL,
  canbo: AttendeeGroup.OFFICIAL,
  technician: AttendeeGroup.TECHNICIAN,
  kythuatvien: AttendeeGroup.TECHNICIAN,
  other: AttendeeGroup.OTHER,
  khac: AttendeeGroup.OTHER,
};

/** The gender a cell means, null for an empty cell, undefined when it means nothing known. */
export const parseGender = (value: string | null): AttendeeGender | null | undefined => (value ? GENDERS[fold(value)] : null);
export const parseGroup = (value: string | null): AttendeeGroup | null | undefined => (value ? GROUPS[fold(value)] : null);

const blankToNull = (value: string | null | undefined) => (value === null || value === undefined || value.trim() === '' ? null : value.trim());

function fromList(rows: AttendanceRowInput[]): RawAttendanceRow[] {
  return rows.map((row) => ({
    externalId: blankToNull(row.externalId),
    fullName: blankToNull(row.fullName),
    phone: blankToNull(row.phone),
    gender: row.gender ?? null,
    group: row.group ?? null,
    organisation: blankToNull(row.organisation),
  }));
}

function fromCsv(text: string): RawAttendanceRow[] {
  let records: Record<string, string>[];
  try {
    records = parse(text, {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      columns: (header: string[]) =>
        header.map((name) => {
          const column = COLUMNS[fold(name)];
          if (!column) throw new BadUserInputError(`Unknown CSV column "${name}"; use ${Object.values(COLUMNS).join(', ')}`, 'input.csv', 'UNKNOWN_COLUMN');
          return column;
        }),
    });
  } catch (error) {
    if (error instanceof BadUserInputError) throw error;
    if (error instanceof CsvError) throw new BadUserInputError(`The CSV cannot be read: ${error.message}`, 'input.csv', 'INVALID_CSV');
    throw error;
  }
  if (records.length > 0 && !('fullName' in records[0])) throw new BadUserInputError('The CSV needs a fullName column', 'input.csv', 'REQUIRED_COLUMN');
  return records.map((record) => ({
    externalId: blankToNull(record.externalId),
    fullName: blankToNull(record.fullName),
    phone: blankToNull(record.phone),
    gender: blankToNull(record.gender),
    group: blankToNull(record.group),
    organisation: blankToNull(record.organisation),
  }));
}

/** The rows of an import, from exactly one of `rows` and `csv`. */
export function attendanceRows(input: ImportAttendanceInput): RawAttendanceRow[] {
  const hasRows = input.rows !== null && input.rows !== undefined;
  const hasCsv = input.csv !== null && input.csv !== undefined;
  if (hasRows === hasCsv) throw new BadUserInputError('Send either rows or csv', 'input.rows', 'ROWS_OR_CSV');
  const rows = hasRows ? fromList(input.rows!) : fromCsv(input.csv!);
  if (rows.length > MAX_ATTENDANCE_ROWS) {
    throw new BadUserInputError(`At most ${MAX_ATTENDANCE_ROWS} rows per import`, hasRows ? 'input.rows' : 'input.csv', 'TOO_MANY_ROWS');
  }
  return rows;
}
