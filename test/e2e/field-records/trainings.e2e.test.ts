import { Role } from '../../../src/core/auth/roles';
import { createTestUser } from '../../helpers/principals';
import { TestServer, startTestServer } from '../../helpers/test-server';
import {
  Callers,
  DELETE_EVENT,
  HOME_UNIT,
  OTHER_UNIT,
  RECORD_EVENT,
  UPDATE_EVENT,
  count,
  createCallers,
  eventInput,
  failure,
  key,
  mutate,
  ok,
} from './fixtures';

let server: TestServer;
let callers: Callers;
beforeAll(async () => {
  server = await startTestServer();
  callers = await createCallers(server);
});
afterAll(async () => {
  await server.stop();
});

const record = (input: Record<string, unknown>, headers: Record<string, string>) => mutate(server, RECORD_EVENT, input, headers);

describe('training events: who may record them', () => {
  it('lets a commune officer and a partner key bound to the commune record its events, with the task by kind', async () => {
    const byOfficer = await record(eventInput(), callers.homeOfficer);
    expect(byOfficer.record).toMatchObject({
      kind: 'TRAINING',
      version: 1,
      task: { code: 'III.5' },
      administrativeUnit: { code: HOME_UNIT },
      participants: { total: 40, women: 18, farmers: 35, officials: 3, technicians: 2 },
      media: null,
    });
    const byKey = await record(eventInput({ kind: 'COMMUNICATION_SESSION', organisingAgencyCode: `PC-${HOME_UNIT}` }), callers.homeKey);
    expect(byKey.record).toMatchObject({ kind: 'COMMUNICATION_SESSION', task: { code: 'I.3' } });
  });

  it('refuses an officer of another commune and a key outside its commune', async () => {
    expect(await failure(server, RECORD_EVENT, { input: eventInput() }, callers.otherOfficer)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await failure(server, RECORD_EVENT, { input: eventInput({ administrativeUnitCode: OTHER_UNIT }) }, callers.homeKey)).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await failure(server, RECORD_EVENT, { input: eventInput({ administrativeUnitCode: '66' }) }, callers.homeOfficer)).toMatchObject({
      code: 'FORBIDDEN',
    });
    const { record: event } = await record(eventInput(), callers.homeOfficer);
    expect(await failure(server, UPDATE_EVENT, { input: { id: event!.id, expectedVersion: 1, title: 'x' } }, callers.otherOfficer)).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await failure(server, DELETE_EVENT, { input: { id: event!.id, expectedVersion: 1 } }, callers.otherOfficer)).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('records a province-wide media piece with its outlet, format and link', async () => {
    const piece = eventInput({
      kind: 'MEDIA_PIECE',
      administrativeUnitCode: '66',
      participants: null,
      title: 'Phóng sự: cà phê phát thải thấp ở Hòa Phú',
      organisingAgencyCode: 'DLMEDIA',
      media: { outlet: 'Báo và Phát thanh, Truyền hình Đắk Lắk', format: 'TV_REPORT', url: 'https://example.test/phong-su' },
    });
    // The provincial media record their own pieces (task I.2).
    const mediaOfficer = (await createTestUser(server, Role.AGENCY_OFFICER, { agencyCode: 'DLMEDIA' })).headers;
    const { record: media } = await record(piece, mediaOfficer);
    expect(media).toMatchObject({
      kind: 'MEDIA_PIECE',
      task: { code: 'I.2' },
      participants: null,
      media: { format: 'TV_REPORT' },
      administrativeUnit: { code: '66' },
    });
  });
});

describe('training events: validation', () => {
  it.each([
    [{ participants: { total: 10, women: 11 } }, 'input.participants.women', 'EXCEEDS_TOTAL'],
    [{ participants: { total: -1 } }, 'input.participants.total', 'NEGATIVE'],
    [{ participants: { total: 10, farmers: -2 } }, 'input.participants.farmers', 'NEGATIVE'],
    [{ participants: { total: 10, farmers: 8, officials: 3 } }, 'input.participants.total', 'LESS_THAN_GROUPS'],
    [{ participants: null }, 'input.participants', 'REQUIRED'],
    [{ startDate: '2036-01-02' }, 'input.startDate', 'OUTSIDE_PLAN_PERIOD'],
    [{ startDate: '2026-05-02', endDate: '2026-05-01' }, 'input.endDate', 'END_BEFORE_START'],
    [{ topics: [] }, 'input.topics', 'REQUIRED'],
    [{ media: { outlet: 'Báo', format: 'NEWS_ARTICLE' } }, 'input.media', 'NOT_APPLICABLE'],
    [{ kind: 'MEDIA_PIECE', participants: null }, 'input.media', 'REQUIRED'],
    [{ kind: 'MEDIA_PIECE', media: { outlet: 'Báo', format: 'NEWS_ARTICLE', url: 'ftp://x' } }, 'input.media.url', 'INVALID_URL'],
    [{ taskCode: 'IX.9' }, 'input.taskCode', 'UNKNOWN_TASK'],
    [{ organisingAgencyCode: 'NOPE' }, 'input.organisingAgencyCode', 'UNKNOWN_AGENCY'],
  ])('refuses %j with BAD_USER_INPUT on %s, writing nothing', async (change, field, reason) => {
    const before = await count(server, 'training_event');
    expect(await failure(server, RECORD_EVENT, { input: eventInput(change) }, callers.homeOfficer)).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    expect(await count(server, 'training_event')).toBe(before);
  });

  it('checks an update against the stored counts', async () => {
    const { record: event } = await record(eventInput(), callers.homeOfficer);
    expect(
      await failure(server, UPDATE_EVENT, { input: { id: event!.id, expectedVersion: 1, participants: { total: 5, women: 6 } } }, callers.homeOfficer),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.participants.women',
    });
    expect(await failure(server, UPDATE_EVENT, { input: { id: event!.id, expectedVersion: 1, participants: null } }, callers.homeOfficer)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.participants',
      reason: 'REQUIRED',
    });
  });
});

describe('training events: retries and concurrent edits', () => {
  it('records one event for a submission repeated with its idempotency key, even at once', async () => {
    const input = eventInput({ idempotencyKey: key(), title: `Tập huấn ${key()}` });
    const [a, b] = await Promise.all([record(input, callers.homeOfficer), record(input, callers.homeOfficer)]);
    const c = await record(input, callers.homeOfficer);
    expect(new Set([a.record!.id, b.record!.id, c.record!.id]).size).toBe(1);
    expect(await count(server, 'training_event', 'title = $1', [input.title])).toBe(1);
    expect(await failure(server, RECORD_EVENT, { input: { ...input, title: 'khác' } }, callers.homeOfficer)).toMatchObject({
      code: 'CONFLICT',
      reason: 'IDEMPOTENCY_KEY_REUSED',
    });
  });

  it('refuses a stale update and keeps the newer data', async () => {
    const { record: event } = await record(eventInput(), callers.homeOfficer);
    const first = await mutate(
      server,
      UPDATE_EVENT,
      { id: event!.id, expectedVersion: 1, participants: { total: 50, women: 20, farmers: 45 } },
      callers.homeOfficer,
    );
    expect(first.record).toMatchObject({ version: 2, participants: { total: 50, women: 20, farmers: 45, officials: null } });
    expect(await failure(server, UPDATE_EVENT, { input: { id: event!.id, expectedVersion: 1, title: 'Cũ' } }, callers.homeKey)).toMatchObject({
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
      currentVersion: 2,
    });
    const retried = { id: event!.id, expectedVersion: 2, title: 'Tập huấn lần 2', idempotencyKey: key() };
    const second = await mutate(server, UPDATE_EVENT, retried, callers.homeOfficer);
    const replay = await mutate(server, UPDATE_EVENT, retried, callers.homeOfficer);
    expect([second.record!.version, replay.record!.version]).toEqual([3, 3]);
  });
});

describe('training events: lists', () => {
  it('filter by kind, topic, year and task, newest first by default', async () => {
    const unit = '24154';
    await record(eventInput({ administrativeUnitCode: unit, startDate: '2027-03-01', topics: ['MRV_TOOLS'] }), callers.province);
    await record(eventInput({ administrativeUnitCode: unit, startDate: '2027-09-01', kind: 'WORKSHOP' }), callers.province);
    await record(eventInput({ administrativeUnitCode: unit, startDate: '2028-01-20', kind: 'COMMUNICATION_SESSION' }), callers.province);
    const fetch = async (filter: Record<string, unknown>) =>
      (
        await ok<{ trainingEvents: { edges: { node: { kind: string; startDate: string } }[] } }>(
          server,
          'query($filter: TrainingEventFilter) { trainingEvents(first: 20, filter: $filter) { edges { node { kind startDate } } } }',
          { filter: { administrativeUnitCode: unit, ...filter } },
          callers.viewer,
        )
      ).trainingEvents.edges.map((e) => `${e.node.kind}@${e.node.startDate}`);
    expect(await fetch({})).toEqual(['COMMUNICATION_SESSION@2028-01-20', 'WORKSHOP@2027-09-01', 'TRAINING@2027-03-01']);
    expect(await fetch({ kinds: ['TRAINING', 'WORKSHOP'], year: 2027 })).toEqual(['WORKSHOP@2027-09-01', 'TRAINING@2027-03-01']);
    expect(await fetch({ topic: 'MRV_TOOLS' })).toEqual(['TRAINING@2027-03-01']);
    expect(await fetch({ taskCode: 'III.7' })).toEqual(['WORKSHOP@2027-09-01']);
    expect(await fetch({ audience: 'RESEARCHERS' })).toEqual([]);
  });

  it('loads nested units, tasks and agencies in a fixed number of statements, however many events', async () => {
    const unit = '24169';
    const query = `query($filter: TrainingEventFilter) { trainingEvents(first: 50, filter: $filter) {
      totalCount edges { node { title administrativeUnit { code parent { code } } task { code section { code } } organisingAgency { code } attendeeCount } } } }`;
    const statements = async () => {
      await ok(server, query, { filter: { administrativeUnitCode: unit } }, callers.province);
      return server.lastSqlStatements();
    };
    await record(eventInput({ administrativeUnitCode: unit, organisingAgencyCode: 'DAE' }), callers.province);
    await record(eventInput({ administrativeUnitCode: unit, kind: 'FORUM', organisingAgencyCode: 'DOST' }), callers.province);
    const withTwo = await statements();
    for (let i = 0; i < 10; i += 1) {
      await record(
        eventInput({ administrativeUnitCode: unit, kind: i % 2 ? 'WORKSHOP' : 'TRAINING', organisingAgencyCode: i % 3 ? 'DAE' : `PC-${unit}` }),
        callers.province,
      );
    }
    const withTwelve = await statements();
    expect(withTwelve).toBe(withTwo);
    // Signing in (2), page, count, then one batch each: units, parent units, tasks, sections, agencies, attendee counts (no
    // watermark: neither it nor a cursor is asked).
    expect(withTwelve).toBeLessThanOrEqual(10);
  });

  it('reads the sync watermark only when the watermark or a cursor is asked', async () => {
    const statements = async (fields: string) => {
      const data = await ok<{ trainingEvents: { syncWatermark?: string } }>(
        server,
        `{ trainingEvents(first: 5) { ${fields} edges { node { id } } } }`,
        {},
        callers.province,
      );
      return { statements: server.lastSqlStatements(), data: data.trainingEvents };
    };
    const plain = await statements('');
    const withWatermark = await statements('syncWatermark');
    expect(withWatermark.statements).toBe(plain.statements + 1);
    expect(new Date(withWatermark.data.syncWatermark!).getTime()).toBeLessThanOrEqual(Date.now());
    expect((await statements('edges { cursor }')).statements).toBe(plain.statements + 1);
    expect((await statements('pageInfo { endCursor hasNextPage }')).statements).toBe(plain.statements + 1);
    expect((await statements('pageInfo { hasNextPage }')).statements).toBe(plain.statements);
  });

  it("shows attendance lists to the unit's writers and the province only", async () => {
    const { record: event } = await record(eventInput(), callers.homeOfficer);
    await ok(
      server,
      'mutation($input: ImportAttendanceInput!) { importAttendance(input: $input) { summary { created } } }',
      {
        input: { trainingEventId: event!.id, rows: [{ fullName: 'Nguyễn Thị Lan', phone: '0912 345 678', gender: 'FEMALE' }] },
      },
      callers.homeOfficer,
    );
    const query = 'query($id: ID!) { node(id: $id) { ... on TrainingEvent { attendeeCount attendees { fullName phone gender group } } } }';
    const seenBy = async (headers: Record<string, string>) =>
      (await ok<{ node: { attendeeCount: number; attendees: unknown[] | null } }>(server, query, { id: event!.id }, headers)).node;
    expect(await seenBy(callers.homeOfficer)).toEqual({
      attendeeCount: 1,
      attendees: [{ fullName: 'Nguyễn Thị Lan', phone: '+84912345678', gender: 'FEMALE', group: 'FARMER' }],
    });
    expect((await seenBy(callers.province)).attendees).toHaveLength(1);
    expect(await seenBy(callers.otherOfficer)).toEqual({ attendeeCount: 1, attendees: null });
    expect((await seenBy(callers.viewer)).attendees).toBeNull();
  });
});
