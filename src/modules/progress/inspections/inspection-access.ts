import { AccessRule } from '../../../core/auth/access';
import { Role } from '../../../core/auth/roles';
import { RequestContext } from '../../../core/context';
import { ForbiddenError } from '../../../core/errors/app-errors';

/** Officers, verifiers and viewers read inspections; keys need inspections:read. */
export const INSPECTION_READERS: AccessRule = {
  roles: [Role.PROVINCE_OFFICER, Role.AGENCY_OFFICER, Role.COMMUNE_OFFICER, Role.VERIFIER, Role.VIEWER],
  scopes: ['inspections:read'],
};

/** Who may try; the checks below then narrow agency officers to their agency's inspections. */
export const INSPECTION_WRITERS: AccessRule = {
  roles: [Role.PROVINCE_OFFICER, Role.AGENCY_OFFICER],
  scopes: ['inspections:write'],
};

/**
 * Inspections are province-level records: province roles write any; an agency officer those their
 * agency made, or (for a follow-up) is responsible for; a key only with a province-wide unit scope.
 */
export function assertMayWriteInspection(ctx: RequestContext, agencyIds: (string | null)[]): void {
  const { principal } = ctx;
  if (principal.kind === 'USER') {
    if (principal.role === Role.ADMIN || principal.role === Role.PROVINCE_OFFICER) return;
    if (principal.role === Role.AGENCY_OFFICER && principal.agencyId && agencyIds.includes(principal.agencyId)) return;
    throw new ForbiddenError('Agency officers write only the inspections their own agency made or must follow up');
  }
  if (principal.kind === 'API_KEY' && principal.unitScope === 'ALL') return;
  throw new ForbiddenError('Inspections are written with a province-wide key only');
}
