import { AccessRule } from '../../core/auth/access';
import { Role } from '../../core/auth/roles';

/** Plans, conversions, reviews and integrations are public administration, not personal data: every officer, verifier and viewer reads them. */
export const CROP_PLANNING_READERS: AccessRule = {
  roles: [Role.PROVINCE_OFFICER, Role.AGENCY_OFFICER, Role.COMMUNE_OFFICER, Role.VERIFIER, Role.VIEWER],
  scopes: ['crop-planning:read'],
};

/** Writers; the services then limit each to the units in its scope, and agency officers to the tasks their agency leads. */
export const CROP_PLANNING_WRITERS: AccessRule = {
  roles: [Role.PROVINCE_OFFICER, Role.AGENCY_OFFICER, Role.COMMUNE_OFFICER],
  scopes: ['crop-planning:write'],
};

/**
 * The comparison sets plans against ACTUAL activity records (farm data, never public): it is read
 * by those who read activity records, for the units whose records they see.
 */
export const COMPARISON_READERS: AccessRule = {
  roles: [Role.PROVINCE_OFFICER, Role.AGENCY_OFFICER, Role.COMMUNE_OFFICER, Role.VERIFIER],
  scopes: ['activity:read'],
};
