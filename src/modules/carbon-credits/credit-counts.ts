import { EntityManager } from 'typeorm';

/** VI.4: credits (whole t CO2e) issued in the years, by the day the registry issued them; live issuances only. */
export async function sumCreditsIssued(manager: EntityManager, window: { fromYear: number; toYear: number }): Promise<number> {
  const [row]: { n: string }[] = await manager.query(
    `SELECT COALESCE(sum(quantity), 0)::text AS n FROM credit_issuance
      WHERE deleted_at IS NULL AND EXTRACT(YEAR FROM issued_on)::int BETWEEN $1 AND $2`,
    [window.fromYear, window.toYear],
  );
  return Number(row.n);
}
