import { AccessRule, PUBLIC, isAllowed } from '../../core/auth/access';
import { RequestContext } from '../../core/context';
import { ForbiddenError } from '../../core/errors/app-errors';
import { ReferenceRule, unitWritable } from '../../core/auth/references';
import { OUT_OF_SCOPE } from '../../core/auth/unit-scope';
import { Role } from '../../core/auth/roles';
import { ProductLot } from './product-lot.entity';

/** Lots are not personal data: officers, verifiers and viewers read them all. */
export const LOT_READERS: AccessRule = {
  roles: [Role.PROVINCE_OFFICER, Role.AGENCY_OFFICER, Role.COMMUNE_OFFICER, Role.VERIFIER, Role.VIEWER],
  scopes: ['lots:read'],
};

/** Writers; the service then limits each to the communes in its scope (partner keys: the communes they are bound to). */
export const LOT_WRITERS: AccessRule = {
  roles: [Role.PROVINCE_OFFICER, Role.AGENCY_OFFICER, Role.COMMUNE_OFFICER],
  scopes: ['lots:write'],
};

/** What a buyer or consumer scanning the QR code sees: no login. */
export const LOT_VERIFIERS: AccessRule = PUBLIC;

/** Lots as references: whoever reads lots sees every commune's; changing one needs its commune. */
export const PRODUCT_LOTS: ReferenceRule<ProductLot> = {
  type: 'ProductLot',
  entity: ProductLot,
  unitOf: (lot) => lot.administrativeUnitId,
  canRead: (ctx) => isAllowed(LOT_READERS, ctx.principal),
  canWrite: (ctx, lot) => unitWritable(ctx, lot.administrativeUnitId) && mayWriteForOrganisation(ctx, lot.organisationId),
  deletedAt: (lot) => lot.deletedAt,
};

/**
 * Lots are written by an organisation's own staff through keys bound to its communes (as the activity
 * import asks of partner keys): a key bound to no commune in particular writes no lot.
 */
export function assertKeyBound(ctx: RequestContext): void {
  if (ctx.principal.kind === 'API_KEY' && ctx.principal.unitScope === 'ALL') {
    throw new ForbiddenError('A partner key must be bound to the communes it writes lots for', 'UNIT_BINDING_REQUIRED');
  }
}

/** The organisation a key of an organisation's own staff is bound to; null for every other caller. */
const keyOrganisation = (ctx: RequestContext) => (ctx.principal.kind === 'API_KEY' ? ctx.principal.organisationId : null);

/** Whether the caller may write lots of this organisation: a key bound to an organisation writes that organisation's lots only. */
export function mayWriteForOrganisation(ctx: RequestContext, organisationId: string): boolean {
  const own = keyOrganisation(ctx);
  return own === null || own === organisationId;
}

/** Refuses a lot of another organisation to a key bound to one (FORBIDDEN, OUT_OF_SCOPE, on `field`), before anything is written. */
export function assertMayWriteForOrganisation(ctx: RequestContext, organisationId: string, field: string): void {
  if (!mayWriteForOrganisation(ctx, organisationId)) {
    throw new ForbiddenError("This key writes only its own organisation's lots", OUT_OF_SCOPE, { field });
  }
}
