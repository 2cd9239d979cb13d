import { AccessRule } from '../../core/auth/access';
import { Role } from '../../core/auth/roles';

/** Public works: every officer, verifier and viewer reads them. */
export const INFRASTRUCTURE_READERS: AccessRule = {
  roles: [Role.PROVINCE_OFFICER, Role.AGENCY_OFFICER, Role.COMMUNE_OFFICER, Role.VERIFIER, Role.VIEWER],
  scopes: ['infrastructure:read'],
};

/** Writers; the service then limits each to the units in its scope, and agency officers to the lead agencies of III.1. */
export const INFRASTRUCTURE_WRITERS: AccessRule = {
  roles: [Role.PROVINCE_OFFICER, Role.AGENCY_OFFICER, Role.COMMUNE_OFFICER],
  scopes: ['infrastructure:write'],
};
