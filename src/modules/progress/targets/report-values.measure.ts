import { MetricMeasure, MeasureRequest, Measurement } from './measure.types';

/** Sums the values approved progress reports give for the target (for what no record can show). */
export async function reportedValue({ manager, task, target, fromYear, toYear, unitIds }: MeasureRequest): Promise<Measurement> {
  const rows: { id: string; value: string }[] = await manager.query(
    `SELECT r.id, (v->>'value') AS value
       FROM progress_report r, jsonb_array_elements(r.target_values) v
      WHERE r.task_id = $1 AND r.state = 'APPROVED' AND r.year BETWEEN $2 AND $3 AND v->>'metric' = $4
        AND ($5::uuid[] IS NULL OR r.administrative_unit_id = ANY($5))
      ORDER BY r.id`,
    [task.id, fromYear, toYear, target.metric, unitIds],
  );
  if (rows.length === 0) return { value: null, reportIds: [] };
  return { value: rows.reduce((sum, r) => sum + Number(r.value), 0), reportIds: rows.map((r) => r.id) };
}

export const fromReports = (describe: string): MetricMeasure => ({ source: 'PROGRESS_REPORTS', describe, measure: reportedValue });
