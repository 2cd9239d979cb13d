import { AccessRule, isAllowed } from '../../../core/auth/access';
import { ReferenceRule } from '../../../core/auth/references';
import { Role } from '../../../core/auth/roles';
import { TrainingEvent } from './training-event.entity';

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

/** Events as references: whoever reads events sees every unit's; changing one (or its attendance) needs its unit. */
export const TRAINING_EVENTS: ReferenceRule<TrainingEvent> = {
  type: 'TrainingEvent',
  entity: TrainingEvent,
  unitOf: (event) => event.administrativeUnitId,
  canRead: (ctx) => isAllowed(TRAINING_READERS, ctx.principal),
  deletedAt: (event) => event.deletedAt,
};
