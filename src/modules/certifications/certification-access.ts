import { AccessRule } from '../../core/auth/access';
import { ReferenceRule, unitReadable, unitWritable } from '../../core/auth/references';
import { Role } from '../../core/auth/roles';
import { draftReadableUnits } from '../../core/auth/unit-scope';
import { RequestContext } from '../../core/context';
import { Certification } from './certification.entity';
import { ONCE_GRANTED } from './certification.enums';

/** Granted labels and certifications are public (buyers check them); applications are seen by the holder's communes and the province. */
export const CERTIFICATION_READERS: AccessRule = { public: true };

/** Who applies; the service then limits each to holders whose every commune is in their scope. */
export const CERTIFICATION_APPLICANTS: AccessRule = {
  roles: [Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER],
  scopes: ['certifications:write'],
};

/**
 * Who decides: the province. Users are not linked to organisations, so an officer of a certification
 * body cannot be told apart from other users yet; until such a link exists only province officers
 * (and ADMIN) decide, and the certification body is recorded on the certification.
 */
export const CERTIFICATION_DECIDERS: AccessRule = { roles: [Role.PROVINCE_OFFICER] };

/** Eligibility explains records of the holder's communes: signed-in officers and keys granted certifications. */
export const ELIGIBILITY_READERS: AccessRule = {
  roles: [Role.PROVINCE_OFFICER, Role.AGENCY_OFFICER, Role.COMMUNE_OFFICER, Role.VERIFIER, Role.VIEWER],
  scopes: ['certifications:read'],
};

/** Whether the caller sees applications (not yet or never granted) of every unit. */
export const readsAllApplications = (ctx: RequestContext) => draftReadableUnits(ctx.principal) === 'ALL';

export const mayReadCertification = (ctx: RequestContext, certification: Certification) =>
  ONCE_GRANTED.includes(certification.status) || certification.administrativeUnitIds.some((unitId) => unitReadable(ctx, unitId));

/** Certifications as references: changing one's status is the province's (the decision checks its own rule). */
export const CERTIFICATIONS: ReferenceRule<Certification> = {
  type: 'Certification',
  entity: Certification,
  unitOf: (certification) => certification.administrativeUnitIds[0],
  canRead: (ctx, certification) => mayReadCertification(ctx, certification),
  canWrite: (ctx, certification) => certification.administrativeUnitIds.every((unitId) => unitWritable(ctx, unitId)),
  deletedAt: (certification) => certification.deletedAt,
};
