import { EntityManager } from 'typeorm';

/**
 * VI.2's count for the plan reports: live lots registered from a harvest in the years (the day the
 * record was made, Vietnam time). Lots a split or merge made hold the same produce again, so they are not counted.
 */
export async function countLotsRegistered(manager: EntityManager, window: { fromYear: number; toYear: number }): Promise<number> {
  const [row]: { n: number }[] = await manager.query(
    `SELECT count(*)::int AS n FROM product_lot
      WHERE deleted_at IS NULL AND origin = 'HARVEST'
        AND EXTRACT(YEAR FROM created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::int BETWEEN $1 AND $2`,
    [window.fromYear, window.toYear],
  );
  return row.n;
}
