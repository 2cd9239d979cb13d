import { DataSource, EntityManager } from 'typeorm';
import { AccessRule, isAllowed } from '../../core/auth/access';
import { ReferenceRule, resolveReference, resolveReferences } from '../../core/auth/references';
import { Role } from '../../core/auth/roles';
import { RequestContext } from '../../core/context';
import { Organisation } from './organisation.entity';

/** The register is public (who works with the plan); the contact person is not (see CONTACT_READERS). */
export const ORGANISATION_READERS: AccessRule = { public: true };

/** Writers; the service then limits each to the communes in their scope. */
export const ORGANISATION_WRITERS: AccessRule = {
  roles: [Role.PROVINCE_OFFICER, Role.AGENCY_OFFICER, Role.COMMUNE_OFFICER],
  scopes: ['organisations:write'],
};

/** Who sees an organisation's contact person: signed-in officers, and partner keys granted it. */
export const CONTACT_READERS: AccessRule = {
  roles: [Role.PROVINCE_OFFICER, Role.AGENCY_OFFICER, Role.COMMUNE_OFFICER],
  scopes: ['organisation-contacts:read'],
};

export const mayReadContact = (ctx: RequestContext) => isAllowed(CONTACT_READERS, ctx.principal);

/** Organisations as references: everyone sees them; changing one needs the commune of its seat. */
export const ORGANISATIONS: ReferenceRule<Organisation> = {
  type: 'Organisation',
  entity: Organisation,
  unitOf: (organisation) => organisation.administrativeUnitId,
  canRead: () => true,
  deletedAt: (organisation) => organisation.deletedAt,
};

/**
 * The live organisation a global ID names, for another record that points to it (a pilot's host, a
 * zone's member): a deliberately cross-unit reference, as a cooperative of one commune may host or
 * join work in another. Unknown, malformed or deleted: BAD_USER_INPUT on `field`.
 */
export function liveOrganisation(ctx: RequestContext, db: DataSource | EntityManager, globalId: string, field: string): Promise<Organisation> {
  return resolveReference(ctx, db, ORGANISATIONS, globalId, field, { scope: 'ANY_VISIBLE' });
}

/** The live organisations a list of global IDs names, in input order, in one query; refusals name the item. */
export function liveOrganisations(ctx: RequestContext, db: DataSource | EntityManager, globalIds: readonly string[], field: string): Promise<Organisation[]> {
  return resolveReferences(ctx, db, ORGANISATIONS, globalIds, field, { scope: 'ANY_VISIBLE' });
}
