import { DataSource, EntityManager } from 'typeorm';
import { Scenario } from './activity-record.entity';

/** What the ACTUAL activity records of one crop add up to, with the records counted (for traceability). */
export interface ActualCropArea {
  cropCode: string;
  /** Sown area: a crop grown in two seasons counts twice, as crop plans count it. */
  areaHa: number;
  recordCount: number;
  /** The records' ids, in id order, at most `maxIds` of them. */
  recordIds: string[];
}

/**
 * The area of the ACTUAL, not withdrawn, activity records of a year, per crop, in one statement:
 * the records of one unit and of the units below it (a commune: its own; the province: all its
 * communes), or of every unit when `unitId` is null.
 */
export async function actualAreaByCrop(db: DataSource | EntityManager, year: number, unitId: string | null, maxIds = 1000): Promise<ActualCropArea[]> {
  const rows = await db.query<{ crop_code: string; area: string; records: number; ids: string[] }[]>(
    `SELECT r.crop_code, sum(r.area_ha)::text AS area, count(*)::int AS records, (array_agg(r.id ORDER BY r.id))[1:$4] AS ids
       FROM activity_record r
      WHERE r.year = $1 AND r.scenario = $2 AND r.deleted_at IS NULL
        AND ($3::uuid IS NULL OR r.administrative_unit_id IN (SELECT u.id FROM administrative_unit u WHERE u.id = $3 OR u.parent_id = $3))
      GROUP BY r.crop_code`,
    [year, Scenario.ACTUAL, unitId, maxIds],
  );
  return rows.map((row) => ({ cropCode: row.crop_code, areaHa: Number(row.area), recordCount: row.records, recordIds: row.ids }));
}
