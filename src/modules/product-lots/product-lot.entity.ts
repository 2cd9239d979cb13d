import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { numericTransformer } from '../../core/db/numeric-transformer';
import { SyncedEntity } from '../../core/db/synced-entity';
import { toGlobalId } from '../../core/relay/global-id';
import { Node } from '../../core/relay/node.interface';
import { AdministrativeUnit } from '../geography';
import { Organisation } from '../organisations';
import { ProductionZone } from '../production-zones';
import { LOT_CODE_DESCRIPTION } from './lot-code';
import { IntensityBasis, LotOrigin, LotProduct } from './product-lot.enums';

/** The emission engine's record type; links are global IDs of it. */
export const ACTIVITY_RECORD_TYPE = 'ActivityRecord';

/** A product lot (task VI.2): what a QR code on a bag or a pallet names, traced to its records and factors. */
@ObjectType({ implements: [Node, SyncedEntity], description: 'A product lot: origin, harvest, quantity, emission intensity and chain of custody.' })
@Entity()
@Index(['updatedAt', 'id']) // the change feed's order (see RegisterRecord)
@Index('UQ_product_lot_code', ['code'], { unique: true })
@Index('UQ_product_lot_live_external_id', ['administrativeUnitId', 'externalId'], { unique: true, where: '"deleted_at" IS NULL AND "external_id" IS NOT NULL' })
@Index(['administrativeUnitId', 'harvestYear'])
@Check(`"quantity_kg" > 0 AND "quantity_kg" <= 1000000000`)
@Check(`"balance_kg" >= 0`)
@Check(`"harvest_to" >= "harvest_from"`)
export class ProductLot extends SyncedEntity {
  @Field({ description: LOT_CODE_DESCRIPTION })
  @Column({ length: 40 })
  code: string;

  @Field(() => String, { nullable: true, description: "The sender's own id for the lot (imports upsert by it, per commune)." })
  @Column({ type: 'varchar', length: 100, nullable: true })
  externalId: string | null;

  @Field({ description: "Crop code of the emission engine's catalogue." })
  @Column({ length: 30 })
  crop: string;

  @Field(() => LotProduct)
  @Column({ type: 'enum', enum: LotProduct, enumName: 'lot_product' })
  product: LotProduct;

  @Field(() => LotOrigin)
  @Column({ type: 'enum', enum: LotOrigin, enumName: 'lot_origin', default: LotOrigin.HARVEST })
  origin: LotOrigin;

  @Index()
  @Column('uuid')
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  zoneId: string | null;

  @ManyToOne(() => ProductionZone, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'zone_id' })
  zone?: ProductionZone;

  /** The commune or ward the lot was harvested in (its records' commune). */
  @Index()
  @Column('uuid')
  administrativeUnitId: string;

  @ManyToOne(() => AdministrativeUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'administrative_unit_id' })
  administrativeUnit?: AdministrativeUnit;

  @Field(() => Int)
  @Column({ type: 'int' })
  harvestYear: number;

  @Field({ description: 'YYYY-MM-DD' })
  @Column({ type: 'date' })
  harvestFrom: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Column({ type: 'date' })
  harvestTo: string;

  @Field(() => Float, { description: 'Quantity registered (kg): the harvest, or what a split or merge put in.' })
  @Column({ type: 'numeric', precision: 13, scale: 3, transformer: numericTransformer })
  quantityKg: number;

  @Field(() => Float, { description: 'What the lot holds now (kg), after its custody events.' })
  @Column({ type: 'numeric', precision: 13, scale: 3, transformer: numericTransformer })
  balanceKg: number;

  /** The ACTUAL activity records the lot came from (not a foreign key: the emissions module owns them). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  activityRecordIds: string[];

  /** The lots a split or merge made this one from. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  parentLotIds: string[];

  @Field(() => Float, { nullable: true, description: 'Net kg CO2e of the linked records (the share of the lot, for a split or merged lot).' })
  @Column({ type: 'numeric', precision: 16, scale: 3, nullable: true, transformer: numericTransformer })
  emissionsCo2eKg: number | null;

  @Field(() => Float, { nullable: true, description: 'kg CO2e per kg of product, computed by the emission engine; never typed in.' })
  @Column({ type: 'numeric', precision: 14, scale: 6, nullable: true, transformer: numericTransformer })
  intensityKgCo2ePerKg: number | null;

  @Field(() => IntensityBasis, { nullable: true })
  @Column({ type: 'enum', enum: IntensityBasis, enumName: 'lot_intensity_basis', nullable: true })
  intensityBasis: IntensityBasis | null;

  @Field(() => String, { nullable: true, description: 'How the intensity was computed: engine method, factor set, GWP set, basis.' })
  @Column({ type: 'text', nullable: true })
  intensityMethod: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 60, nullable: true })
  factorSetCode: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 20, nullable: true })
  gwpSet: string | null;

  @Field(() => [ID], { name: 'activityRecordIds', description: 'Global IDs of the ACTUAL activity records the lot came from.' })
  get activityRecordGlobalIds(): string[] {
    return this.activityRecordIds.map((id) => toGlobalId(ACTIVITY_RECORD_TYPE, id));
  }

  @Field(() => [ID], { name: 'parentLotIds', description: 'Global IDs of the lots a split or merge made this one from.' })
  get parentLotGlobalIds(): string[] {
    return this.parentLotIds.map((id) => toGlobalId('ProductLot', id));
  }
}
