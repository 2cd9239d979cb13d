import { DataSource, EntityManager } from 'typeorm';
import { BadUserInputError } from '../../../core/errors/app-errors';
import { Agency } from '../../agencies';
import { AdministrativeUnit, AdministrativeUnitKind, LOCAL_UNIT_KINDS } from '../../geography';
import { Task } from '../../plan';

/**
 * Lookups of the codes field records refer to; an unknown code is a BAD_USER_INPUT on its field.
 * Units, tasks and agencies are the public catalogue: any caller may cite any of them (a pilot hosted
 * by another commune's People's Committee, a follow-up for any commune). The unit a record is written
 * *for* is checked apart (assertCanWriteForUnit); IDs of unit-owned records go through core/auth/references.
 */

type Db = DataSource | EntityManager;

const LOCAL_KINDS = LOCAL_UNIT_KINDS;

export async function unitByCode(
  db: Db,
  code: string,
  field: string,
  kinds: AdministrativeUnitKind[] = Object.values(AdministrativeUnitKind),
): Promise<AdministrativeUnit> {
  const unit = await db.getRepository(AdministrativeUnit).findOneBy({ code: code.trim() });
  if (!unit || !kinds.includes(unit.kind)) {
    const what = kinds.every((k) => LOCAL_KINDS.includes(k)) ? 'commune or ward' : 'administrative unit';
    throw new BadUserInputError(`No ${what} has code ${code}`, field, 'UNKNOWN_UNIT');
  }
  return unit;
}

export const communeByCode = (db: Db, code: string, field: string) => unitByCode(db, code, field, LOCAL_KINDS);

/** The province whose records are province-wide (there is one today; a national deployment passes a code). */
export async function provinceUnit(db: Db, code: string | null | undefined, field: string): Promise<AdministrativeUnit> {
  if (code) return unitByCode(db, code, field, [AdministrativeUnitKind.PROVINCE]);
  const [province] = await db.getRepository(AdministrativeUnit).find({ where: { kind: AdministrativeUnitKind.PROVINCE }, order: { code: 'ASC' }, take: 1 });
  if (!province) throw new BadUserInputError('No province is loaded', field, 'UNKNOWN_UNIT');
  return province;
}

/** A plan task by code; `allowed` narrows the tasks a record type may serve. */
export async function taskByCode(db: Db, code: string, field: string, allowed?: readonly string[]): Promise<Task> {
  const wanted = code.trim().toUpperCase();
  if (allowed && !allowed.includes(wanted)) {
    throw new BadUserInputError(`${field} must be one of ${allowed.join(', ')}`, field, 'TASK_NOT_ALLOWED');
  }
  const task = await db.getRepository(Task).findOneBy({ code: wanted });
  if (!task) throw new BadUserInputError(`No plan task has code ${code}`, field, 'UNKNOWN_TASK');
  return task;
}

export async function agencyByCode(db: Db, code: string, field: string): Promise<Agency> {
  const agency = await db.getRepository(Agency).findOneBy({ code: code.trim() });
  if (!agency) throw new BadUserInputError(`No agency has code ${code}`, field, 'UNKNOWN_AGENCY');
  return agency;
}
