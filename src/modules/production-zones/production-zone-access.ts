import { DataSource, EntityManager } from 'typeorm';
import { AccessRule } from '../../core/auth/access';
import { RegisterUnit, RegisterWrite } from '../../core/auth/register-writers';
import { ReferenceRule, unitWritable } from '../../core/auth/references';
import { Role } from '../../core/auth/roles';
import { AgencyRole, Task, agencyHasTaskRole } from '../plan';
import { ProductionZone } from './production-zone.entity';

/** The plan task this register serves: the communes' and wards' People's Committees lead it. */
export const ZONE_TASK = 'VI.1';

/** Production zones are public: where the province's concentrated production is. */
export const ZONE_READERS: AccessRule = { public: true };

/** Writers; the service then limits each to zones whose every commune is in their scope (agency officers: lead agencies of VI.1). */
export const ZONE_WRITERS: AccessRule = {
  roles: [Role.PROVINCE_OFFICER, Role.AGENCY_OFFICER, Role.COMMUNE_OFFICER],
  scopes: ['production-zones:write'],
};

/** Zones as references: everyone sees them; changing one needs every commune it spans. */
export const PRODUCTION_ZONES: ReferenceRule<ProductionZone> = {
  type: 'ProductionZone',
  entity: ProductionZone,
  unitOf: (zone) => zone.administrativeUnitIds[0],
  canRead: () => true,
  canWrite: (ctx, zone) => zone.administrativeUnitIds.every((unitId) => unitWritable(ctx, unitId)),
  deletedAt: (zone) => zone.deletedAt,
};

/** The register write rule of VI.1 for the given communes. */
export function zoneWrite(db: DataSource | EntityManager, units: readonly RegisterUnit[], field: string): RegisterWrite {
  return {
    task: {
      code: ZONE_TASK,
      leads: async (agencyId) => {
        const task = await db.getRepository(Task).findOneBy({ code: ZONE_TASK });
        return task !== null && (await agencyHasTaskRole(db, agencyId, task.id, AgencyRole.LEAD));
      },
    },
    units,
    field,
  };
}
