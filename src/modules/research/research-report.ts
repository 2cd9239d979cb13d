import { EntityManager } from 'typeorm';
import { toGlobalId } from '../../core/relay/global-id';
import { RESEARCH_READERS } from './research-access';
import { COUNTED_STUDY_STATUSES } from './research-study.service';
import type { StudyReportRow } from '../progress/ports';

/** Live studies running in some year of the period, whatever their status (`counted` says which the targets count). One statement. */
async function studyRows(manager: EntityManager, period: { fromYear: number; toYear: number }): Promise<StudyReportRow[]> {
  const rows = await manager.query<(Omit<StudyReportRow, 'budgetVnd'> & { budgetVnd: string | null })[]>(
    `SELECT s.id, s.kind::text AS kind, s.title, a.code AS "leadAgencyCode", s.start_year AS "startYear", s.end_year AS "endYear",
            s.status::text AS status, s.status::text = ANY($3) AS counted, s.budget_vnd::text AS "budgetVnd",
            cardinality(s.document_urls) AS documents
       FROM research_study s JOIN agency a ON a.id = s.lead_agency_id
      WHERE s.deleted_at IS NULL AND s.start_year <= $2 AND s.end_year >= $1
      ORDER BY s.kind, s.start_year, s.title, s.id`,
    [period.fromYear, period.toYear, COUNTED_STUDY_STATUSES],
  );
  return rows.map((r) => ({ ...r, id: toGlobalId('ResearchStudy', r.id), budgetVnd: r.budgetVnd === null ? null : Number(r.budgetVnd) }));
}

/** The studies' sheet of the plan reports (wired into the progress module by src/app). */
export const studyReportSheet = { readers: RESEARCH_READERS, rows: studyRows };
