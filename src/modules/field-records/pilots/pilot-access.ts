import { AccessRule, isAllowed } from '../../../core/auth/access';
import { ReferenceRule } from '../../../core/auth/references';
import { Role } from '../../../core/auth/roles';
import { PilotModel } from './pilot-model.entity';
import { PilotLevel } from './pilot-model.enums';

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

/** Pilots as references: whoever may read pilots sees every unit's; changing one needs its unit. */
export const PILOT_MODELS: ReferenceRule<PilotModel> = {
  type: 'PilotModel',
  entity: PilotModel,
  unitOf: (pilot) => pilot.administrativeUnitId,
  canRead: (ctx) => isAllowed(PILOT_READERS, ctx.principal),
  deletedAt: (pilot) => pilot.deletedAt,
};

/**
 * A commune pilot's reduction is published as its commune's result, so it is computed from that
 * commune's activity records only; a provincial pilot (written province-wide) may draw on any commune's.
 */
export function mayUseRecord(pilot: Pick<PilotModel, 'level' | 'administrativeUnitId'>, record: { administrativeUnitId: string }): boolean {
  return pilot.level === PilotLevel.PROVINCIAL || record.administrativeUnitId === pilot.administrativeUnitId;
}
