import { EntityManager } from 'typeorm';

/** VI.5: live OCOP products whose rating decision falls in the years. */
export async function countOcopProductsRated(manager: EntityManager, window: { fromYear: number; toYear: number }): Promise<number> {
  const [row]: { n: number }[] = await manager.query(`SELECT count(*)::int AS n FROM ocop_product WHERE deleted_at IS NULL AND year_rated BETWEEN $1 AND $2`, [
    window.fromYear,
    window.toYear,
  ]);
  return row.n;
}
