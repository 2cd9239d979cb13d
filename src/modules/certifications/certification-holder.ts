import { DataSource, EntityManager, In } from 'typeorm';
import { resolveReference } from '../../core/auth/references';
import { RegisterUnit } from '../../core/auth/register-writers';
import { RequestContext } from '../../core/context';
import { BadUserInputError } from '../../core/errors/app-errors';
import { tryDecodeGlobalId } from '../../core/relay/global-id';
import { AdministrativeUnit } from '../geography';
import { Organisation, liveOrganisation } from '../organisations';
import { PRODUCTION_ZONES, ProductionZone } from '../production-zones';

type Db = DataSource | EntityManager;

/** Who holds a certification: an organisation or a production zone, and the communes it is in. */
export interface Holder {
  organisation: Organisation | null;
  zone: ProductionZone | null;
  /** The organisation's seat, or the zone's communes, as register units (for the write rule). */
  units: RegisterUnit[];
}

export const holderUnitIds = (holder: Pick<Holder, 'organisation' | 'zone'>): string[] =>
  holder.organisation ? [holder.organisation.administrativeUnitId] : holder.zone!.administrativeUnitIds;

async function withUnits(db: Db, holder: Omit<Holder, 'units'>, field: string): Promise<Holder> {
  const ids = holderUnitIds(holder);
  const units = await db.getRepository(AdministrativeUnit).findBy({ id: In(ids) });
  return { ...holder, units: units.map((u) => ({ id: u.id, name: u.name, field })) };
}

/**
 * The live holder a global ID names, whatever its type (Organisation or ProductionZone): a deliberately
 * cross-unit reference (anyone may look a holder up); who may apply for it is the write rule's question.
 */
export async function holderById(ctx: RequestContext, db: Db, globalId: string, field: string): Promise<Holder> {
  const type = tryDecodeGlobalId(globalId)?.type;
  if (type === 'ProductionZone') {
    const zone = await resolveReference(ctx, db, PRODUCTION_ZONES, globalId, field, { scope: 'ANY_VISIBLE' });
    return withUnits(db, { organisation: null, zone }, field);
  }
  if (type !== 'Organisation') throw new BadUserInputError(`${field} must name an Organisation or a ProductionZone`, field, 'INVALID_ID');
  return withUnits(db, { organisation: await liveOrganisation(ctx, db, globalId, field), zone: null }, field);
}

/** The holder of an application: exactly one of organisationId and productionZoneId. */
export function applicantHolder(ctx: RequestContext, db: Db, input: { organisationId?: string | null; productionZoneId?: string | null }): Promise<Holder> {
  if (input.organisationId && input.productionZoneId) {
    throw new BadUserInputError('Give the organisation or the production zone, not both', 'input.productionZoneId', 'ONE_HOLDER');
  }
  const [globalId, type, field] = input.organisationId
    ? [input.organisationId, 'Organisation', 'input.organisationId']
    : [input.productionZoneId, 'ProductionZone', 'input.productionZoneId'];
  if (globalId) {
    if (tryDecodeGlobalId(globalId)?.type !== type) throw new BadUserInputError(`${field} must name a ${type}`, field, 'INVALID_ID');
    return holderById(ctx, db, globalId, field);
  }
  throw new BadUserInputError('An application needs a holder: organisationId or productionZoneId', 'input.organisationId', 'REQUIRED');
}
