import { countCommunicationSessions, countTrainedFarmers } from '../../field-records';
import { MetricMeasure, Measurement } from './measure.types';

/** Null when no record exists at all (NO_DATA), else the sum. */
const total = (values: number[]): Measurement => ({ value: values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) });

/** III.5: farmers at TRAINING events plus farmers who completed an online course, each once a year. */
const farmersTrained: MetricMeasure = {
  source: 'RECORDS',
  describe: 'Farmers counted at TRAINING events plus distinct farmers who completed an online course that year (trainingEvents, courses; fieldRecordCounts)',
  async measure({ manager, fromYear, toYear, unitIds }) {
    return total((await countTrainedFarmers(manager, { fromYear, toYear, unitIds })).map((r) => r.total));
  },
};

/** I.3: communication sessions held. */
const communicationSessions: MetricMeasure = {
  source: 'RECORDS',
  describe: 'COMMUNICATION_SESSION events recorded in the year, all units (trainingEvents)',
  async measure({ manager, fromYear, toYear, unitIds }) {
    return total((await countCommunicationSessions(manager, { fromYear, toYear, unitIds })).map((r) => r.events));
  },
};

/** Pilots of one level started by the end of `toYear`, not cancelled or deleted, per unit. */
async function pilotsByUnit(request: Parameters<MetricMeasure['measure']>[0], level: 'PROVINCIAL' | 'COMMUNE'): Promise<Map<string, number>> {
  const rows: { unit: string; n: number }[] = await request.manager.query(
    `SELECT administrative_unit_id AS unit, count(*)::int AS n FROM pilot_model
      WHERE level = $1 AND status <> 'CANCELLED' AND deleted_at IS NULL AND start_date <= make_date($2, 12, 31)
        AND ($3::uuid[] IS NULL OR administrative_unit_id = ANY($3))
      GROUP BY 1`,
    [level, request.toYear, level === 'PROVINCIAL' ? null : request.unitIds],
  );
  return new Map(rows.map((r) => [r.unit, r.n]));
}

/** IV.1: the provincial pilot models (sugarcane and coffee). */
const provincialPilots: MetricMeasure = {
  source: 'RECORDS',
  describe: 'PROVINCIAL pilot models started by the end of the year, not cancelled (pilotModels)',
  async measure(request) {
    const byUnit = await pilotsByUnit(request, 'PROVINCIAL');
    return { value: [...byUnit.values()].reduce((sum, n) => sum + n, 0) };
  },
};

/** IV.2: at least one pilot in every commune or ward. */
const communePilots: MetricMeasure = {
  source: 'RECORDS',
  describe: 'COMMUNE pilot models per commune or ward started by the end of the year, not cancelled (pilotModels)',
  async measure(request) {
    const perUnit = await pilotsByUnit(request, 'COMMUNE');
    return { value: [...perUnit.values()].reduce((sum, n) => sum + n, 0), perUnit };
  },
};

export const FIELD_RECORD_MEASURES: Record<string, MetricMeasure> = {
  FARMERS_TRAINED: farmersTrained,
  COMMUNICATION_SESSIONS: communicationSessions,
  PROVINCIAL_PILOT_MODELS: provincialPilots,
  COMMUNE_PILOT_MODELS: communePilots,
};
