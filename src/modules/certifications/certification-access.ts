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
 * Who decides: the province, or an officer of the certification body named on the certification
 * (CERTIFICATION_BODY_OFFICER, linked to that body); the service checks the body (isBodyOfficerOf).
 */
export const CERTIFICATION_DECIDERS: AccessRule = { roles: [Role.PROVINCE_OFFICER, Role.CERTIFICATION_BODY_OFFICER] };

/** The certification body a CERTIFICATION_BODY_OFFICER acts for; null for every other caller. */
export const bodyOfCaller = (ctx: RequestContext): string | null =>
  ctx.principal.kind === 'USER' && ctx.principal.role === Role.CERTIFICATION_BODY_OFFICER ? ctx.principal.organisationId : null;

/** Whether the caller is an officer of the certification body that reviews this certification. */
export const isBodyOfficerOf = (ctx: RequestContext, certification: Certification): boolean => {
  const body = bodyOfCaller(ctx);
  return body !== null && certification.certificationBodyId === body;
};

/** Eligibility explains records of the holder's communes: signed-in officers and keys granted certifications. */
export const ELIGIBILITY_READERS: AccessRule = {
  roles: [Role.PROVINCE_OFFICER, Role.AGENCY_OFFICER, Role.COMMUNE_OFFICER, Role.VERIFIER, Role.VIEWER],
  scopes: ['certifications:read'],
};

/** Whether the caller sees applications (not yet or never granted) of every unit. */
export const readsAllApplications = (ctx: RequestContext) => draftReadableUnits(ctx.principal) === 'ALL';

export const mayReadCertification = (ctx: RequestContext, certification: Certification) =>
  ONCE_GRANTED.includes(certification.status) ||
  isBodyOfficerOf(ctx, certification) ||
  certification.administrativeUnitIds.some((unitId) => unitReadable(ctx, unitId));

/** Certifications as references: changing one's status is the province's or its certification body's officers'. */
export const CERTIFICATIONS: ReferenceRule<Certification> = {
  type: 'Certification',
  entity: Certification,
  unitOf: (certification) => certification.administrativeUnitIds[0],
  canRead: (ctx, certification) => mayReadCertification(ctx, certification),
  canWrite: (ctx, certification) => isBodyOfficerOf(ctx, certification) || certification.administrativeUnitIds.every((unitId) => unitWritable(ctx, unitId)),
  deletedAt: (certification) => certification.deletedAt,
};
