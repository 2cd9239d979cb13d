import { AccessRule } from '../../core/auth/access';
import { Role } from '../../core/auth/roles';

/** Pilot models are not personal data: every officer, verifier and viewer reads them. */
export const PILOT_READERS: AccessRule = {
  roles: [Role.PROVINCE_OFFICER, Role.AGENCY_OFFICER, Role.COMMUNE_OFFICER, Role.VERIFIER, Role.VIEWER],
  scopes: ['pilots:read'],
};

/** Writers; the service then limits each to the units in its scope. */
export const PILOT_WRITERS: AccessRule = {
  roles: [Role.PROVINCE_OFFICER, Role.AGENCY_OFFICER, Role.COMMUNE_OFFICER],
  scopes: ['pilots:write'],
};
