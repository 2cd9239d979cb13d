import { GraphQLJSON } from 'graphql-scalars';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { numericTransformer } from '../../core/db/numeric-transformer';
import { SyncedEntity } from '../../core/db/synced-entity';
import { Node } from '../../core/relay/node.interface';
import { CriteriaSet } from '../criteria-sets';
import { CROP_DESCRIPTION } from '../field-records';
import { ProductionZoneStatus } from './production-zone.enums';
import type { ZoneBoundary } from './zone-boundary';

/** A buyer's link to a zone: which organisation buys, under which contract. */
@ObjectType({ description: 'An enterprise link of a production zone: the buyer and the contract.' })
export class EnterpriseLink {
  buyerOrganisationId: string;

  @Field({ description: 'The contract reference, e.g. "HĐ 12/2027/HĐLK".' })
  contractReference: string;
}

/** Task VI.1: a concentrated production zone (vùng sản xuất tập trung) of one crop, over one or more communes. */
@ObjectType({ implements: [Node, SyncedEntity], description: 'A concentrated production zone (task VI.1).' })
@Entity()
@Index(['updatedAt', 'id']) // the change feed's order (see RegisterRecord)
@Index('UQ_production_zone_live_code', ['code'], { unique: true, where: '"deleted_at" IS NULL' })
@Index('IDX_production_zone_units', { synchronize: false })
@Check(`cardinality("administrative_unit_ids") BETWEEN 1 AND 50`)
@Check(`"area_ha" > 0 AND "area_ha" <= 1000000`)
@Check(`"households" BETWEEN 0 AND 1000000`)
@Check(`"established_on" IS NULL OR ("forming_on" IS NOT NULL AND "established_on" >= "forming_on")`)
@Check(`"dissolved_on" IS NULL OR "dissolved_on" >= COALESCE("established_on", "forming_on", "dissolved_on")`)
@Check(`"status" <> 'ESTABLISHED' OR "established_on" IS NOT NULL`)
@Check(`"status" <> 'DISSOLVED' OR "dissolved_on" IS NOT NULL`)
@Check(`jsonb_typeof("enterprise_links") = 'array'`)
export class ProductionZone extends SyncedEntity {
  @Field({ description: 'Short unique code, e.g. "VSX-CAPHE-01".' })
  @Column({ length: 40 })
  code: string;

  @Field()
  @Column({ length: 300 })
  name: string;

  @Field({ description: CROP_DESCRIPTION })
  @Column({ length: 30 })
  crop: string;

  /** The communes and wards the zone spans (at least one). */
  @Column({ type: 'uuid', array: true })
  administrativeUnitIds: string[];

  @Field(() => Float, { description: 'Area in hectares.' })
  @Column({ type: 'numeric', precision: 12, scale: 2, transformer: numericTransformer })
  areaHa: number;

  @Field(() => Int, { description: 'Participating households.' })
  @Column({ type: 'int' })
  households: number;

  /** Organisations of the register that are members (cooperatives, farmer groups, ...). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  memberOrganisationIds: string[];

  @Field(() => [EnterpriseLink])
  @Column({ type: 'jsonb', default: () => "'[]'" })
  enterpriseLinks: EnterpriseLink[];

  /** The criteria set the zone produces to. */
  @Column({ type: 'uuid', nullable: true })
  criteriaSetId: string | null;

  @ManyToOne(() => CriteriaSet, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'criteria_set_id' })
  criteriaSet?: CriteriaSet;

  @Field(() => ProductionZoneStatus)
  @Column({ type: 'enum', enum: ProductionZoneStatus, enumName: 'production_zone_status' })
  status: ProductionZoneStatus;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: when it started forming.' })
  @Column({ type: 'date', nullable: true })
  formingOn: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: when it was established.' })
  @Column({ type: 'date', nullable: true })
  establishedOn: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: when it was dissolved.' })
  @Column({ type: 'date', nullable: true })
  dissolvedOn: string | null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The boundary as a GeoJSON Polygon or MultiPolygon (WGS 84 longitude, latitude).' })
  @Column({ type: 'jsonb', nullable: true })
  boundary: ZoneBoundary | null;
}
