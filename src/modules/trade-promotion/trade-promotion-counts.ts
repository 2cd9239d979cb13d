import { EntityManager } from 'typeorm';
import { ExportContractStatus } from './trade-promotion.enums';

interface Years {
  fromYear: number;
  toYear: number;
}

/** VI.3: live events that ended in the years and by `today` (an event still to come is not held yet). */
export async function countTradeEventsHeld(manager: EntityManager, window: Years, today: string): Promise<number> {
  const [row]: { n: number }[] = await manager.query(
    `SELECT count(*)::int AS n FROM trade_promotion_event
      WHERE deleted_at IS NULL AND end_date <= $3::date AND EXTRACT(YEAR FROM end_date)::int BETWEEN $1 AND $2`,
    [window.fromYear, window.toYear, today],
  );
  return row.n;
}

/** Statuses that count: signed contracts, delivering or done (drafts and cancelled ones do not). */
const COUNTED_CONTRACTS = [ExportContractStatus.SIGNED, ExportContractStatus.DELIVERING, ExportContractStatus.COMPLETED];

/** VI.3: live export contracts signed in the years, not cancelled. */
export async function countExportContractsSigned(manager: EntityManager, window: Years): Promise<number> {
  const [row]: { n: number }[] = await manager.query(
    `SELECT count(*)::int AS n FROM export_contract
      WHERE deleted_at IS NULL AND status::text = ANY($3) AND EXTRACT(YEAR FROM signed_date)::int BETWEEN $1 AND $2`,
    [window.fromYear, window.toYear, COUNTED_CONTRACTS],
  );
  return row.n;
}
