import { AccessRule } from '../../core/auth/access';
import { Role } from '../../core/auth/roles';
import { RequestContext } from '../../core/context';
import { ForbiddenError } from '../../core/errors/app-errors';
import { registerRule, taskByCode } from '../field-records';
import { AgencyRole, agencyHasTaskRole } from '../plan';
import { CarbonProject } from './carbon-project.entity';

/** Carbon projects are public administration: officials, verifiers, viewers and keys with carbon:read read them. */
export const CARBON_READERS: AccessRule = {
  roles: [Role.PROVINCE_OFFICER, Role.AGENCY_OFFICER, Role.COMMUNE_OFFICER, Role.VERIFIER, Role.VIEWER],
  scopes: ['carbon:read'],
};

/** Who may try; the writes narrow agency officers to the lead agencies of VI.4 (the Department of Agriculture and Environment). */
export const CARBON_WRITERS: AccessRule = { roles: [Role.PROVINCE_OFFICER, Role.AGENCY_OFFICER] };

/** Verifying a monitoring period's quantity: the province decides. */
export const CARBON_VERIFIERS: AccessRule = { roles: [Role.PROVINCE_OFFICER] };

export const CARBON_TASK = 'VI.4';

export const CARBON_PROJECTS = registerRule('CarbonProject', CarbonProject, CARBON_READERS);

/**
 * Agency officers write only when their agency leads the task (NOT_LEAD_AGENCY otherwise, like the
 * research register). Runs before the register writes, whose own check gives no reason.
 */
export async function assertLeadOfTask(ctx: RequestContext, code: string): Promise<void> {
  const { principal } = ctx;
  if (principal.kind !== 'USER' || principal.role !== Role.AGENCY_OFFICER) return;
  const task = await taskByCode(ctx.dataSource, code, 'input');
  if (!principal.agencyId || !(await agencyHasTaskRole(ctx.dataSource, principal.agencyId, task.id, AgencyRole.LEAD))) {
    throw new ForbiddenError(`Only officers of the lead agencies of task ${code} write this register`, 'NOT_LEAD_AGENCY', { field: 'input' });
  }
}
