import { DataSource, EntityManager } from 'typeorm';
import { AdministrativeUnit, LOCAL_UNIT_KINDS } from '../../geography';
import { TrainingEventKind } from '../shared/vocabularies';

/**
 * The counts the plan's targets are measured with, for the API and for plan-progress code alike.
 * Deleted records never count; cancelled pilots are counted apart. Event years are the (first) day's
 * year; an online completion counts in the Vietnamese calendar year the farmer finished the course.
 */

type Db = DataSource | EntityManager;

export interface CountFilter {
  /** First and last year, inclusive; open when null. */
  fromYear?: number | null;
  toYear?: number | null;
  /** Only these units (administrative_unit ids); every unit when null. */
  unitIds?: string[] | null;
}

export interface EventCountRow {
  year: number;
  administrativeUnitId: string;
  kind: TrainingEventKind;
  events: number;
  participants: number;
  women: number;
  farmers: number;
}

export interface TrainedFarmerRow {
  year: number;
  administrativeUnitId: string;
  /** Farmers counted at TRAINING events (as reported: the attendance counts). */
  inPerson: number;
  /** Distinct farmers who completed at least one online course that year. */
  online: number;
  total: number;
}

export interface PilotCountRow {
  administrativeUnitId: string;
  planned: number;
  active: number;
  completed: number;
  cancelled: number;
  /** Every pilot that is not cancelled. */
  counted: number;
}

const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const params = (filter: CountFilter) => [filter.fromYear ?? null, filter.toYear ?? null, filter.unitIds ?? null];

/** Events per year, unit and kind, with their participants. */
export async function countEvents(db: Db, filter: CountFilter & { kinds?: TrainingEventKind[] | null; taskIds?: string[] | null }): Promise<EventCountRow[]> {
  const rows = await db.query<
    { year: number; unit_id: string; kind: TrainingEventKind; events: number; participants: number; women: number; farmers: number }[]
  >(
    `SELECT EXTRACT(YEAR FROM e.start_date)::int AS year, e.administrative_unit_id AS unit_id, e.kind,
            count(*)::int AS events, coalesce(sum(e.participants_total), 0)::int AS participants,
            coalesce(sum(e.participants_women), 0)::int AS women, coalesce(sum(e.participants_farmers), 0)::int AS farmers
       FROM training_event e JOIN administrative_unit u ON u.id = e.administrative_unit_id
      WHERE e.deleted_at IS NULL
        AND ($1::int IS NULL OR e.start_date >= make_date($1::int, 1, 1))
        AND ($2::int IS NULL OR e.start_date <= make_date($2::int, 12, 31))
        AND ($3::uuid[] IS NULL OR e.administrative_unit_id = ANY($3::uuid[]))
        AND ($4::training_event_kind[] IS NULL OR e.kind = ANY($4::training_event_kind[]))
        AND ($5::uuid[] IS NULL OR e.task_id = ANY($5::uuid[]))
      GROUP BY 1, 2, 3, u.code
      ORDER BY 1, u.code, 3`,
    [...params(filter), filter.kinds?.length ? filter.kinds : null, filter.taskIds ?? null],
  );
  return rows.map(({ unit_id, ...row }) => ({ ...row, administrativeUnitId: unit_id }));
}

/** Trainings (kind TRAINING) per year and unit. */
export const countTrainings = (db: Db, filter: CountFilter) => countEvents(db, { ...filter, kinds: [TrainingEventKind.TRAINING] });

/** Communication sessions per year and unit (the plan asks 5-10 a year of each commune and ward); `taskIds` keeps those recorded for these tasks. */
export const countCommunicationSessions = (db: Db, filter: CountFilter & { taskIds?: string[] | null }) =>
  countEvents(db, { ...filter, kinds: [TrainingEventKind.COMMUNICATION_SESSION] });

/**
 * Trained farmers per year and unit: farmers counted at trainings plus farmers who completed an
 * online course, each of those counted once a year however many courses they finished.
 */
export async function countTrainedFarmers(db: Db, filter: CountFilter): Promise<TrainedFarmerRow[]> {
  const rows = await db.query<{ year: number; unit_id: string; in_person: number; online: number }[]>(
    `WITH in_person AS (
            SELECT EXTRACT(YEAR FROM e.start_date)::int AS year, e.administrative_unit_id AS unit_id, sum(e.participants_farmers)::int AS n
              FROM training_event e
             WHERE e.deleted_at IS NULL AND e.kind = 'TRAINING' AND e.participants_farmers IS NOT NULL
             GROUP BY 1, 2),
          online AS (
            SELECT EXTRACT(YEAR FROM en.completed_at AT TIME ZONE '${TIME_ZONE}')::int AS year, f.administrative_unit_id AS unit_id,
                   count(DISTINCT en.farmer_account_id)::int AS n
              FROM course_enrolment en JOIN farmer_account f ON f.id = en.farmer_account_id
             WHERE en.completed_at IS NOT NULL AND en.deleted_at IS NULL
             GROUP BY 1, 2),
          joined AS (
            SELECT coalesce(p.year, o.year) AS year, coalesce(p.unit_id, o.unit_id) AS unit_id, coalesce(p.n, 0) AS in_person, coalesce(o.n, 0) AS online
              FROM in_person p FULL JOIN online o ON o.year = p.year AND o.unit_id = p.unit_id)
     SELECT j.year, j.unit_id, j.in_person, j.online
       FROM joined j JOIN administrative_unit u ON u.id = j.unit_id
      WHERE ($1::int IS NULL OR j.year >= $1::int) AND ($2::int IS NULL OR j.year <= $2::int)
        AND ($3::uuid[] IS NULL OR j.unit_id = ANY($3::uuid[]))
      ORDER BY j.year, u.code`,
    params(filter),
  );
  return rows.map((row) => ({
    year: row.year,
    administrativeUnitId: row.unit_id,
    inPerson: row.in_person,
    online: row.online,
    total: row.in_person + row.online,
  }));
}

/** Pilot models per unit and status (the province's own row holds the provincial pilots). */
export async function countPilots(db: Db, filter: Pick<CountFilter, 'unitIds'>): Promise<PilotCountRow[]> {
  const rows = await db.query<{ unit_id: string; planned: number; active: number; completed: number; cancelled: number }[]>(
    `SELECT p.administrative_unit_id AS unit_id,
            count(*) FILTER (WHERE p.status = 'PLANNED')::int AS planned,
            count(*) FILTER (WHERE p.status = 'ACTIVE')::int AS active,
            count(*) FILTER (WHERE p.status = 'COMPLETED')::int AS completed,
            count(*) FILTER (WHERE p.status = 'CANCELLED')::int AS cancelled
       FROM pilot_model p JOIN administrative_unit u ON u.id = p.administrative_unit_id
      WHERE p.deleted_at IS NULL AND ($1::uuid[] IS NULL OR p.administrative_unit_id = ANY($1::uuid[]))
      GROUP BY p.administrative_unit_id, u.code
      ORDER BY u.code`,
    [filter.unitIds ?? null],
  );
  return rows.map(({ unit_id, ...row }) => ({ ...row, administrativeUnitId: unit_id, counted: row.planned + row.active + row.completed }));
}

/** Communes and wards with no commune-level pilot yet (cancelled and deleted ones do not count), by code. */
export function communesWithoutPilot(db: Db): Promise<AdministrativeUnit[]> {
  return db
    .getRepository(AdministrativeUnit)
    .createQueryBuilder('u')
    .where('u.kind IN (:...kinds)', { kinds: LOCAL_UNIT_KINDS })
    .andWhere(
      `NOT EXISTS (SELECT 1 FROM pilot_model p WHERE p.administrative_unit_id = u.id AND p.level = 'COMMUNE'
         AND p.status <> 'CANCELLED' AND p.deleted_at IS NULL)`,
    )
    .orderBy('u.code')
    .getMany();
}
