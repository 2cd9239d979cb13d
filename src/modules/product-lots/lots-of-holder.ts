import { EntityManager } from 'typeorm';
import { ProductLot } from './product-lot.entity';
import { IntensityBasis, LotProduct } from './product-lot.enums';

/** A lot as certifications and labels read it: whose, which crop, when, how intense. */
export interface HolderLot {
  id: string;
  code: string;
  crop: string;
  product: LotProduct;
  organisationId: string;
  zoneId: string | null;
  harvestFrom: string;
  harvestTo: string;
  quantityKg: number;
  intensityKgCo2ePerKg: number | null;
  intensityBasis: IntensityBasis | null;
  factorSetCode: string | null;
}

/**
 * The live lots of a holder (an organisation or a production zone, by database id), optionally of one
 * crop and harvested from a day on, newest harvest first; for label eligibility.
 */
export async function lotsOfHolder(
  manager: EntityManager,
  holder: { organisationId?: string; zoneId?: string },
  options: { crop?: string; harvestedFrom?: string } = {},
): Promise<HolderLot[]> {
  const query = manager.getRepository(ProductLot).createQueryBuilder('l').where('l.deleted_at IS NULL');
  if (holder.organisationId) query.andWhere('l.organisation_id = :organisationId', { organisationId: holder.organisationId });
  if (holder.zoneId) query.andWhere('l.zone_id = :zoneId', { zoneId: holder.zoneId });
  if (!holder.organisationId && !holder.zoneId) return [];
  if (options.crop) query.andWhere('l.crop = :crop', { crop: options.crop });
  if (options.harvestedFrom) query.andWhere('l.harvest_to >= :from', { from: options.harvestedFrom });
  const lots = await query.orderBy('l.harvest_to', 'DESC').addOrderBy('l.code', 'ASC').getMany();
  return lots.map((l) => ({
    id: l.id,
    code: l.code,
    crop: l.crop,
    product: l.product,
    organisationId: l.organisationId,
    zoneId: l.zoneId,
    harvestFrom: l.harvestFrom,
    harvestTo: l.harvestTo,
    quantityKg: l.quantityKg,
    intensityKgCo2ePerKg: l.intensityKgCo2ePerKg,
    intensityBasis: l.intensityBasis,
    factorSetCode: l.factorSetCode,
  }));
}
