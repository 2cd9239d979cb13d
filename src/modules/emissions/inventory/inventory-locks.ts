import { EntityManager } from 'typeorm';
import { CURRENT_STATUSES, LOCKING_STATUSES } from './inventory-status';

/**
 * `unitId/year` of every locked inventory among these units. Every current inventory row is read
 * FOR SHARE, so a concurrent submit (which updates that row) waits until this write has committed and
 * then finds its inputs changed; records never change under a submitted inventory.
 */
export async function lockedUnitYears(manager: EntityManager, unitIds: string[]): Promise<Set<string>> {
  if (unitIds.length === 0) return new Set();
  const rows: { administrative_unit_id: string; year: number; status: string }[] = await manager.query(
    `SELECT administrative_unit_id, year, status FROM emission_inventory
      WHERE administrative_unit_id = ANY($1) AND status = ANY($2) FOR SHARE`,
    [unitIds, CURRENT_STATUSES],
  );
  return new Set(rows.filter((r) => (LOCKING_STATUSES as string[]).includes(r.status)).map((r) => `${r.administrative_unit_id}/${r.year}`));
}
