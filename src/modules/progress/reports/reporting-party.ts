import { EntityManager } from 'typeorm';
import { hasScope } from '../../../core/auth/scopes';
import { Principal } from '../../../core/auth/principal';
import { Role } from '../../../core/auth/roles';
import { scopeIncludes } from '../../../core/auth/unit-scope';
import { Agency, AgencyKind } from '../../agencies';

const PROVINCE_ROLES: Role[] = [Role.ADMIN, Role.PROVINCE_OFFICER];

export const isProvinceLevel = (principal: Principal): boolean => principal.kind === 'USER' && PROVINCE_ROLES.includes(principal.role);

/** Whether the caller may write reports in the name of this agency (a commune through its People's Committee). */
export function mayReportFor(principal: Principal, agency: Agency): boolean {
  if (isProvinceLevel(principal)) return true;
  if (principal.kind === 'USER') {
    if (principal.role === Role.AGENCY_OFFICER) return principal.agencyId === agency.id;
    if (principal.role === Role.COMMUNE_OFFICER) {
      return agency.kind === AgencyKind.PEOPLES_COMMITTEE && agency.administrativeUnitId === principal.administrativeUnitId;
    }
    return false;
  }
  if (principal.kind === 'API_KEY') {
    return (
      hasScope(principal.scopes, 'progress:write') &&
      agency.kind === AgencyKind.PEOPLES_COMMITTEE &&
      agency.administrativeUnitId !== null &&
      scopeIncludes(principal.unitScope, agency.administrativeUnitId)
    );
  }
  return false;
}

/** Agencies whose unsubmitted reports the caller may read: its own reporting agencies ('ALL' at the province). */
export async function readableReportingAgencies(manager: Pick<EntityManager, 'query'>, principal: Principal): Promise<'ALL' | string[]> {
  if (principal.kind === 'USER' && [...PROVINCE_ROLES, Role.VERIFIER].includes(principal.role)) return 'ALL';
  if (principal.kind === 'USER' && principal.role === Role.AGENCY_OFFICER) return principal.agencyId ? [principal.agencyId] : [];
  const units = principal.kind === 'ANONYMOUS' ? [] : principal.unitScope;
  if (units === 'ALL') return 'ALL';
  if (units.length === 0) return [];
  const rows: { id: string }[] = await manager.query(`SELECT id FROM agency WHERE kind = 'PEOPLES_COMMITTEE' AND administrative_unit_id = ANY($1)`, [units]);
  return rows.map((r) => r.id);
}
