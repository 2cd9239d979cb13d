import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { countDistinctTrainedFarmers } from '../../src/modules/field-records';
import { AdministrativeUnit } from '../../src/modules/geography';
import { Task } from '../../src/modules/plan';
import { loadSeedData } from '../../src/seed/load-seed-data';
import { TrainedPersonIdentity1796143152002 as TrainedPersonIdentity } from '../../migrations/1796143152002-TrainedPersonIdentity';
import { TestDatabase, createTestDatabase } from '../helpers/test-database';

// The person identity the database keeps on attendee rows (migration TrainedPersonIdentity), checked
// against the plain definition: after any inserts, corrections and erasures, the distinct farmers a year
// are the connected components of "shares a phone or an external id" over the rows as they are now.

let db: TestDatabase;
let ds: DataSource;
let taskId: string;
let otherTaskId: string;
let unitId: string;
const events: { id: string; year: number; counted: boolean }[] = [];
let courseId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.dataSource;
  await loadSeedData(ds);
  unitId = (await ds.getRepository(AdministrativeUnit).findOneByOrFail({ code: '24175' })).id;
  taskId = (await ds.getRepository(Task).findOneByOrFail({ code: 'III.5' })).id;
  otherTaskId = (await ds.getRepository(Task).findOneByOrFail({ code: 'I.1' })).id;
  // Counted: TRAINING events of III.5 in 2026 and 2027. Not counted, but their rows still join people:
  // a deleted training, a workshop, another task's training.
  const kinds = [
    { year: 2026, kind: 'TRAINING', task: taskId, deleted: false, counted: true },
    { year: 2026, kind: 'TRAINING', task: taskId, deleted: false, counted: true },
    { year: 2027, kind: 'TRAINING', task: taskId, deleted: false, counted: true },
    { year: 2026, kind: 'TRAINING', task: taskId, deleted: true, counted: false },
    { year: 2026, kind: 'WORKSHOP', task: taskId, deleted: false, counted: false },
    { year: 2027, kind: 'TRAINING', task: otherTaskId, deleted: false, counted: false },
  ];
  for (const k of kinds) {
    const [row] = await ds.query(
      `INSERT INTO training_event (version, kind, title, start_date, administrative_unit_id, task_id, topics, audiences, deleted_at)
       VALUES (1, $1, 'Tập huấn', make_date($2, 5, 1), $3, $4, '{}', '{}', $5) RETURNING id`,
      [k.kind, k.year, unitId, k.task, k.deleted ? new Date() : null],
    );
    events.push({ id: row.id, year: k.year, counted: k.counted });
  }
  const [course] = await ds.query(
    `INSERT INTO course (version, code, title, language, topics, crops, status, task_id) VALUES (1, 'C-1', 'Cà phê', 'vi', '{}', '{}', 'OPEN', $1) RETURNING id`,
    [otherTaskId],
  );
  courseId = course.id;
});
afterAll(() => db?.drop());

const clear = async () => {
  for (const table of ['training_attendee', 'course_enrolment', 'farmer_account', 'person_identifier']) await ds.query(`DELETE FROM ${table}`);
};

const PHONES = ['+84912000001', '+84912000002', '+84912000003', '+84912000004'];
const phone = fc.option(fc.constantFrom(...PHONES), { nil: null });
// External ids: plain ones, and "app:N", which stands for the id of the Nth app farmer.
const external = fc.option(fc.constantFrom('A', 'B', 'C', 'app:0', 'app:1'), { nil: null });
const attendee = fc.record({ event: fc.nat({ max: 5 }), phone, external, farmer: fc.boolean() });
const account = fc.record({ phone, completedIn: fc.option(fc.constantFrom(2026, 2027), { nil: null }) });
const change = fc.oneof(
  fc.record({ kind: fc.constant('attendee' as const), index: fc.nat(), phone, external }),
  fc.record({ kind: fc.constant('erase' as const), index: fc.nat() }),
);

interface StoredAttendee {
  id: string;
  event: number;
  phone: string | null;
  external: string | null;
  farmer: boolean;
}
interface StoredAccount {
  id: string;
  phone: string | null;
  completedIn: number | null;
}

/** Components of the rows as stored, per year: people on counted lists, and app farmers on none. */
function expected(attendees: StoredAttendee[], accounts: StoredAccount[]): Map<number, { listed: number; appOnly: number }> {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    while (parent.has(k) && parent.get(k) !== k) k = parent.get(k)!;
    return k;
  };
  const join = (keys: string[]) => keys.forEach((k) => parent.set(find(k), find(keys[0])));
  const attendeeKeys = (a: StoredAttendee) => [a.phone && `p${a.phone}`, a.external && `x${a.external}`].filter((k): k is string => !!k);
  const accountKeys = (f: StoredAccount) => [`x${f.id}`, ...(f.phone ? [`p${f.phone}`] : [])];
  attendees.forEach((a) => join(attendeeKeys(a)));
  accounts.forEach((f) => join(accountKeys(f)));
  const result = new Map<number, { listed: number; appOnly: number }>();
  for (const year of [2026, 2027]) {
    const listed = new Set(attendees.filter((a) => a.farmer && events[a.event].counted && events[a.event].year === year).map((a) => find(attendeeKeys(a)[0])));
    const app = new Set(accounts.filter((f) => f.completedIn === year).map((f) => find(`x${f.id}`)));
    result.set(year, { listed: listed.size, appOnly: [...app].filter((p) => !listed.has(p)).length });
  }
  return result;
}

describe('the distinct-trained-farmers count', () => {
  it('equals the components of shared phones and external ids after inserts, corrections and erasures', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(account, { maxLength: 3 }),
        fc.array(attendee, { maxLength: 14 }),
        fc.array(change, { maxLength: 4 }),
        async (accs, rows, changes) => {
          await clear();
          const accounts: StoredAccount[] = [];
          for (const [i, a] of accs.entries()) {
            const free = a.phone && !accounts.some((f) => f.phone === a.phone) ? a.phone : null;
            const [row] = await ds.query(
              `INSERT INTO farmer_account (version, phone, email, administrative_unit_id, consent_given_at, consent_notice_version)
             VALUES (1, $1, $2, $3, now(), 'v1') RETURNING id`,
              [free, `f${i}@example.vn`, unitId],
            );
            accounts.push({ id: row.id, phone: free, completedIn: a.completedIn });
            if (a.completedIn) {
              await ds.query(
                `INSERT INTO course_enrolment (version, farmer_account_id, course_id, enrolled_at, completed_at) VALUES (1, $1, $2, now(), make_timestamptz($3, 6, 1, 9, 0, 0, 'Asia/Ho_Chi_Minh'))`,
                [row.id, courseId, a.completedIn],
              );
            }
          }
          const resolve = (ext: string | null) => (ext?.startsWith('app:') ? (accounts[Number(ext.slice(4))]?.id ?? ext) : ext);
          // One row per (event, phone) and per (event, external id), as the lists' unique indexes require.
          const fits = (list: StoredAttendee[], event: number, p: string | null, x: string | null, self?: string) =>
            (p !== null || x !== null) && !list.some((o) => o.id !== self && o.event === event && ((p && o.phone === p) || (x && o.external === x)));
          const attendees: StoredAttendee[] = [];
          for (const r of rows) {
            const x = resolve(r.external);
            if (!fits(attendees, r.event, r.phone, x)) continue;
            const [row] = await ds.query(
              `INSERT INTO training_attendee (training_event_id, external_id, phone, full_name, "group") VALUES ($1, $2, $3, 'Nông dân', $4) RETURNING id`,
              [events[r.event].id, x, r.phone, r.farmer ? 'FARMER' : 'OFFICIAL'],
            );
            attendees.push({ id: row.id, event: r.event, phone: r.phone, external: x, farmer: r.farmer });
          }
          for (const c of changes) {
            if (c.kind === 'attendee' && attendees.length > 0) {
              const target = attendees[c.index % attendees.length];
              const x = resolve(c.external);
              if (!fits(attendees, target.event, c.phone, x, target.id)) continue;
              await ds.query('UPDATE training_attendee SET phone = $2, external_id = $3 WHERE id = $1', [target.id, c.phone, x]);
              Object.assign(target, { phone: c.phone, external: x });
            } else if (c.kind === 'erase' && accounts.length > 0) {
              const target = accounts[c.index % accounts.length];
              await ds.query('UPDATE farmer_account SET phone = NULL, deleted_at = now() WHERE id = $1', [target.id]);
              target.phone = null;
            }
          }
          const counted = await countDistinctTrainedFarmers(ds, { fromYear: 2026, toYear: 2027, taskIds: [taskId], unitIds: null });
          const want = expected(attendees, accounts);
          for (const year of counted) {
            expect({ year: year.year, listed: year.fromAttendanceLists, appOnly: year.fromTrainingApp }).toEqual({ year: year.year, ...want.get(year.year) });
          }
          // Every year with a counted event or a completion is reported.
          expect(counted.map((y) => y.year)).toEqual([2026, 2027]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('matches rows of every year, and a person stays one when a corrected row no longer joins them', async () => {
    await clear();
    const insert = (event: number, ext: string | null, phone: string | null) =>
      ds.query(
        `INSERT INTO training_attendee (training_event_id, external_id, phone, full_name, "group") VALUES ($1, $2, $3, 'Nông dân', 'FARMER') RETURNING id`,
        [events[event].id, ext, phone],
      );
    await insert(0, 'M-1', null);
    await insert(1, null, PHONES[0]);
    // A 2027 row with both joins the two 2026 rows: one person in 2026.
    const [bridge] = await insert(2, 'M-1', PHONES[0]);
    const count2026 = async () => (await countDistinctTrainedFarmers(ds, { fromYear: 2026, toYear: 2026, taskIds: [taskId], unitIds: null }))[0];
    expect(await count2026()).toMatchObject({ fromAttendanceLists: 1, listedEvents: 2, total: 1 });
    // The phone on the 2027 row was a typo: corrected, the two 2026 rows are two people again.
    await ds.query('UPDATE training_attendee SET phone = $2 WHERE id = $1', [bridge.id, PHONES[1]]);
    expect(await count2026()).toMatchObject({ fromAttendanceLists: 2, total: 2 });
    const people = await ds.query('SELECT count(DISTINCT person_id)::int AS n FROM training_attendee');
    expect(people[0].n).toBe(2);
  });

  it('gives the rows stored before the migration their people, and keeps them as rows come', async () => {
    await clear();
    const migration = new TrainedPersonIdentity();
    const runner = ds.createQueryRunner();
    try {
      await migration.down(runner);
      const insert = (event: number, ext: string | null, phone: string | null) =>
        runner.query(
          `INSERT INTO training_attendee (training_event_id, external_id, phone, full_name, "group") VALUES ($1, $2, $3, 'Nông dân', 'FARMER') RETURNING id`,
          [events[event].id, ext, phone],
        );
      // A chain of four rows (phone 0 - M-1 - phone 1 - M-2), a person alone, and an app farmer who shares a phone with them.
      const chain = [await insert(0, null, PHONES[0]), await insert(1, 'M-1', PHONES[0]), await insert(2, 'M-1', PHONES[1]), await insert(3, 'M-2', PHONES[1])];
      const [alone] = await insert(0, 'M-9', PHONES[2]);
      const [account] = await runner.query(
        `INSERT INTO farmer_account (version, phone, administrative_unit_id, consent_given_at, consent_notice_version) VALUES (1, $1, $2, now(), 'v1') RETURNING id`,
        [PHONES[2], unitId],
      );
      await migration.up(runner);
      const personOf = async (id: string) => (await runner.query('SELECT person_id FROM training_attendee WHERE id = $1', [id]))[0].person_id;
      const chainPeople = new Set<string>();
      for (const [row] of chain) chainPeople.add(await personOf(row.id));
      expect(chainPeople.size).toBe(1);
      const [accountPerson] = await runner.query(`SELECT person_id FROM person_identifier WHERE key = 'ext:' || $1`, [account.id]);
      expect(accountPerson.person_id).toBe(await personOf(alone.id));
      expect(chainPeople.has(accountPerson.person_id)).toBe(false);
      // Rows inserted afterwards join the people the migration made.
      const [late] = await insert(1, 'M-2', null);
      expect(await personOf(late.id)).toBe([...chainPeople][0]);
    } finally {
      await runner.release();
    }
  });
});
