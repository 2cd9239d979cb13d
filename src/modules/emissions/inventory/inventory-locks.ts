import { createHash } from 'node:crypto';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { ConflictError } from '../../../core/errors/app-errors';
import { LOCKING_STATUSES } from './inventory-status';

/** One unit's inventory for one year, and the activity records it counts. */
export interface UnitYear {
  unitId: string;
  year: number;
}

export const unitYearKey = ({ unitId, year }: UnitYear) => `${unitId}/${year}`;

/** The advisory lock id of a unit-year: 64 bits of a hash, in a namespace of its own. */
function lockId(unitYear: UnitYear): bigint {
  const digest = createHash('sha256')
    .update(`emission_inventory:${unitYearKey(unitYear)}`)
    .digest();
  return digest.readBigInt64BE(0);
}

/**
 * Takes the lock of each unit-year until the transaction ends. Every write to an inventory's status
 * (calculate, submit, verify, return, reopen) and every write to activity records (import, withdraw)
 * takes the locks of the unit-years it touches, so a submit and an import of the same unit and year
 * run one after the other, never interleaved.
 *
 * Order: a write may need several locks (an import spans units and years), so every writer takes
 * them in ascending lock id, deduplicated; two writers then never each hold a lock the other waits for.
 * Sorting by the id itself (not by unit or year) keeps the order consistent even when two unit-years
 * share an id. Under READ COMMITTED each later statement of the transaction sees every write that
 * committed before the lock was granted: reads that decide anything must come after this call.
 */
export async function lockUnitYears(manager: EntityManager, unitYears: UnitYear[]): Promise<void> {
  const ids = [...new Set(unitYears.map(lockId))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (ids.length === 0) return;
  // One statement: the function scan yields the array in order (ORDER BY its ordinality needs no
  // sort, and would put one before the locks if it did), taking each lock as its row comes.
  await manager.query('SELECT pg_advisory_xact_lock(k) FROM unnest($1::bigint[]) WITH ORDINALITY AS t(k, i) ORDER BY i', [ids.map(String)]);
}

/** The records of one scenario of a unit-year: those its inventory of that scenario counts. */
export const lockedInputKey = ({ unitId, year, scenario }: UnitYear & { scenario: string }) => `${unitId}/${year}/${scenario}`;

/**
 * Locks these unit-years (one lock covers both scenarios), then returns the keys (`lockedInputKey`) of
 * the unit-year-scenarios whose current inventory is submitted or verified: their records refuse changes.
 * A verified BASELINE locks the BASELINE records only, so the year's ACTUAL records stay open, and the
 * other way round. Read under the locks, so it stays true until commit.
 */
export async function lockInventoryInputs(manager: EntityManager, unitYears: UnitYear[]): Promise<Set<string>> {
  if (unitYears.length === 0) return new Set();
  await lockUnitYears(manager, unitYears);
  const rows: { administrative_unit_id: string; year: number; scenario: string }[] = await manager.query(
    `SELECT DISTINCT i.administrative_unit_id, i.year, i.scenario FROM emission_inventory i
       JOIN unnest($1::uuid[], $2::int[]) AS k(unit_id, year) ON k.unit_id = i.administrative_unit_id AND k.year = i.year
      WHERE i.status = ANY($3)`,
    [unitYears.map((u) => u.unitId), unitYears.map((u) => u.year), LOCKING_STATUSES],
  );
  return new Set(rows.map((r) => lockedInputKey({ unitId: r.administrative_unit_id, year: r.year, scenario: r.scenario })));
}

/**
 * A record changed unit-year between the read that chose the locks and the read under them (a
 * concurrent import moved it): the transaction is rolled back and run again with the right locks.
 */
export class UnitYearsMoved extends Error {
  constructor() {
    super('An activity record moved to another year while its locks were taken');
  }
}

const MAX_ATTEMPTS = 3;

/** A concurrent import created the same (unit, externalId) under another year's lock. */
const isRecordKeyTaken = (error: unknown) =>
  error instanceof QueryFailedError &&
  (error.driverError as { code?: string; table?: string }).code === '23505' &&
  (error.driverError as { table?: string }).table === 'activity_record';

/**
 * Runs a write to activity records in a transaction, again from the start when a concurrent write
 * made the locks it took the wrong ones (see UnitYearsMoved); a second attempt sees that write.
 */
export async function recordWriteTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await dataSource.transaction(work);
    } catch (error) {
      if (!(error instanceof UnitYearsMoved) && !isRecordKeyTaken(error)) throw error;
      if (attempt >= MAX_ATTEMPTS) throw new ConflictError('The same records were being written at the same time; send the request again', 'CONCURRENT_WRITE');
    }
  }
}
