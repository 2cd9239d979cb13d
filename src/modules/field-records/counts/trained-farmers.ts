import { DataSource, EntityManager } from 'typeorm';

/**
 * Farmers trained (task III.5) as distinct people. Where an event has an attendance list, its FARMER
 * rows are people; an app farmer who completed a course is one too. Rows joined by a chain of shared
 * phones or external ids (an app farmer's id counts as an external id) are one person, and a person is
 * counted once a year however many trainings or courses they attended. The database keeps that person
 * on every attendee row as it is written (migration TrainedPersonIdentity): the chains run through every
 * stored row, of any year, event or group, so two rows of this year joined only through a row of another
 * year are still one person. An event without a list adds its head count of farmers, which cannot be
 * matched with anyone.
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

interface YearRow {
  year: number;
  listed_people: number;
  app_only_people: number;
  listed_events: number;
  head_count_events: number;
  head_counted: number;
}

/** One statement for every year of the window: distinct people per year are counted in the database. */
export async function countDistinctTrainedFarmers(db: Db, filter: TrainedFarmerFilter): Promise<DistinctTrainedFarmers[]> {
  const rows = await db.query<YearRow[]>(
    `WITH events AS MATERIALIZED (
            SELECT e.id, EXTRACT(YEAR FROM e.start_date)::int AS year, e.participants_farmers,
                   EXISTS (SELECT 1 FROM training_attendee a WHERE a.training_event_id = e.id) AS listed
              FROM training_event e
             WHERE e.deleted_at IS NULL AND e.kind = 'TRAINING' AND e.task_id = ANY($3::uuid[])
               AND e.start_date BETWEEN make_date($1, 1, 1) AND make_date($2, 12, 31)
               AND ($4::uuid[] IS NULL OR e.administrative_unit_id = ANY($4::uuid[]))),
          listed AS (
            SELECT DISTINCT ev.year, p.person_id
              FROM events ev CROSS JOIN LATERAL (
                     SELECT a.person_id FROM training_attendee a WHERE a.training_event_id = ev.id AND a."group" = 'FARMER') p
             WHERE ev.listed),
          app AS (
            SELECT DISTINCT EXTRACT(YEAR FROM en.completed_at AT TIME ZONE '${TIME_ZONE}')::int AS year, p.person_id
              FROM course_enrolment en
              JOIN farmer_account f ON f.id = en.farmer_account_id
              JOIN person_identifier p ON p.key = 'ext:' || f.id::text
             WHERE en.completed_at IS NOT NULL AND en.deleted_at IS NULL
               AND EXTRACT(YEAR FROM en.completed_at AT TIME ZONE '${TIME_ZONE}')::int BETWEEN $1 AND $2
               AND ($4::uuid[] IS NULL OR f.administrative_unit_id = ANY($4::uuid[]))),
          years AS (SELECT year FROM events UNION SELECT year FROM app)
     SELECT y.year,
            (SELECT count(*) FROM listed l WHERE l.year = y.year)::int AS listed_people,
            (SELECT count(*) FROM app WHERE app.year = y.year
                AND NOT EXISTS (SELECT 1 FROM listed l WHERE l.year = app.year AND l.person_id = app.person_id))::int AS app_only_people,
            (SELECT count(*) FROM events ev WHERE ev.year = y.year AND ev.listed)::int AS listed_events,
            (SELECT count(*) FROM events ev WHERE ev.year = y.year AND NOT ev.listed)::int AS head_count_events,
            (SELECT coalesce(sum(ev.participants_farmers), 0) FROM events ev WHERE ev.year = y.year AND NOT ev.listed)::int AS head_counted
       FROM years y ORDER BY y.year`,
    [filter.fromYear, filter.toYear, filter.taskIds, filter.unitIds],
  );
  return rows.map((r) => ({
    year: r.year,
    fromAttendanceLists: r.listed_people,
    fromTrainingApp: r.app_only_people,
    fromHeadCounts: r.head_counted,
    listedEvents: r.listed_events,
    headCountEvents: r.head_count_events,
    total: r.listed_people + r.app_only_people + r.head_counted,
  }));
}
