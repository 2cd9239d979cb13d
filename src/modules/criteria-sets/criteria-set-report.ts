import { EntityManager } from 'typeorm';
import { toGlobalId } from '../../core/relay/global-id';
import { CRITERIA_READERS } from './criteria-set-access';
import type { CriteriaSetReportRow } from '../progress/ports';

/**
 * Sets adopted by a decision dated by the end of the years (what target LOW_EMISSION_CRITERIA_SETS
 * counts), in force or superseded then; drafts never (they are not public). One statement.
 */
async function criteriaSetRows(manager: EntityManager, period: { fromYear: number; toYear: number }): Promise<CriteriaSetReportRow[]> {
  const rows = await manager.query<CriteriaSetReportRow[]>(
    `SELECT c.id, c.crop, c.set_version AS "setVersion", c.title, c.decision_number AS "decisionNumber",
            to_char(c.decision_date, 'YYYY-MM-DD') AS "decisionDate", c.decision_body AS "decisionBody",
            CASE WHEN c.superseded_on <= make_date($1, 12, 31) THEN 'SUPERSEDED' ELSE 'ADOPTED' END AS "statusAtEnd",
            CASE WHEN c.superseded_on <= make_date($1, 12, 31) THEN to_char(c.superseded_on, 'YYYY-MM-DD') END AS "supersededOn",
            c.required_practices::text[] AS "requiredPractices",
            ARRAY(SELECT (t->>'metric') || ': ' || (t->>'value') || ' ' || (t->>'unit') FROM jsonb_array_elements(c.thresholds) t) AS thresholds
       FROM criteria_set c
      WHERE c.deleted_at IS NULL AND c.status IN ('ADOPTED', 'SUPERSEDED') AND c.decision_date <= make_date($1, 12, 31)
      ORDER BY c.crop, c.set_version`,
    [period.toYear],
  );
  return rows.map((r) => ({ ...r, id: toGlobalId('CriteriaSet', r.id) }));
}

/** The criteria sets' sheet of the plan reports (wired into the progress module by src/app). */
export const criteriaSetReportSheet = { readers: CRITERIA_READERS, rows: criteriaSetRows };
