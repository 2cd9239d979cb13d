import { AccessRule } from '../../../core/auth/access';
import { ReferenceRule } from '../../../core/auth/references';
import { Role } from '../../../core/auth/roles';
import { OcopProduct } from './ocop-product.entity';

/** The OCOP register is public: which products of which communes carry stars. */
export const OCOP_READERS: AccessRule = { public: true };

/** Writers; the service then limits each to products of the communes in their scope. */
export const OCOP_WRITERS: AccessRule = {
  roles: [Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER],
  scopes: ['ocop:write'],
};

export const OCOP_PRODUCTS: ReferenceRule<OcopProduct> = {
  type: 'OcopProduct',
  entity: OcopProduct,
  unitOf: (product) => product.administrativeUnitId,
  canRead: () => true,
  deletedAt: (product) => product.deletedAt,
};
