import { EntityManager } from 'typeorm';
import { toGlobalId } from '../../../core/relay/global-id';
import { INFRASTRUCTURE_READERS } from '../infrastructure-access';
import { BUDGET_LINE_TYPE } from './infrastructure-work.entity';
import type { WorkReportRow } from '../../progress/ports';

/** Live works completed in the years, and those not completed yet, with their commune or ward: one statement. */
async function workRows(manager: EntityManager, period: { fromYear: number; toYear: number }): Promise<WorkReportRow[]> {
  const rows = await manager.query<(Omit<WorkReportRow, 'areaServedHa' | 'investmentVnd'> & { areaServedHa: string; investmentVnd: string })[]>(
    `SELECT w.id, u.code AS "unitCode", u.name AS "unitName", w.kind::text AS kind, w.name, w.status::text AS status,
            to_char(w.completed_on, 'YYYY-MM-DD') AS "completedOn", w.area_served_ha::text AS "areaServedHa",
            w.enables_alternate_wetting_drying AS "enablesAlternateWettingDrying", w.investment_vnd::text AS "investmentVnd",
            w.budget_line_id AS "budgetLineId"
       FROM infrastructure_work w JOIN administrative_unit u ON u.id = w.administrative_unit_id
      WHERE w.deleted_at IS NULL
        AND (w.status <> 'COMPLETED' OR w.completed_on BETWEEN make_date($1, 1, 1) AND make_date($2, 12, 31))
      ORDER BY w.status = 'COMPLETED' DESC, w.completed_on, u.code, w.name, w.id`,
    [period.fromYear, period.toYear],
  );
  return rows.map((r) => ({
    ...r,
    id: toGlobalId('InfrastructureWork', r.id),
    areaServedHa: Number(r.areaServedHa),
    investmentVnd: Number(r.investmentVnd),
    budgetLineId: r.budgetLineId ? toGlobalId(BUDGET_LINE_TYPE, r.budgetLineId) : null,
  }));
}

/** The works' sheet of the plan reports (wired into the progress module by src/app). */
export const worksReportSheet = { readers: INFRASTRUCTURE_READERS, rows: workRows };
