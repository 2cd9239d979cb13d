import { countCommunicationSessions, countDistinctTrainedFarmers } from '../../field-records';
import { thresholdOf } from './target-comparison';
import { MetricMeasure, MeasureRequest } from './measure.types';

/**
 * Targets counted from the field records. Each counts only the records made for the target's own task
 * (an event's or pilot's task code), not every record of the same kind.
 */

/** III.5: distinct farmers from attendance lists and the training app, plus head counts of list-less trainings. */
const farmersTrained: MetricMeasure = {
  source: 'RECORDS',
  describe:
    "Farmers trained, each counted once a year: the FARMER rows of the attendance lists of the task's TRAINING events and the farmers " +
    "who completed an online course in the training app, matched by phone or external id; plus the farmers' head count of events " +
    'without an attendance list (trainingEvents, trainingAttendees, courses)',
  async measure({ manager, task, fromYear, toYear, unitIds }) {
    const years = await countDistinctTrainedFarmers(manager, { fromYear, toYear, taskIds: [task.id], unitIds });
    if (years.length === 0) return { value: null };
    const sum = (pick: (y: (typeof years)[number]) => number) => years.reduce((total, y) => total + pick(y), 0);
    return {
      value: sum((y) => y.total),
      parts: [
        {
          key: 'ATTENDANCE_LISTS',
          label: `Distinct farmers on attendance lists (${sum((y) => y.listedEvents)} events)`,
          value: sum((y) => y.fromAttendanceLists),
        },
        { key: 'TRAINING_APP', label: 'Distinct farmers who completed an online course and are on no list', value: sum((y) => y.fromTrainingApp) },
        {
          key: 'HEAD_COUNTS',
          label: `Farmers counted at events without a list (${sum((y) => y.headCountEvents)} events)`,
          value: sum((y) => y.fromHeadCounts),
        },
      ],
    };
  },
};

/** I.3: every commune and ward leads its own sessions; a unit meets the goal with enough of them in the year. */
const communicationSessions: MetricMeasure = {
  source: 'RECORDS',
  describe: 'COMMUNICATION_SESSION events recorded for the task in the year, per commune or ward; the actual is how many units held enough (trainingEvents)',
  goalPerUnit: true,
  async measure({ manager, task, fromYear, toYear, unitIds }) {
    const rows = await countCommunicationSessions(manager, { fromYear, toYear, unitIds, taskIds: [task.id] });
    const perUnit = new Map<string, number>();
    for (const row of rows) perUnit.set(row.administrativeUnitId, (perUnit.get(row.administrativeUnitId) ?? 0) + row.events);
    return { value: rows.length === 0 ? null : rows.reduce((sum, r) => sum + r.events, 0), perUnit };
  },
};

/** Pilots of one level for the task, started by the end of `toYear`, not cancelled or deleted, per unit and crop. */
async function pilotsOfTask(request: MeasureRequest, level: 'PROVINCIAL' | 'COMMUNE'): Promise<{ unit: string; crop: string; n: number }[]> {
  return request.manager.query(
    `SELECT administrative_unit_id AS unit, crop, count(*)::int AS n FROM pilot_model
      WHERE level = $1 AND task_id = $2 AND status <> 'CANCELLED' AND deleted_at IS NULL AND start_date <= make_date($3, 12, 31)
        AND ($4::uuid[] IS NULL OR administrative_unit_id = ANY($4))
      GROUP BY 1, 2`,
    [level, request.task.id, request.toYear, level === 'PROVINCIAL' ? null : request.unitIds],
  );
}

/** The crops IV.1 names: "trên mía và cà phê", one provincial pilot on each. */
const PILOT_CROPS = [
  { key: 'SUGARCANE', label: 'Provincial pilots on sugarcane' },
  { key: 'COFFEE', label: 'Provincial pilots on coffee' },
];

/** IV.1: each named crop counts up to its own share of the goal, so two coffee pilots do not make up for no sugarcane one. */
const provincialPilots: MetricMeasure = {
  source: 'RECORDS',
  describe:
    'PROVINCIAL pilot models of the task on sugarcane and on coffee, started by the end of the year, not cancelled; ' +
    'each crop counts up to its share of the goal (pilotModels)',
  async measure(request) {
    const rows = await pilotsOfTask(request, 'PROVINCIAL');
    const perCrop = thresholdOf(request.target) === null ? 1 : thresholdOf(request.target)! / PILOT_CROPS.length;
    const parts = PILOT_CROPS.map((crop) => ({ ...crop, goal: perCrop, value: rows.filter((r) => r.crop === crop.key).reduce((sum, r) => sum + r.n, 0) }));
    return { value: parts.reduce((sum, p) => sum + Math.min(p.value, perCrop), 0), parts };
  },
};

/** IV.2: at least one pilot in every commune or ward. */
const communePilots: MetricMeasure = {
  source: 'RECORDS',
  describe: 'COMMUNE pilot models of the task per commune or ward, started by the end of the year, not cancelled (pilotModels)',
  async measure(request) {
    const perUnit = new Map<string, number>();
    for (const row of await pilotsOfTask(request, 'COMMUNE')) perUnit.set(row.unit, (perUnit.get(row.unit) ?? 0) + row.n);
    return { value: [...perUnit.values()].reduce((sum, n) => sum + n, 0), perUnit };
  },
};

export const FIELD_RECORD_MEASURES: Record<string, MetricMeasure> = {
  FARMERS_TRAINED: farmersTrained,
  COMMUNICATION_SESSIONS: communicationSessions,
  PROVINCIAL_PILOT_MODELS: provincialPilots,
  COMMUNE_PILOT_MODELS: communePilots,
};
