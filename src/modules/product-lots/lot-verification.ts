import { Field, Float, ObjectType } from 'type-graphql';
import { In } from 'typeorm';
import { RequestContext } from '../../core/context';
import { RateLimitedError } from '../../core/errors/app-errors';
import { addressKey } from '../../server/rate-limit/address-key';
import { certificationsValidAt } from '../certifications';
import { AdministrativeUnit } from '../geography';
import { Organisation } from '../organisations';
import { ProductionZone } from '../production-zones';
import { normaliseLotCode } from './lot-code';
import { ProductLotEvent } from './product-lot-event.entity';
import { ProductLot } from './product-lot.entity';
import { IntensityBasis, LotEventKind, LotOrigin, LotProduct } from './product-lot.enums';

declare module '../../core/context' {
  interface AppRuntime {
    /** Public lot verifications per client address per minute (LOT_VERIFICATIONS_PER_MINUTE, default 60). */
    lotVerificationsPerMinute: number;
  }
}

@ObjectType({ description: 'A step of the custody trail as the public sees it: organisations only, never persons.', simpleResolvers: true })
export class PublicLotEvent {
  @Field(() => LotEventKind)
  kind: LotEventKind;

  @Field({ description: 'YYYY-MM-DD' })
  date: string;

  @Field(() => Float)
  quantityKg: number;

  @Field(() => Float, { nullable: true })
  yieldRatio: number | null;

  @Field(() => String, { nullable: true, description: 'The organisation.' })
  party: string | null;
}

@ObjectType({ description: 'A label or certification of the lot’s producer or zone, valid on the last day of its harvest.', simpleResolvers: true })
export class PublicLotCertification {
  @Field({ description: 'LOW_EMISSION_LABEL, VIETGAP, ORGANIC, RAINFOREST_ALLIANCE, FOUR_C or OTHER.' })
  scheme: string;

  @Field(() => String, { nullable: true, description: 'The scheme’s name when OTHER.' })
  schemeName: string | null;

  @Field(() => String, { nullable: true })
  certificateNumber: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  validFrom: string;

  @Field({ description: 'YYYY-MM-DD' })
  validTo: string;
}

@ObjectType({ description: 'What a QR code on a product lot shows to anyone: origin, harvest, intensity with its method, custody.', simpleResolvers: true })
export class LotVerification {
  @Field()
  code: string;

  @Field()
  commune: string;

  @Field()
  communeCode: string;

  @Field(() => String, { nullable: true })
  zone: string | null;

  @Field({ description: 'The producing organisation.' })
  organisation: string;

  @Field()
  crop: string;

  @Field(() => LotProduct)
  product: LotProduct;

  @Field(() => LotOrigin)
  origin: LotOrigin;

  @Field()
  harvestFrom: string;

  @Field()
  harvestTo: string;

  @Field(() => Float)
  quantityKg: number;

  @Field(() => Float, { nullable: true, description: 'kg CO2e per kg of the product the lot holds.' })
  intensityKgCo2ePerKg: number | null;

  @Field(() => IntensityBasis, { nullable: true })
  intensityBasis: IntensityBasis | null;

  @Field(() => String, { nullable: true })
  intensityMethod: string | null;

  @Field(() => String, { nullable: true })
  factorSet: string | null;

  @Field(() => String, { nullable: true })
  gwpSet: string | null;

  @Field(() => [PublicLotCertification], {
    description: 'Granted labels and certifications of the producing organisation or the zone, valid on the last harvest day and covering the crop.',
  })
  certifications: PublicLotCertification[];

  @Field(() => [PublicLotEvent], { description: 'The chain of custody, oldest first; for a split or merged lot, its parents’ trail before its own.' })
  custody: PublicLotEvent[];
}

/** Counted in its own budget per address, stricter than the anonymous one (which applies too). */
async function consumeVerification(ctx: RequestContext): Promise<void> {
  const limit = ctx.runtime.lotVerificationsPerMinute;
  const decision = await ctx.runtime.rateLimits.consume('lot-verification', addressKey(ctx.clientAddress), limit, 60);
  if (!decision.allowed) throw new RateLimitedError(decision.resetSeconds);
}

/** The lot a scanned code names, for the public: null when the code is malformed or unknown. */
export async function verifyProductLot(ctx: RequestContext, value: string): Promise<LotVerification | null> {
  await consumeVerification(ctx);
  const code = normaliseLotCode(value);
  if (code === null) return null;
  const db = ctx.dataSource;
  const lot = await db.getRepository(ProductLot).findOneBy({ code });
  if (!lot || lot.deletedAt) return null;
  // The lot's own trail, after those of the lots it was made from up to its making (one level up: a split of a split shows its parent's).
  const trailLots = [...lot.parentLotIds, lot.id];
  const [unit, organisation, zone, events, certifications] = await Promise.all([
    db.getRepository(AdministrativeUnit).findOneByOrFail({ id: lot.administrativeUnitId }),
    db.getRepository(Organisation).findOneByOrFail({ id: lot.organisationId }),
    lot.zoneId ? db.getRepository(ProductionZone).findOneBy({ id: lot.zoneId }) : null,
    db.getRepository(ProductLotEvent).find({ where: { lotId: In(trailLots) }, order: { date: 'ASC', recordedAt: 'ASC' } }),
    certificationsValidAt(db.manager, { organisationId: lot.organisationId, productionZoneId: lot.zoneId }, lot.harvestTo),
  ]);
  return {
    code: lot.code,
    commune: unit.name,
    communeCode: unit.code,
    zone: zone?.name ?? null,
    organisation: organisation.name,
    crop: lot.crop,
    product: lot.product,
    origin: lot.origin,
    harvestFrom: lot.harvestFrom,
    harvestTo: lot.harvestTo,
    quantityKg: lot.quantityKg,
    intensityKgCo2ePerKg: lot.intensityKgCo2ePerKg,
    intensityBasis: lot.intensityBasis,
    intensityMethod: lot.intensityMethod,
    factorSet: lot.factorSetCode,
    gwpSet: lot.gwpSet,
    // A certification covers the crops it names (at least one), not the holder's other produce.
    certifications: certifications
      .filter((c) => c.crops.includes(lot.crop))
      .map(({ scheme, schemeName, certificateNumber, validFrom, validTo }) => ({ scheme, schemeName, certificateNumber, validFrom, validTo })),
    // A parent's later steps concern what it kept, not this lot.
    custody: events
      .filter((e) => e.lotId === lot.id || e.recordedAt <= lot.createdAt)
      .map((e) => ({ kind: e.kind, date: e.date, quantityKg: e.quantityKg, yieldRatio: e.yieldRatio, party: e.partyName })),
  };
}
