import { AccessRule } from '../../../core/auth/access';
import { Role } from '../../../core/auth/roles';

/** Courses are province-wide: written by province-wide officers and keys (the service checks the scope). */
export const COURSE_WRITERS: AccessRule = { roles: [Role.PROVINCE_OFFICER, Role.AGENCY_OFFICER], scopes: ['courses:write'] };

/** Farmer accounts and enrolments are personal data: officers see their units', farmers their own. */
export const FARMER_RECORD_READERS: AccessRule = {
  roles: [Role.PROVINCE_OFFICER, Role.AGENCY_OFFICER, Role.COMMUNE_OFFICER, Role.VERIFIER, Role.FARMER],
  scopes: ['courses:read'],
};

export const FARMER_RECORD_WRITERS: AccessRule = {
  roles: [Role.PROVINCE_OFFICER, Role.AGENCY_OFFICER, Role.COMMUNE_OFFICER, Role.FARMER],
  scopes: ['courses:write'],
};
