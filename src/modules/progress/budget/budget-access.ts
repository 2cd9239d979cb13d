import { EntityManager } from 'typeorm';
import { AccessRule } from '../../../core/auth/access';
import { Role } from '../../../core/auth/roles';
import { OUT_OF_SCOPE, assertCanWriteForUnit, writableUnits } from '../../../core/auth/unit-scope';
import { RequestContext } from '../../../core/context';
import { ForbiddenError } from '../../../core/errors/app-errors';
import { agencyHasTaskRole, AgencyRole } from '../../plan';
/** Public spending: every signed-in user reads it; keys need budget:read. */
export const BUDGET_READERS: AccessRule = {
  roles: [Role.PROVINCE_OFFICER, Role.AGENCY_OFFICER, Role.COMMUNE_OFFICER, Role.VERIFIER, Role.VIEWER, Role.FARMER],
  scopes: ['budget:read'],
};

/** Who may try; assertMayWriteBudgetLine then narrows agency officers to their tasks and everyone to their units. */
export const BUDGET_WRITERS: AccessRule = {
  roles: [Role.PROVINCE_OFFICER, Role.AGENCY_OFFICER, Role.COMMUNE_OFFICER],
  scopes: ['budget:write'],
};

export interface BudgetLineOwner {
  taskId: string;
  taskCode: string;
  administrativeUnitId: string | null;
  unitLabel: string;
}

/** The input fields a refusal names: the task and the unit of a new line, or the line itself (`input.id`). */
export interface BudgetLineFields {
  task: string;
  unit: string;
}

/**
 * The service-level check behind every budget write. Province roles write every line; an agency
 * officer only lines of tasks their agency leads; a commune officer only its own unit's lines.
 * A provincial line (no unit) needs a province-wide unit scope, so a commune's People's Committee
 * leading a task through the "UBND các xã, phường" group still writes only its own commune's lines.
 */
export async function assertMayWriteBudgetLine(ctx: RequestContext, manager: EntityManager, owner: BudgetLineOwner, fields: BudgetLineFields): Promise<void> {
  const { principal } = ctx;
  if (principal.kind === 'USER' && (principal.role === Role.ADMIN || principal.role === Role.PROVINCE_OFFICER)) return;
  if (principal.kind === 'USER' && principal.role === Role.AGENCY_OFFICER) {
    if (!principal.agencyId || !(await agencyHasTaskRole(manager, principal.agencyId, owner.taskId, AgencyRole.LEAD))) {
      throw new ForbiddenError(`Only the lead agencies of task ${owner.taskCode} may write its budget lines`, undefined, { field: fields.task });
    }
  }
  if (owner.administrativeUnitId === null) {
    if (writableUnits(principal) !== 'ALL')
      throw new ForbiddenError('Provincial budget lines are written at the province level', OUT_OF_SCOPE, { field: fields.unit });
    return;
  }
  assertCanWriteForUnit(ctx, owner.administrativeUnitId, owner.unitLabel, fields.unit);
}
