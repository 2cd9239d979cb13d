import { RequestContext } from '../context';
import { ForbiddenError } from '../errors/app-errors';
import { Role } from './roles';
import { OUT_OF_SCOPE, assertCanWriteForUnit, writableUnits } from './unit-scope';

/** A unit a register record is for; `field` names the input that chose it. */
export interface RegisterUnit {
  id: string;
  name: string;
  field: string;
}

export interface RegisterWrite {
  /**
   * The plan task whose register this is, when the plan names lead agencies for it: an agency
   * officer then writes only when their agency leads it (`leads`, from the plan module).
   */
  task?: { code: string; leads(agencyId: string): Promise<boolean> };
  /** The units the record is for; none for a province-level record (then a province-wide scope is needed). */
  units: readonly RegisterUnit[];
  /** The input field a province-level refusal names. */
  field: string;
}

/**
 * The service-level check behind every register write, after the operation's access declaration:
 * province roles write everything; an agency officer only the registers of tasks their agency leads
 * (when the register belongs to a task); everyone only for the units in their scope, and a
 * province-level record needs a province-wide scope.
 */
export async function assertMayWriteRegister(ctx: RequestContext, write: RegisterWrite): Promise<void> {
  const { principal } = ctx;
  if (principal.kind === 'USER' && (principal.role === Role.ADMIN || principal.role === Role.PROVINCE_OFFICER)) return;
  if (principal.kind === 'USER' && principal.role === Role.AGENCY_OFFICER && write.task) {
    if (!principal.agencyId || !(await write.task.leads(principal.agencyId))) {
      throw new ForbiddenError(`Only officers of the lead agencies of task ${write.task.code} may write this register`, 'NOT_LEAD_AGENCY', {
        field: write.field,
      });
    }
  }
  if (write.units.length === 0) {
    if (writableUnits(principal) !== 'ALL') throw new ForbiddenError('This register is written at the province level', OUT_OF_SCOPE, { field: write.field });
    return;
  }
  for (const unit of write.units) assertCanWriteForUnit(ctx, unit.id, unit.name, unit.field);
}
