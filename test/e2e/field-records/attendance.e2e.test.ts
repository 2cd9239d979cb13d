import { ImportAttendanceDocument } from '@daklak-lowemission/client';
import { TestServer, startTestServer } from '../../helpers/test-server';
import { Callers, DELETE_EVENT, RECORD_EVENT, count, createCallers, eventInput, failure, mutate, ok, rawId } from './fixtures';

let server: TestServer;
let callers: Callers;
beforeAll(async () => {
  server = await startTestServer();
  callers = await createCallers(server);
});
afterAll(async () => {
  await server.stop();
});

const IMPORT = ImportAttendanceDocument;

interface Summary {
  dryRun: boolean;
  created: number;
  updated: number;
  unchanged: number;
  conflicts: { rowIndex: number; field: string; code: string; message: string }[];
}

const importRows = async (input: Record<string, unknown>, headers = callers.homeOfficer) =>
  (await ok<{ importAttendance: { summary: Summary } }>(server, IMPORT, { input }, headers)).importAttendance.summary;

async function newEvent(): Promise<string> {
  return (await mutate(server, RECORD_EVENT, eventInput(), callers.homeOfficer)).record!.id;
}

const attendees = (eventId: string) =>
  server.database.dataSource.query(
    'SELECT external_id, phone, full_name, gender, "group" FROM training_attendee WHERE training_event_id = $1 ORDER BY full_name',
    [rawId(eventId)],
  );

const ROWS = [
  { externalId: 'HP-001', fullName: 'Nguyễn Thị Lan', phone: '0912345678', gender: 'FEMALE' },
  { externalId: 'HP-002', fullName: 'Y Đôn Niê', gender: 'MALE', group: 'TECHNICIAN' },
  { fullName: 'Trần Văn Bình', phone: '+84 987 654 321', organisation: 'HTX Hòa Phú' },
];

describe('attendance import', () => {
  it('adds rows, then matches them by externalId or phone: unchanged, updated, created', async () => {
    const eventId = await newEvent();
    expect(await importRows({ trainingEventId: eventId, rows: ROWS })).toEqual({ dryRun: false, created: 3, updated: 0, unchanged: 0, conflicts: [] });
    expect(await importRows({ trainingEventId: eventId, rows: ROWS })).toEqual({ dryRun: false, created: 0, updated: 0, unchanged: 3, conflicts: [] });
    const changed = [
      ROWS[0],
      { ...ROWS[1], fullName: 'Y Đôn Niê Kdăm' },
      { fullName: 'Trần Văn Bình', phone: '0987654321', externalId: 'HP-003', organisation: 'HTX Hòa Phú' },
      { externalId: 'HP-004', fullName: 'H Mai Êban', gender: 'FEMALE' },
    ];
    expect(await importRows({ trainingEventId: eventId, rows: changed })).toMatchObject({ created: 1, updated: 2, unchanged: 1, conflicts: [] });
    expect(await attendees(eventId)).toEqual([
      { external_id: 'HP-004', phone: null, full_name: 'H Mai Êban', gender: 'FEMALE', group: 'FARMER' },
      { external_id: 'HP-001', phone: '+84912345678', full_name: 'Nguyễn Thị Lan', gender: 'FEMALE', group: 'FARMER' },
      { external_id: 'HP-003', phone: '+84987654321', full_name: 'Trần Văn Bình', gender: null, group: 'FARMER' },
      { external_id: 'HP-002', phone: null, full_name: 'Y Đôn Niê Kdăm', gender: 'MALE', group: 'TECHNICIAN' },
    ]);
  });

  it('refuses the whole import when any row is bad, naming every bad row, and writes nothing', async () => {
    const eventId = await newEvent();
    await importRows({ trainingEventId: eventId, rows: [ROWS[0]] });
    const auditBefore = await count(server, 'audit_event', `action = 'importAttendance'`);
    const summary = await importRows({
      trainingEventId: eventId,
      rows: [
        { externalId: 'OK-1', fullName: 'Hợp lệ' },
        { externalId: 'BAD-1', fullName: '  ' },
        { fullName: 'Không có khóa' },
        { externalId: 'BAD-3', fullName: 'Số sai', phone: '12ab' },
        { externalId: 'OK-1', fullName: 'Trùng' },
        { externalId: 'BAD-5', fullName: 'Số của người khác', phone: '0912345678' },
      ],
    });
    expect(summary).toMatchObject({ dryRun: true, created: 1 });
    expect(summary.conflicts.map(({ rowIndex, field, code }) => ({ rowIndex, field, code }))).toEqual([
      { rowIndex: 1, field: 'fullName', code: 'REQUIRED' },
      { rowIndex: 2, field: 'externalId', code: 'REQUIRED' },
      { rowIndex: 3, field: 'phone', code: 'INVALID_PHONE' },
      { rowIndex: 4, field: 'externalId', code: 'DUPLICATE_ROW' },
      { rowIndex: 5, field: 'phone', code: 'PHONE_TAKEN' },
    ]);
    expect(await attendees(eventId)).toHaveLength(1);
    expect(await count(server, 'audit_event', `action = 'importAttendance'`)).toBe(auditBefore);
  });

  it('only reports on a dry run', async () => {
    const eventId = await newEvent();
    expect(await importRows({ trainingEventId: eventId, dryRun: true, rows: ROWS })).toEqual({
      dryRun: true,
      created: 3,
      updated: 0,
      unchanged: 0,
      conflicts: [],
    });
    expect(await attendees(eventId)).toEqual([]);
  });

  it('reads CSV with a header row, Vietnamese values included', async () => {
    const eventId = await newEvent();
    const csv = '\uFEFFexternal_id,Full Name,phone,gender,group\nHP-1,Nguyễn Thị Hoa,0905 111 222,Nữ,Nông dân\nHP-2,Lê Văn Tâm,,nam,Cán bộ\n';
    expect(await importRows({ trainingEventId: eventId, csv })).toMatchObject({ created: 2, conflicts: [] });
    expect(await attendees(eventId)).toEqual([
      { external_id: 'HP-2', phone: null, full_name: 'Lê Văn Tâm', gender: 'MALE', group: 'OFFICIAL' },
      { external_id: 'HP-1', phone: '+84905111222', full_name: 'Nguyễn Thị Hoa', gender: 'FEMALE', group: 'FARMER' },
    ]);
    const bad = await importRows({ trainingEventId: eventId, csv: 'externalId,fullName,gender\nHP-9,X,robot\n' });
    expect(bad.conflicts).toEqual([expect.objectContaining({ rowIndex: 0, field: 'gender', code: 'INVALID_VALUE' })]);
    expect(await failure(server, IMPORT, { input: { trainingEventId: eventId, csv: 'name,age\nA,3\n' } }, callers.homeOfficer)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.csv',
      reason: 'UNKNOWN_COLUMN',
    });
    expect(await failure(server, IMPORT, { input: { trainingEventId: eventId, csv: 'fullName\n"unclosed\n' } }, callers.homeOfficer)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.csv',
      reason: 'INVALID_CSV',
    });
    expect(await failure(server, IMPORT, { input: { trainingEventId: eventId, csv: 'fullName\nA\n', rows: [] } }, callers.homeOfficer)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'ROWS_OR_CSV',
    });
  });

  it("is for the event unit's writers: a bound partner key may, another commune may not", async () => {
    const eventId = await newEvent();
    expect(await importRows({ trainingEventId: eventId, rows: ROWS }, callers.homeKey)).toMatchObject({ created: 3 });
    expect(await failure(server, IMPORT, { input: { trainingEventId: eventId, rows: ROWS } }, callers.otherOfficer)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await failure(server, IMPORT, { input: { trainingEventId: eventId, rows: ROWS } }, callers.viewer)).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses attendance for a deleted event', async () => {
    const eventId = await newEvent();
    await mutate(server, DELETE_EVENT, { id: eventId, expectedVersion: 1 }, callers.homeOfficer);
    expect(await failure(server, IMPORT, { input: { trainingEventId: eventId, rows: ROWS } }, callers.homeOfficer)).toMatchObject({
      code: 'CONFLICT',
      reason: 'DELETED',
    });
  });
});
