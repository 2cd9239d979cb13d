import { AccessRule } from '../../core/auth/access';
import { Role } from '../../core/auth/roles';
import { registerRule } from '../field-records';
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
