import { AccessRule, PUBLIC, isAllowed } from '../../core/auth/access';
import { ReferenceRule } from '../../core/auth/references';
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
  deletedAt: (lot) => lot.deletedAt,
};
