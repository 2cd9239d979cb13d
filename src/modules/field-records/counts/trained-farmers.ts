import { DataSource, EntityManager } from 'typeorm';

/**
 * Farmers trained (task III.5) as distinct people. Where an event has an attendance list, its FARMER
 * rows are people, matched with the rows of other events and with the training app's farmers by phone
 * or external id (an app farmer's id counts as an external id), so a person is counted once a year
 * however many trainings or courses they attended. An event without a list adds its head count of
 * farmers, which cannot be matched with anyone.
 */

type Db = DataSource | EntityManager;

export interface TrainedFarmerFilter {
  fromYear: number;
  toYear: number;
  /**
   * Events recorded for these tasks only. Course completions count whatever the course's task (the
   * courses are recorded for V.2, the app that delivers them; the farmers they train are III.5's).
   */
  taskIds: string[];
  /** Events in these units, app farmers of these units; every unit when null. */
  unitIds: string[] | null;
}

export interface DistinctTrainedFarmers {
  year: number;
  /** Distinct people on attendance lists (some also completed a course). */
  fromAttendanceLists: number;
  /** Distinct app farmers who completed a course and are on no list that year. */
  fromTrainingApp: number;
  /** Farmers counted at events without an attendance list. */
  fromHeadCounts: number;
  /** Events whose farmers came from a list, and events counted by head count. */
  listedEvents: number;
  headCountEvents: number;
  total: number;
}

const TIME_ZONE = 'Asia/Ho_Chi_Minh';

export interface Row {
  source: 'LIST' | 'APP' | 'HEAD';
  year: number;
  phone: string | null;
  external_id: string | null;
  account_id: string | null;
  /** HEAD: farmers counted; LIST summary rows: null. */
  farmers: number | null;
  /** Summary rows: how many events; person rows: null. */
  events: number | null;
}

/** Union-find over identifiers: rows sharing a phone or an external id are one person. */
class People {
  private readonly parent = new Map<string, string>();

  private find(key: string): string {
    if (!this.parent.has(key)) this.parent.set(key, key);
    let root = key;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(key, root);
    return root;
  }

  /** Joins the identifiers of one row. */
  add(keys: string[]): void {
    const [first, ...rest] = keys.map((k) => this.find(k));
    for (const other of rest) if (other !== first) this.parent.set(other, first);
  }

  person(keys: string[]): string {
    return this.find(keys[0]);
  }
}

const keysOf = (row: Row): string[] => {
  const keys: string[] = [];
  if (row.phone) keys.push(`phone:${row.phone}`);
  if (row.external_id) keys.push(`ext:${row.external_id}`);
  if (row.account_id) keys.push(`ext:${row.account_id}`);
  return keys;
};

export function countYear(year: number, rows: Row[]): DistinctTrainedFarmers {
  const named = rows.filter((r) => r.events === null);
  const people = new People();
  for (const row of named) people.add(keysOf(row));
  const listed = new Set<string>();
  const all = new Set<string>();
  for (const row of named) {
    const person = people.person(keysOf(row));
    all.add(person);
    if (row.source === 'LIST') listed.add(person);
  }
  const head = rows.find((r) => r.source === 'HEAD' && r.events !== null);
  const listedEvents = rows.find((r) => r.source === 'LIST' && r.events !== null)?.events ?? 0;
  const fromHeadCounts = head?.farmers ?? 0;
  return {
    year,
    fromAttendanceLists: listed.size,
    fromTrainingApp: all.size - listed.size,
    fromHeadCounts,
    listedEvents,
    headCountEvents: head?.events ?? 0,
    total: all.size + fromHeadCounts,
  };
}

/** One statement for every year of the window; the matching runs here, year by year. */
export async function countDistinctTrainedFarmers(db: Db, filter: TrainedFarmerFilter): Promise<DistinctTrainedFarmers[]> {
  const rows = await db.query<Row[]>(
    `WITH events AS (
            SELECT e.id, EXTRACT(YEAR FROM e.start_date)::int AS year, e.participants_farmers,
                   EXISTS (SELECT 1 FROM training_attendee a WHERE a.training_event_id = e.id) AS listed
              FROM training_event e
             WHERE e.deleted_at IS NULL AND e.kind = 'TRAINING' AND e.task_id = ANY($3::uuid[])
               AND e.start_date BETWEEN make_date($1, 1, 1) AND make_date($2, 12, 31)
               AND ($4::uuid[] IS NULL OR e.administrative_unit_id = ANY($4::uuid[])))
     (SELECT DISTINCT 'LIST' AS source, ev.year, a.phone, a.external_id, NULL::uuid AS account_id, NULL::int AS farmers, NULL::int AS events
        FROM events ev JOIN training_attendee a ON a.training_event_id = ev.id
       WHERE a."group" = 'FARMER')
     UNION ALL
     (SELECT DISTINCT 'APP', EXTRACT(YEAR FROM en.completed_at AT TIME ZONE '${TIME_ZONE}')::int, f.phone, NULL, f.id, NULL::int, NULL::int
        FROM course_enrolment en JOIN farmer_account f ON f.id = en.farmer_account_id
       WHERE en.completed_at IS NOT NULL AND en.deleted_at IS NULL
         AND EXTRACT(YEAR FROM en.completed_at AT TIME ZONE '${TIME_ZONE}')::int BETWEEN $1 AND $2
         AND ($4::uuid[] IS NULL OR f.administrative_unit_id = ANY($4::uuid[])))
     UNION ALL
     SELECT 'HEAD', ev.year, NULL, NULL, NULL, coalesce(sum(ev.participants_farmers), 0)::int, count(*)::int
       FROM events ev WHERE NOT ev.listed GROUP BY ev.year
     UNION ALL
     SELECT 'LIST', ev.year, NULL, NULL, NULL, NULL, count(*)::int FROM events ev WHERE ev.listed GROUP BY ev.year`,
    [filter.fromYear, filter.toYear, filter.taskIds, filter.unitIds],
  );
  const years = new Map<number, Row[]>();
  for (const row of rows) years.set(row.year, [...(years.get(row.year) ?? []), row]);
  return [...years.entries()].sort(([a], [b]) => a - b).map(([year, yearRows]) => countYear(year, yearRows));
}
