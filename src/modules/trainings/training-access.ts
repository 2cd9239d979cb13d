import { AccessRule } from '../../core/auth/access';
import { Role } from '../../core/auth/roles';

/** Events are public knowledge for every officer, verifier and viewer; attendance lists are narrower (see attendees). */
export const TRAINING_READERS: AccessRule = {
  roles: [Role.PROVINCE_OFFICER, Role.AGENCY_OFFICER, Role.COMMUNE_OFFICER, Role.VERIFIER, Role.VIEWER],
  scopes: ['trainings:read'],
};

/** Writers; the service then limits each to the units in its scope. */
export const TRAINING_WRITERS: AccessRule = {
  roles: [Role.PROVINCE_OFFICER, Role.AGENCY_OFFICER, Role.COMMUNE_OFFICER],
  scopes: ['trainings:write'],
};
